import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACTOR } from '../../src-main/shared/domain/envelope';
import { OFFICE_PROFILE_ID } from '../../src-main/shared/domain/office-profile';
import { formatHlc } from '../../src-main/shared/sync/hlc';
import { applyOp, emptyRecordState } from '../../src-main/shared/sync/merge';
import type { SyncOp, SyncOpKind } from '../../src-main/shared/sync/sync-op';
import { SIGNED_IN_SCHEMA_VERSION, judgeIncoming, markSignedInEra, type HeldWhy, type KnownRecord, type LoadRecords, type SignedInEra } from './incoming-permission';
import { standardMissionId } from './seed-missions';

const DIRECTOR = 'staff-director';
const DEPUTY = 'staff-deputy';
const OFFICER = 'staff-officer';
const MENTOR = 'staff-mentor';
const ADMIN = 'staff-admin';
const NEWCOMER = 'staff-newcomer';
const OFFICER_UUID = '0190a000-0000-7000-8000-00000000a0f1';
const INTERN = '0190a000-0000-7000-8000-00000000a001';
const OFFICERS_RELEASE = 'release-by-officer';
const DIRECTORS_RELEASE = 'release-by-director';
const WORK_LOG = 'work-log-1';
const DEVICE = 'device-sender';
const OTHER_DEVICE = 'device-other';

let tick = 0;

/** An op as another workstation's log carries it; stamps increase in the order ops are made. */
function op(table: string, recordId: string, actor: string, fields: Record<string, unknown>, extra: Partial<SyncOp> = {}): SyncOp {
  tick += 1;
  const kind: SyncOpKind = extra.kind ?? 'update';
  return {
    opId: `op-${tick}`,
    table,
    recordId,
    kind,
    hlc: formatHlc({ wallMs: 1_736_900_000_000 + tick, counter: 0, deviceId: extra.deviceId ?? DEVICE }),
    fields,
    bases: {},
    actor,
    deviceId: DEVICE,
    at: new Date(1_736_900_000_000 + tick).toISOString(),
    schemaVersion: SIGNED_IN_SCHEMA_VERSION,
    ...extra,
  };
}

const create = (table: string, recordId: string, actor: string, fields: Record<string, unknown>, extra: Partial<SyncOp> = {}) =>
  op(table, recordId, actor, { deleted: false, ...fields }, { kind: 'create', ...extra });

const staff = (id: string, role: string) => create('staff', id, ADMIN, { firstName: id, lastName: 'ทดสอบ', role, active: true });

/** The receiving workstation's database before the batch: records as merge states, and who created them. */
function office(): Map<string, KnownRecord> {
  const records = new Map<string, KnownRecord>();
  const put = (o: SyncOp) => {
    const key = `${o.table}/${o.recordId}`;
    const known = records.get(key) ?? { state: emptyRecordState(), createdBy: o.actor };
    records.set(key, { ...known, state: applyOp(known.state, o) });
  };
  put(staff(ADMIN, 'admin'));
  put(staff(DIRECTOR, 'director'));
  put(staff(DEPUTY, 'deputy'));
  put(staff(OFFICER, 'officer'));
  put(staff(MENTOR, 'officer'));
  put(create('pressReleases', OFFICERS_RELEASE, OFFICER, { headline: 'ข่าวของเจ้าหน้าที่', status: 'review', approvedBy: null }));
  put(create('pressReleases', DIRECTORS_RELEASE, DIRECTOR, { headline: 'ข่าวของผู้อำนวยการ', status: 'review', approvedBy: null }));
  put(create('interns', INTERN, ADMIN, { firstName: 'นักศึกษา', mentorId: MENTOR }));
  put(create('internWorkLogs', WORK_LOG, UNKNOWN_ACTOR, { internId: INTERN, approvedBy: null }));
  return records;
}

/** Made once, before any batch: its writes are older than every op the cases send. */
const OFFICE = office();

function loader(records: Map<string, KnownRecord>, calls: string[] = []): LoadRecords {
  return (table, ids) => {
    calls.push(table);
    const found = new Map<string, KnownRecord>();
    for (const id of ids) {
      const known = records.get(`${table}/${id}`);
      if (known) found.set(id, known);
    }
    return Promise.resolve(found);
  };
}

type Expect = 'apply' | HeldWhy;

async function judge(ops: SyncOp[], era: SignedInEra = {}) {
  const result = await judgeIncoming(ops, { load: loader(OFFICE), signedInEra: era });
  return { ...result, outcome: result.verdicts.map((v): Expect => (v.apply ? 'apply' : v.why)) };
}

interface Case {
  name: string;
  ops: () => SyncOp[];
  /** One per op. */
  expected: Expect[];
}

const approve = (releaseId: string, actor: string, approvedBy = actor) => op('pressReleases', releaseId, actor, { status: 'approved', approvedBy });

/** One test per case: the batch judged against OFFICE, verdict by verdict. */
function itJudges(cases: Case[]) {
  it.each(cases)('$name → $expected', async ({ ops, expected }) => {
    expect((await judge(ops())).outcome).toEqual(expected);
  });
}

describe('ops from other workstations are judged by their author with the same write rules', () => {
  const cases: Case[] = [
    { name: "an officer approving their own release (forged: approvedBy = the officer)", ops: () => [approve(OFFICERS_RELEASE, OFFICER)], expected: ['role'] },
    { name: "the director approving an officer's release", ops: () => [approve(OFFICERS_RELEASE, DIRECTOR)], expected: ['apply'] },
    { name: 'the deputy approving an officer\'s release', ops: () => [approve(OFFICERS_RELEASE, DEPUTY)], expected: ['apply'] },
    { name: 'the director approving their own release', ops: () => [approve(DIRECTORS_RELEASE, DIRECTOR)], expected: ['own-work'] },
    { name: 'the director approving in the deputy\'s name', ops: () => [approve(OFFICERS_RELEASE, DIRECTOR, DEPUTY)], expected: ['approver-mismatch'] },
    { name: 'an officer editing a release headline', ops: () => [op('pressReleases', OFFICERS_RELEASE, OFFICER, { headline: 'แก้หัวข่าว' })], expected: ['apply'] },
    { name: 'an officer changing their own phone', ops: () => [op('staff', OFFICER, OFFICER, { phone: '074-000000' })], expected: ['apply'] },
    { name: 'an officer making themselves administrator', ops: () => [op('staff', OFFICER, OFFICER, { role: 'admin' })], expected: ['role'] },
    { name: "the director changing an officer's role", ops: () => [op('staff', OFFICER, DIRECTOR, { role: 'deputy' })], expected: ['role'] },
    { name: "the administrator changing an officer's role", ops: () => [op('staff', OFFICER, ADMIN, { role: 'deputy' })], expected: ['apply'] },
    { name: 'an officer archiving another person', ops: () => [op('staff', DEPUTY, OFFICER, { deleted: true }, { kind: 'delete' })], expected: ['role'] },
    { name: 'an officer editing the office profile', ops: () => [op('officeProfile', 'office', OFFICER, { officeName: 'ปลอม' })], expected: ['role'] },
    { name: 'the director editing the office profile', ops: () => [op('officeProfile', 'office', DIRECTOR, { officeName: 'สำนักงาน' })], expected: ['apply'] },
    { name: 'an officer recording a PDPA erasure', ops: () => [create('dataErasures', 'erasure-1', OFFICER, { subject: 'x' })], expected: ['role'] },
    { name: 'an officer logging a PDPA request as it arrives', ops: () => [create('dataRequests', 'request-1', OFFICER, { status: 'received', answer: '' })], expected: ['apply'] },
    {
      name: 'an officer marking a PDPA request answered (forged: a request looks answered on time)',
      ops: () => [create('dataRequests', 'request-2', OFFICER, { status: 'received', answer: '' }), op('dataRequests', 'request-2', OFFICER, { status: 'answered', answeredDate: '2026-12-01', answer: 'ตอบแล้ว' })],
      expected: ['apply', 'role'],
    },
    { name: 'the deputy answering a PDPA request', ops: () => [create('dataRequests', 'request-3', OFFICER, { status: 'received', answer: '' }), op('dataRequests', 'request-3', DEPUTY, { status: 'answered', answer: 'ส่งสำเนาแล้ว' })], expected: ['apply', 'apply'] },
    { name: 'an officer closing a breach (forged: the 72-hour notice made to look given)', ops: () => [create('dataBreaches', 'breach-1', OFFICER, { status: 'open', regulatorNotifiedAt: null }), op('dataBreaches', 'breach-1', OFFICER, { status: 'closed', regulatorNotifiedAt: '2026-12-01T10:00:00+07:00' })], expected: ['apply', 'role'] },
    { name: "an officer resetting someone else's PIN", ops: () => [create('staffCredentials', DEPUTY, OFFICER, { staffId: DEPUTY, setBy: OFFICER, reason: 'reset' })], expected: ['role'] },
    { name: 'the mentor approving the intern\'s work log', ops: () => [op('internWorkLogs', WORK_LOG, MENTOR, { approvedBy: MENTOR })], expected: ['apply'] },
    { name: 'the director approving a work log they do not mentor', ops: () => [op('internWorkLogs', WORK_LOG, DIRECTOR, { approvedBy: DIRECTOR })], expected: ['not-mentor'] },
    { name: 'an author with no staff record here', ops: () => [op('pressReleases', OFFICERS_RELEASE, 'staff-nobody', { headline: 'x' })], expected: ['unknown-author'] },
    { name: "a signed-in-era op by 'unknown' outside the seeded missions", ops: () => [op('pressReleases', OFFICERS_RELEASE, UNKNOWN_ACTOR, { headline: 'x' })], expected: ['unknown-author'] },
    {
      name: 'an approval of a release not seen here yet (judged as if its author had written it)',
      ops: () => [approve('release-not-here', DIRECTOR)],
      expected: ['own-work'],
    },
    { name: 'an ordinary edit of a record not seen here yet', ops: () => [op('pressReleases', 'release-not-here', OFFICER, { headline: 'x' })], expected: ['apply'] },
    {
      name: "a release created in the batch, then approved by its own author",
      ops: () => [create('pressReleases', 'new-release', DIRECTOR, { headline: 'ใหม่', status: 'review' }), approve('new-release', DIRECTOR)],
      expected: ['apply', 'own-work'],
    },
    {
      name: "an officer's release created in the batch, then approved by the director",
      ops: () => [create('pressReleases', 'new-release', OFFICER, { headline: 'ใหม่', status: 'review' }), approve('new-release', DIRECTOR)],
      expected: ['apply', 'apply'],
    },
  ];
  itJudges(cases);
});

describe('the author as merged so far: the database plus staff ops accepted earlier in the batch', () => {
  const cases: Case[] = [
    {
      name: 'a new person added by the administrator, then their own edit',
      ops: () => [staff(NEWCOMER, 'officer'), op('tasks', 'task-1', NEWCOMER, { title: 'งานใหม่' }, { kind: 'create' })],
      expected: ['apply', 'apply'],
    },
    {
      name: "the new person's edit before their staff record (held, retried at the next sync)",
      ops: () => [op('tasks', 'task-1', NEWCOMER, { title: 'งานใหม่' }, { kind: 'create' }), staff(NEWCOMER, 'officer')],
      expected: ['unknown-author', 'apply'],
    },
    {
      name: 'an officer promoted to deputy in the batch, then approving',
      ops: () => [op('staff', OFFICER, ADMIN, { role: 'deputy' }), approve(DIRECTORS_RELEASE, OFFICER)],
      expected: ['apply', 'apply'],
    },
    {
      name: 'a forged promotion (held) does not give the right to the approval after it',
      ops: () => [op('staff', OFFICER, OFFICER, { role: 'deputy' }), approve(DIRECTORS_RELEASE, OFFICER)],
      expected: ['role', 'role'],
    },
    {
      name: 'the mentor reassigned in the batch approves; the old mentor no longer may',
      ops: () => [op('interns', INTERN, ADMIN, { mentorId: DEPUTY }), op('internWorkLogs', WORK_LOG, MENTOR, { approvedBy: MENTOR }), op('internWorkLogs', WORK_LOG, DEPUTY, { approvedBy: DEPUTY })],
      expected: ['apply', 'not-mentor', 'apply'],
    },
  ];
  itJudges(cases);
});

describe('admissions: the first administrator and the seeded missions', () => {
  const FIRST = 'staff-first-admin';
  const credential = (staffId: string, actor: string) => create('staffCredentials', staffId, actor, { staffId, setBy: actor, reason: 'created', secret: {} });
  const cases: Case[] = [
    { name: 'the first administrator creating themselves, then their PIN', ops: () => [create('staff', FIRST, FIRST, { role: 'admin', active: true }), credential(FIRST, FIRST)], expected: ['apply', 'apply'] },
    { name: 'the PIN before the administrator (held until the staff record is here)', ops: () => [credential(FIRST, FIRST), create('staff', FIRST, FIRST, { role: 'admin', active: true })], expected: ['unknown-author', 'apply'] },
    { name: 'a self-created person who is not an administrator', ops: () => [create('staff', FIRST, FIRST, { role: 'director', active: true })], expected: ['unknown-author'] },
    { name: 'a self-created administrator whose id is not the author', ops: () => [create('staff', FIRST, 'staff-someone', { role: 'admin', active: true })], expected: ['unknown-author'] },
    { name: 'an existing officer re-creating their own record as administrator', ops: () => [create('staff', OFFICER, OFFICER, { role: 'admin', active: true })], expected: ['role'] },
    { name: "'unknown' as a self-created administrator", ops: () => [create('staff', UNKNOWN_ACTOR, UNKNOWN_ACTOR, { role: 'admin', active: true })], expected: ['unknown-author'] },
    { name: 'the standard missions seeded before sign-in', ops: () => [create('missions', standardMissionId(1), UNKNOWN_ACTOR, { no: 1, title: 'ภารกิจ' }), create('missions', standardMissionId(10), UNKNOWN_ACTOR, { no: 10, title: 'ภารกิจ' })], expected: ['apply', 'apply'] },
    { name: "a mission the seed does not know, by 'unknown'", ops: () => [create('missions', 'mission-x', UNKNOWN_ACTOR, { no: 99, title: 'ปลอม' })], expected: ['unknown-author'] },
    { name: "an edit of a standard mission by 'unknown'", ops: () => [op('missions', standardMissionId(1), UNKNOWN_ACTOR, { title: 'แก้' })], expected: ['unknown-author'] },
  ];
  itJudges(cases);
});

describe('legacy ops (before sign-in) and downgrades', () => {
  const legacy = (o: SyncOp): SyncOp => ({ ...o, schemaVersion: SIGNED_IN_SCHEMA_VERSION - 1 });

  it('applies ops written before sign-in unchecked, and remembers the device once it writes signed-in ops', async () => {
    const result = await judge([legacy(approve(OFFICERS_RELEASE, OFFICER)), legacy(op('staff', OFFICER, 'staff-nobody', { role: 'admin' }))]);
    expect(result.outcome).toEqual(['apply', 'apply']);
    expect(result.verdicts[0]).toMatchObject({ apply: true, why: 'legacy' });
    expect(result.signedInEra).toEqual({});
  });

  it('holds an older-version op from a device after that device sent a signed-in op, in the same batch or a later one', async () => {
    const first = await judge([legacy(op('tasks', 'task-1', OFFICER, { title: 'ก่อน' })), op('tasks', 'task-1', OFFICER, { title: 'หลัง' }), legacy(op('tasks', 'task-1', OFFICER, { title: 'ย้อน' }))]);
    expect(first.outcome).toEqual(['apply', 'apply', 'downgrade']);
    expect(first.signedInEra).toEqual({ [DEVICE]: true });

    const later = await judge([legacy(op('tasks', 'task-1', OFFICER, { title: 'ย้อน' })), legacy(op('tasks', 'task-1', OFFICER, { title: 'อีกเครื่อง' }, { deviceId: OTHER_DEVICE }))], first.signedInEra);
    expect(later.outcome).toEqual(['downgrade', 'apply']);
  });

  it('remembers a device from ops that are not judged (held for a newer version), and only from signed-in versions', () => {
    const era = markSignedInEra({}, [op('tasks', 't', OFFICER, {}, { schemaVersion: 13 }), legacy(op('tasks', 't', OFFICER, {}, { deviceId: OTHER_DEVICE }))]);
    expect(era).toEqual({ [DEVICE]: true });
    expect(markSignedInEra(era, [op('tasks', 't', OFFICER, {})])).toBe(era);
  });
});

describe('reading', () => {
  it('reads each table in bulk, not once per op', async () => {
    const calls: string[] = [];
    const ops = Array.from({ length: 200 }, (_, i) => op('pressReleases', i % 2 ? OFFICERS_RELEASE : `release-${i}`, i % 3 ? OFFICER : DIRECTOR, { headline: `หัวข่าว ${i}` }));
    ops.push(op('internWorkLogs', WORK_LOG, MENTOR, { approvedBy: MENTOR }));
    const { verdicts } = await judgeIncoming(ops, { load: loader(OFFICE, calls), signedInEra: {} });
    expect(verdicts.every((v) => v.apply)).toBe(true);
    // One more for the office profile: approvals are judged with its รักษาราชการแทน delegations.
    expect(calls.sort()).toEqual(['internWorkLogs', 'interns', 'officeProfile', 'pressReleases', 'staff']);
  });

  it('treats a record whose merge state is empty as not seen', async () => {
    const records = new Map<string, KnownRecord>([['staff/ghost', { state: emptyRecordState(), createdBy: 'ghost' }]]);
    const { verdicts } = await judgeIncoming([create('staff', 'ghost', 'ghost', { role: 'admin' })], { load: loader(records), signedInEra: {} });
    expect(verdicts).toEqual([{ apply: true, why: 'first-administrator' }]);
  });
});

describe('รักษาราชการแทน for ops from other workstations', () => {
  // The ops of this file are written on 2025-01-15 (Bangkok): the delegation covers that day or not.
  function withDelegation(from: string, to: string): Map<string, KnownRecord> {
    const records = office();
    const profile = create('officeProfile', OFFICE_PROFILE_ID, ADMIN, {
      directorTitle: 'ผู้อำนวยการ',
      actingDelegations: [{ id: '0190a000-0000-7000-8000-0000000d0001', staffId: OFFICER_UUID, from, to, note: '', setBy: ADMIN, setAt: '2025-01-10T03:00:00.000Z' }],
    });
    records.set(`officeProfile/${OFFICE_PROFILE_ID}`, { state: applyOp(emptyRecordState(), profile), createdBy: ADMIN });
    records.set(`staff/${OFFICER_UUID}`, { state: applyOp(emptyRecordState(), staff(OFFICER_UUID, 'officer')), createdBy: ADMIN });
    return records;
  }
  const approval = () => op('pressReleases', DIRECTORS_RELEASE, OFFICER_UUID, { status: 'approved', approvedBy: OFFICER_UUID });

  it.each([
    { name: 'an approval by an officer acting that day is applied', from: '2025-01-14', to: '2025-01-16', verdict: { apply: true, why: 'checked' } },
    { name: 'outside the delegation it is held, like any approval by someone without the right', from: '2025-01-16', to: '2025-01-20', verdict: { apply: false, reason: 'not-permitted', why: 'role' } },
  ])('$name', async ({ from, to, verdict }) => {
    const { verdicts } = await judgeIncoming([approval()], { load: loader(withDelegation(from, to)), signedInEra: {} });
    expect(verdicts).toEqual([verdict]);
  });
});
