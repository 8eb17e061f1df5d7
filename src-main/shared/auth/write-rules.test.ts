import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../domain/staff';
import type { Actor, CheckedAction, DenialReason } from './permissions';
import { RULE_LOOKUP_TABLES, checkWrite, type WriteAttempt } from './write-rules';

type Row = Record<string, unknown>;

const DIRECTOR = 'staff-director';
const DEPUTY = 'staff-deputy';
const OFFICER = 'staff-officer';
const OTHER = 'staff-other';
const ADMIN = 'staff-admin';
const MENTOR = 'staff-mentor';
const INTERN = 'intern-1';

const as = (staffId: string, role: StaffRole): Actor => ({ staffId, role });
const director = as(DIRECTOR, 'director');
const deputy = as(DEPUTY, 'deputy');
const officer = as(OFFICER, 'officer');
const admin = as(ADMIN, 'admin');
const mentorOf = (internId: string) => (internId === INTERN ? MENTOR : null);

interface Case {
  name: string;
  attempt: WriteAttempt;
  /** 'allowed', or the reason and (when it matters) the action the refusal names. */
  expected: 'allowed' | DenialReason;
  action?: CheckedAction;
}

function expectDecision({ attempt, expected, action }: Case) {
  const decision = checkWrite(attempt);
  if (expected === 'allowed') {
    expect(decision).toEqual({ allowed: true });
  } else {
    expect(decision).toMatchObject({ allowed: false, reason: expected });
    if (action) expect(decision).toMatchObject({ action });
  }
}

describe('settings tables: administrator and director only', () => {
  const tables = ['officeProfile', 'pressSettings', 'complaintSettings'];
  const cases: Case[] = tables.flatMap((table) =>
    STAFF_ROLES.map((role) => ({
      name: `${table} edited by ${role}`,
      attempt: { actor: as(`staff-${role}`, role), table, before: { id: 'x', value: 1 }, after: { id: 'x', value: 2 } },
      expected: role === 'admin' || role === 'director' ? ('allowed' as const) : ('role' as const),
      action: 'settings.edit' as const,
    })),
  );
  it.each(cases)('$name → $expected', (c) => expectDecision(c));

  it.each(tables)('%s created by an officer → role', (table) => {
    expectDecision({ name: '', attempt: { actor: officer, table, before: undefined, after: { id: 'x' } }, expected: 'role', action: 'settings.edit' });
  });
});

describe('staff', () => {
  const self = { id: OFFICER, role: 'officer', active: true, deleted: false, phone: '074-111111' };
  const other = { id: OTHER, role: 'officer', active: true, deleted: false, phone: '074-222222' };
  const cases: Case[] = [
    { name: 'admin adds a person', attempt: { actor: admin, table: 'staff', before: undefined, after: other }, expected: 'allowed' },
    { name: 'admin changes someone’s role', attempt: { actor: admin, table: 'staff', before: other, after: { ...other, role: 'director' } }, expected: 'allowed' },
    { name: 'admin deactivates someone', attempt: { actor: admin, table: 'staff', before: other, after: { ...other, active: false } }, expected: 'allowed' },
    { name: 'admin edits their own role', attempt: { actor: admin, table: 'staff', before: { ...self, id: ADMIN, role: 'admin' }, after: { ...self, id: ADMIN, role: 'officer' } }, expected: 'allowed' },
    { name: 'a person edits their own phone', attempt: { actor: officer, table: 'staff', before: self, after: { ...self, phone: '081-0000000' } }, expected: 'allowed' },
    { name: 'a director edits their own phone', attempt: { actor: director, table: 'staff', before: { ...self, id: DIRECTOR, role: 'director' }, after: { ...self, id: DIRECTOR, role: 'director', phone: '1' } }, expected: 'allowed' },
    { name: 'a person changes their own role', attempt: { actor: officer, table: 'staff', before: self, after: { ...self, role: 'admin' } }, expected: 'role', action: 'staff.manage' },
    { name: 'a person deactivates themselves', attempt: { actor: officer, table: 'staff', before: self, after: { ...self, active: false } }, expected: 'role', action: 'staff.manage' },
    { name: 'a person deletes themselves', attempt: { actor: officer, table: 'staff', before: self, after: { ...self, deleted: true } }, expected: 'role', action: 'staff.manage' },
    { name: 'a person edits their phone and role together', attempt: { actor: officer, table: 'staff', before: self, after: { ...self, phone: '1', role: 'director' } }, expected: 'role', action: 'staff.manage' },
    { name: 'a person edits someone else’s phone', attempt: { actor: officer, table: 'staff', before: other, after: { ...other, phone: '1' } }, expected: 'role', action: 'staff.manage' },
    { name: 'a person adds a staff record for themselves', attempt: { actor: officer, table: 'staff', before: undefined, after: self }, expected: 'role', action: 'staff.manage' },
    { name: 'a director changes someone’s role', attempt: { actor: director, table: 'staff', before: other, after: { ...other, role: 'deputy' } }, expected: 'role', action: 'staff.manage' },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe('staffCredentials', () => {
  const secret = { kdf: 'scrypt' };
  const cred = (staffId: string, reason: string, setBy: string): Row => ({ id: staffId, staffId, secret, reason, setBy, setAt: '2025-01-15T03:00:00.000Z' });
  const cases: Case[] = [
    { name: 'an officer changes their own PIN', attempt: { actor: officer, table: 'staffCredentials', before: cred(OFFICER, 'reset', ADMIN), after: cred(OFFICER, 'changed', OFFICER) }, expected: 'allowed' },
    { name: 'an intern changes their own PIN', attempt: { actor: as('staff-intern', 'intern'), table: 'staffCredentials', before: cred('staff-intern', 'created', ADMIN), after: cred('staff-intern', 'changed', 'staff-intern') }, expected: 'allowed' },
    { name: 'admin resets another’s PIN', attempt: { actor: admin, table: 'staffCredentials', before: cred(OFFICER, 'changed', OFFICER), after: cred(OFFICER, 'reset', ADMIN) }, expected: 'allowed' },
    { name: 'admin sets a new person’s PIN', attempt: { actor: admin, table: 'staffCredentials', before: undefined, after: cred(OFFICER, 'created', ADMIN) }, expected: 'allowed' },
    { name: 'the first administrator creates their own PIN', attempt: { actor: admin, table: 'staffCredentials', before: undefined, after: cred(ADMIN, 'created', ADMIN) }, expected: 'allowed' },
    { name: 'an officer resets another’s PIN', attempt: { actor: officer, table: 'staffCredentials', before: cred(OTHER, 'changed', OTHER), after: cred(OTHER, 'reset', OFFICER) }, expected: 'role', action: 'staff.manage' },
    { name: 'an officer sets another’s PIN calling it their own change', attempt: { actor: officer, table: 'staffCredentials', before: cred(OTHER, 'changed', OTHER), after: cred(OTHER, 'changed', OFFICER) }, expected: 'role', action: 'staff.manage' },
    { name: 'an officer "resets" their own PIN', attempt: { actor: officer, table: 'staffCredentials', before: cred(OFFICER, 'changed', OFFICER), after: cred(OFFICER, 'reset', OFFICER) }, expected: 'role', action: 'staff.manage' },
    { name: 'an officer creates their own first PIN', attempt: { actor: officer, table: 'staffCredentials', before: undefined, after: cred(OFFICER, 'created', OFFICER) }, expected: 'role', action: 'staff.manage' },
    { name: 'a director resets another’s PIN', attempt: { actor: director, table: 'staffCredentials', before: cred(OTHER, 'changed', OTHER), after: cred(OTHER, 'reset', DIRECTOR) }, expected: 'role', action: 'staff.manage' },
    { name: 'own change recorded as set by someone else', attempt: { actor: officer, table: 'staffCredentials', before: cred(OFFICER, 'changed', OFFICER), after: cred(OFFICER, 'changed', ADMIN) }, expected: 'approver-mismatch', action: 'staff.manage' },
    { name: 'admin reset recorded as set by someone else', attempt: { actor: admin, table: 'staffCredentials', before: cred(OFFICER, 'changed', OFFICER), after: cred(OFFICER, 'reset', OTHER) }, expected: 'approver-mismatch', action: 'staff.manage' },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));

  // BUG (reported): the own-change exception looks only at `staffId`, but the row's key (`id`) is
  // whose secret it is (credentialOf/sign-in read by id). An officer can overwrite the
  // administrator's row with staffId = themselves and sign in as the administrator with their
  // own PIN. `it.fails` documents the hole; turn it into `it` when credentialRule is fixed.
  it('an officer overwrites the administrator’s credential row naming themselves in staffId → refused', () => {
    expectDecision({
      name: '',
      attempt: { actor: officer, table: 'staffCredentials', before: cred(ADMIN, 'created', ADMIN), after: { ...cred(OFFICER, 'changed', OFFICER), id: ADMIN } },
      expected: 'role',
    });
  });
});

describe('dataErasures: administrator only', () => {
  const cases: Case[] = STAFF_ROLES.map((role) => ({
    name: `an erasure recorded by ${role}`,
    attempt: { actor: as(`staff-${role}`, role), table: 'dataErasures', before: undefined, after: { id: 'e1', subject: 'intern' } },
    expected: role === 'admin' ? ('allowed' as const) : ('role' as const),
    action: 'pdpa.erase' as const,
  }));
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe('dataRequests: anyone logs a request as it arrives; answering it is for PDPA handlers', () => {
  const received = { id: 'r1', status: 'received', answer: '' };
  const answered = { ...received, status: 'answered', answeredDate: '2569-12-20', answer: 'ส่งสำเนาข้อมูลแล้ว' };
  const cases: Case[] = [
    { name: 'an officer logs a new request', attempt: { actor: officer, table: 'dataRequests', before: undefined, after: received }, expected: 'allowed' },
    { name: 'an officer answers it', attempt: { actor: officer, table: 'dataRequests', before: received, after: answered }, expected: 'role', action: 'pdpa.manage' },
    { name: 'an officer logs a request already answered', attempt: { actor: officer, table: 'dataRequests', before: undefined, after: answered }, expected: 'role', action: 'pdpa.manage' },
    { name: 'an officer edits a logged request', attempt: { actor: officer, table: 'dataRequests', before: received, after: { ...received, details: 'x' } }, expected: 'role' },
    { name: 'the deputy answers it', attempt: { actor: deputy, table: 'dataRequests', before: received, after: answered }, expected: 'allowed' },
    { name: 'the administrator answers it', attempt: { actor: admin, table: 'dataRequests', before: received, after: answered }, expected: 'allowed' },
    { name: 'an intern logs one', attempt: { actor: as(INTERN, 'intern'), table: 'dataRequests', before: undefined, after: received }, expected: 'intern-scope' },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe('dataBreaches: anyone records an incident at once; notices and closing are for PDPA handlers', () => {
  const open = { id: 'b1', status: 'open', regulatorNotifiedAt: null };
  const cases: Case[] = [
    { name: 'an officer records an incident', attempt: { actor: officer, table: 'dataBreaches', before: undefined, after: open }, expected: 'allowed' },
    { name: 'an officer marks the regulator notified', attempt: { actor: officer, table: 'dataBreaches', before: open, after: { ...open, regulatorNotifiedAt: '2026-12-06T10:00:00+07:00' } }, expected: 'role', action: 'pdpa.manage' },
    { name: 'an officer records one already closed', attempt: { actor: officer, table: 'dataBreaches', before: undefined, after: { ...open, status: 'closed' } }, expected: 'role' },
    { name: 'the director closes it', attempt: { actor: director, table: 'dataBreaches', before: open, after: { ...open, status: 'closed' } }, expected: 'allowed' },
    { name: 'an intern records one', attempt: { actor: as(INTERN, 'intern'), table: 'dataBreaches', before: undefined, after: open }, expected: 'intern-scope' },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe('plans: the office commitment, written by those who own it', () => {
  const plan = { id: 'p1', title: 'แผนประชาสัมพันธ์จังหวัด ปีงบประมาณ 2570', status: 'draft' };
  const cases: Case[] = [
    { name: 'the head of the PR group drafts the plan', attempt: { actor: as('head-1', 'groupHead'), table: 'plans', before: undefined, after: plan }, expected: 'allowed' },
    { name: 'the director makes it active', attempt: { actor: director, table: 'plans', before: plan, after: { ...plan, status: 'active' } }, expected: 'allowed' },
    { name: 'an officer changes a target', attempt: { actor: officer, table: 'plans', before: plan, after: { ...plan, title: 'แผนใหม่' } }, expected: 'role', action: 'plan.manage' },
    { name: 'an intern writes a plan', attempt: { actor: as(INTERN, 'intern'), table: 'plans', before: undefined, after: plan }, expected: 'intern-scope' },
    { name: 'an officer tags a release with a topic', attempt: { actor: officer, table: 'planTags', before: undefined, after: { id: 't1', planId: 'p1' } }, expected: 'allowed' },
    { name: 'an officer logs a news item', attempt: { actor: officer, table: 'mediaItems', before: undefined, after: { id: 'm1' } }, expected: 'allowed' },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe.each([
  { table: 'pressReleases', approverField: 'approvedBy', action: 'release.approve' as const },
  { table: 'briefings', approverField: 'approvedById', action: 'briefing.approve' as const },
])('$table approval', ({ table, approverField, action }) => {
  const inReview: Row = { id: 'r1', status: 'review', createdBy: OFFICER, [approverField]: null, headline: 'ข่าว' };
  const approvedBy = (who: string, by = inReview): Row => ({ ...by, status: 'approved', [approverField]: who });
  const byDirector = { ...inReview, createdBy: DIRECTOR };
  const cases: Case[] = [
    { name: 'the director approves an officer’s work', attempt: { actor: director, table, before: inReview, after: approvedBy(DIRECTOR) }, expected: 'allowed' },
    { name: 'the deputy approves an officer’s work', attempt: { actor: deputy, table, before: inReview, after: approvedBy(DEPUTY) }, expected: 'allowed' },
    { name: 'the deputy approves the director’s work', attempt: { actor: deputy, table, before: byDirector, after: approvedBy(DEPUTY, byDirector) }, expected: 'allowed' },
    { name: 'an officer approves', attempt: { actor: as(OTHER, 'officer'), table, before: inReview, after: approvedBy(OTHER) }, expected: 'role', action },
    { name: 'the spokesperson approves', attempt: { actor: as(OTHER, 'spokesperson'), table, before: inReview, after: approvedBy(OTHER) }, expected: 'role', action },
    { name: 'the admin approves', attempt: { actor: admin, table, before: inReview, after: approvedBy(ADMIN) }, expected: 'role', action },
    { name: 'the director approves their own work', attempt: { actor: director, table, before: byDirector, after: approvedBy(DIRECTOR, byDirector) }, expected: 'own-work', action },
    {
      name: 'the director creates their own work already approved',
      attempt: { actor: director, table, before: undefined, after: approvedBy(DIRECTOR, byDirector) },
      expected: 'own-work',
      action,
    },
    { name: 'the director approves naming the deputy as approver', attempt: { actor: director, table, before: inReview, after: approvedBy(DEPUTY) }, expected: 'approver-mismatch', action },
    { name: 'the director approves with no approver recorded', attempt: { actor: director, table, before: inReview, after: approvedBy('') }, expected: 'approver-mismatch', action },
    { name: 'an officer moves their work to review', attempt: { actor: officer, table, before: { ...inReview, status: 'draft' }, after: inReview }, expected: 'allowed' },
    { name: 'an officer edits the text of a work in review', attempt: { actor: officer, table, before: inReview, after: { ...inReview, headline: 'ข่าวใหม่' } }, expected: 'allowed' },
    {
      name: 'an officer returns an approved work to draft',
      attempt: { actor: officer, table, before: approvedBy(DIRECTOR), after: { ...approvedBy(DIRECTOR), status: 'draft' } },
      expected: 'allowed',
    },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe('internWorkLogs: approval by the intern’s mentor only', () => {
  const log: Row = { id: 'w1', internId: INTERN, text: 'จัดเอกสาร', approvedBy: null, approvedAt: null };
  const approved = (who: string): Row => ({ ...log, approvedBy: who, approvedAt: '2026-06-04T10:00:00.000Z' });
  const cases: Case[] = [
    { name: 'anyone writes an unapproved log', attempt: { actor: as(OTHER, 'intern'), table: 'internWorkLogs', before: undefined, after: log, mentorOf }, expected: 'allowed' },
    { name: 'anyone edits an unapproved log', attempt: { actor: officer, table: 'internWorkLogs', before: log, after: { ...log, text: 'แก้ไข' }, mentorOf }, expected: 'allowed' },
    { name: 'the mentor approves', attempt: { actor: as(MENTOR, 'officer'), table: 'internWorkLogs', before: log, after: approved(MENTOR), mentorOf }, expected: 'allowed' },
    { name: 'another officer approves', attempt: { actor: officer, table: 'internWorkLogs', before: log, after: approved(OFFICER), mentorOf }, expected: 'not-mentor', action: 'workLog.approve' },
    { name: 'the director approves', attempt: { actor: director, table: 'internWorkLogs', before: log, after: approved(DIRECTOR), mentorOf }, expected: 'not-mentor', action: 'workLog.approve' },
    { name: 'the admin approves', attempt: { actor: admin, table: 'internWorkLogs', before: log, after: approved(ADMIN), mentorOf }, expected: 'not-mentor', action: 'workLog.approve' },
    { name: 'a log created already approved by a non-mentor', attempt: { actor: officer, table: 'internWorkLogs', before: undefined, after: approved(OFFICER), mentorOf }, expected: 'not-mentor', action: 'workLog.approve' },
    { name: 'the mentor approves naming someone else', attempt: { actor: as(MENTOR, 'officer'), table: 'internWorkLogs', before: log, after: approved(OFFICER), mentorOf }, expected: 'approver-mismatch', action: 'workLog.approve' },
    {
      name: 'approval of an intern with no mentor',
      attempt: { actor: as(MENTOR, 'officer'), table: 'internWorkLogs', before: { ...log, internId: 'intern-2' }, after: { ...approved(MENTOR), internId: 'intern-2' }, mentorOf },
      expected: 'not-mentor',
      action: 'workLog.approve',
    },
    { name: 'approval with no mentor lookup', attempt: { actor: as(MENTOR, 'officer'), table: 'internWorkLogs', before: log, after: approved(MENTOR) }, expected: 'not-mentor', action: 'workLog.approve' },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe('internEvaluations: any write by the intern’s mentor only', () => {
  const evaluation: Row = { id: 'v1', internId: INTERN, evaluatorId: MENTOR, scores: [], overallComment: '' };
  const cases: Case[] = [
    { name: 'the mentor writes it', attempt: { actor: as(MENTOR, 'officer'), table: 'internEvaluations', before: undefined, after: evaluation, mentorOf }, expected: 'allowed' },
    { name: 'the mentor edits it', attempt: { actor: as(MENTOR, 'officer'), table: 'internEvaluations', before: evaluation, after: { ...evaluation, overallComment: 'ดี' }, mentorOf }, expected: 'allowed' },
    { name: 'another officer writes it', attempt: { actor: officer, table: 'internEvaluations', before: undefined, after: evaluation, mentorOf }, expected: 'not-mentor', action: 'evaluation.sign' },
    { name: 'the director edits it', attempt: { actor: director, table: 'internEvaluations', before: evaluation, after: { ...evaluation, overallComment: 'ดี' }, mentorOf }, expected: 'not-mentor', action: 'evaluation.sign' },
    { name: 'the admin deletes it', attempt: { actor: admin, table: 'internEvaluations', before: evaluation, after: { ...evaluation, deleted: true }, mentorOf }, expected: 'not-mentor', action: 'evaluation.sign' },
  ];
  it.each(cases)('$name → $expected', (c) => expectDecision(c));
});

describe('any write needs someone signed in', () => {
  const tables = [
    'officeProfile',
    'pressSettings',
    'complaintSettings',
    'staff',
    'staffCredentials',
    'dataErasures',
    'pressReleases',
    'briefings',
    'internWorkLogs',
    'internEvaluations',
    'missions',
    'tasks',
    'agencies',
    'complaints',
  ];
  it.each(tables)('%s with nobody signed in → not-signed-in (record.write)', (table) => {
    expect(checkWrite({ actor: null, table, before: undefined, after: { id: 'x', status: 'draft' }, mentorOf })).toEqual({
      allowed: false,
      reason: 'not-signed-in',
      action: 'record.write',
    });
  });

  it.each(['missions', 'tasks', 'agencies', 'complaints', 'interns'])('%s with no rule of its own: any staff member signed in may write', (table) => {
    expect(checkWrite({ actor: as(OTHER, 'officer'), table, before: undefined, after: { id: 'x' } })).toEqual({ allowed: true });
  });
});

describe('RULE_LOOKUP_TABLES', () => {
  it('widens the transactions to what the rules read: interns for the mentor rule, the office profile for รักษาราชการแทน', () => {
    expect(RULE_LOOKUP_TABLES).toEqual({ internWorkLogs: ['interns'], internEvaluations: ['interns'], pressReleases: ['officeProfile'], briefings: ['officeProfile'] });
  });
});

describe('approvals cannot be reached around the edges (review of issue 19)', () => {
  const mentor = as(MENTOR, 'officer');
  const approvedRelease = { id: 'r1', status: 'approved', createdBy: OFFICER, approvedBy: DIRECTOR, approverName: 'นายวิชัย ใจซื่อ' };
  const approvedLog = { id: 'w1', internId: INTERN, text: 'ถ่ายภาพงาน', approvedBy: MENTOR, approvedAt: '2026-01-05T03:00:00.000Z' };

  it.each([
    ['an officer renames the approver of an approved release', { actor: officer, table: 'pressReleases', before: approvedRelease, after: { ...approvedRelease, approverName: 'นายสมชาย ใจดี' } }, 'role'],
    ['an officer edits the text of a log the mentor approved', { actor: officer, table: 'internWorkLogs', before: approvedLog, after: { ...approvedLog, text: 'แก้ไขแล้ว' }, mentorOf }, 'not-mentor'],
    ["another intern's mentor moves an approved log to their intern", { actor: as('staff-m2', 'officer'), table: 'internWorkLogs', before: approvedLog, after: { ...approvedLog, internId: 'intern-2', approvedBy: 'staff-m2' }, mentorOf: (id: string) => (id === INTERN ? MENTOR : 'staff-m2') }, 'not-mentor'],
    ['a director creates an already approved release naming another author', { actor: director, table: 'pressReleases', before: undefined, after: { id: 'r2', status: 'approved', createdBy: OFFICER, approvedBy: DIRECTOR } }, 'own-work'],
  ] as const)('%s: refused', (_name, attempt, reason) => {
    const decision = checkWrite(attempt);
    expect(decision).toMatchObject({ allowed: false, reason });
  });

  it('the mentor may still correct an approved log, and a release goes back to draft without the approver right', () => {
    expect(checkWrite({ actor: mentor, table: 'internWorkLogs', before: approvedLog, after: { ...approvedLog, text: 'แก้ไขแล้ว' }, mentorOf })).toEqual({ allowed: true });
    expect(checkWrite({ actor: officer, table: 'pressReleases', before: approvedRelease, after: { ...approvedRelease, status: 'draft' } })).toEqual({ allowed: true });
  });
});

describe('interns change only their own work (issue 19)', () => {
  const intern = as('staff-intern', 'intern');
  const mine = { id: 'r1', createdBy: intern.staffId, headline: 'ข่าว' };
  const others = { id: 'r2', createdBy: OFFICER, headline: 'ข่าว' };
  const task = (assigneeIds: string[]) => ({ id: 't1', createdBy: OFFICER, assigneeIds, progress: 0 });
  const cases: Case[] = [
    { name: 'writes a new release', attempt: { actor: intern, table: 'pressReleases', before: undefined, after: mine }, expected: 'allowed' },
    { name: 'edits her own release', attempt: { actor: intern, table: 'pressReleases', before: mine, after: { ...mine, headline: 'ข่าวใหม่' } }, expected: 'allowed' },
    { name: "edits an officer's release", attempt: { actor: intern, table: 'pressReleases', before: others, after: { ...others, headline: 'x' } }, expected: 'intern-scope', action: 'record.write' },
    { name: 'reports progress on her task', attempt: { actor: intern, table: 'tasks', before: task([intern.staffId]), after: { ...task([intern.staffId]), progress: 50 } }, expected: 'allowed' },
    { name: 'takes herself off her task', attempt: { actor: intern, table: 'tasks', before: task([intern.staffId]), after: task([]) }, expected: 'intern-scope' },
    { name: "edits someone else's task", attempt: { actor: intern, table: 'tasks', before: task([OFFICER]), after: { ...task([OFFICER, intern.staffId]) } }, expected: 'intern-scope' },
    { name: 'registers an intern', attempt: { actor: intern, table: 'interns', before: undefined, after: { id: 'i9', staffId: intern.staffId } }, expected: 'intern-scope' },
    { name: 'adds a mission', attempt: { actor: intern, table: 'missions', before: undefined, after: { id: 'm9' } }, expected: 'intern-scope' },
    { name: 'adds an agency', attempt: { actor: intern, table: 'agencies', before: undefined, after: { id: 'a9' } }, expected: 'intern-scope' },
    { name: 'comments on a task', attempt: { actor: intern, table: 'taskComments', before: undefined, after: { id: 'c9', taskId: 't1' } }, expected: 'allowed' },
    { name: "edits an officer's comment", attempt: { actor: intern, table: 'taskComments', before: { id: 'c1', createdBy: OFFICER }, after: { id: 'c1', createdBy: OFFICER, text: 'x' } }, expected: 'intern-scope' },
    { name: 'an officer edits anyone’s release', attempt: { actor: officer, table: 'pressReleases', before: mine, after: { ...mine, headline: 'x' } }, expected: 'allowed' },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => expectDecision(c));
});

describe('รักษาราชการแทน: a dated delegation carries the director’s approvals', () => {
  const review = { id: 'r1', createdBy: OTHER, status: 'review' };
  const approved = (by: string) => ({ ...review, status: 'approved', approvedBy: by, approvedAt: '2026-12-06T03:00:00.000Z' });
  const cases: Case[] = [
    { name: 'an officer acting today approves a release', attempt: { actor: officer, table: 'pressReleases', before: review, after: approved(OFFICER), actingForDirector: true }, expected: 'allowed' },
    { name: 'the same officer on a day outside the delegation', attempt: { actor: officer, table: 'pressReleases', before: review, after: approved(OFFICER), actingForDirector: false }, expected: 'role', action: 'release.approve' },
    { name: 'acting, but it is their own release', attempt: { actor: officer, table: 'pressReleases', before: { ...review, createdBy: OFFICER }, after: { ...approved(OFFICER), createdBy: OFFICER }, actingForDirector: true }, expected: 'own-work' },
    { name: 'acting, but naming the director as approver', attempt: { actor: officer, table: 'pressReleases', before: review, after: approved(DIRECTOR), actingForDirector: true }, expected: 'approver-mismatch' },
    { name: 'an intern can never act for the director', attempt: { actor: as('staff-intern', 'intern'), table: 'briefings', before: { id: 'b1', createdBy: OTHER, status: 'review' }, after: { id: 'b1', createdBy: OTHER, status: 'approved', approvedById: 'staff-intern' }, actingForDirector: true }, expected: 'intern-scope' },
    { name: 'an officer acting today approves a briefing', attempt: { actor: officer, table: 'briefings', before: { id: 'b1', createdBy: OTHER, status: 'review' }, after: { id: 'b1', createdBy: OTHER, status: 'approved', approvedById: OFFICER }, actingForDirector: true }, expected: 'allowed' },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => expectDecision(c));
});
