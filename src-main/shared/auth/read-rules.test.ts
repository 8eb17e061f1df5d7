import { describe, expect, it } from 'vitest';
import { emptyInternScope, forgetParentRecord, mayRead, noteParentRecord } from './read-rules';

const INTERN = { staffId: 'intern-1', role: 'intern' as const };
const OFFICER = { staffId: 'officer-1', role: 'officer' as const };

function scopeWith() {
  const scope = emptyInternScope(INTERN.staffId);
  noteParentRecord(scope, 'tasks', { id: 't-mine', missionId: 'm-1', assigneeIds: [INTERN.staffId], createdBy: OFFICER.staffId });
  noteParentRecord(scope, 'tasks', { id: 't-other', missionId: 'm-2', assigneeIds: [OFFICER.staffId], createdBy: OFFICER.staffId });
  noteParentRecord(scope, 'interns', { id: 'i-mine', staffId: INTERN.staffId, createdBy: OFFICER.staffId });
  noteParentRecord(scope, 'interns', { id: 'i-other', staffId: 'intern-2', createdBy: OFFICER.staffId });
  noteParentRecord(scope, 'pressReleases', { id: 'r-mine', createdBy: INTERN.staffId });
  return scope;
}

describe('mayRead (interns see only their own records and tasks)', () => {
  const scope = scopeWith();
  const cases: [string, string, Record<string, unknown>, boolean][] = [
    ['reference list', 'staff', { id: 's', createdBy: OFFICER.staffId }, true],
    ['reference list', 'agencies', { id: 'a', createdBy: OFFICER.staffId }, true],
    ['task assigned to them', 'tasks', { id: 't-mine', createdBy: OFFICER.staffId }, true],
    ["someone else's task", 'tasks', { id: 't-other', createdBy: OFFICER.staffId }, false],
    ['mission of their task', 'missions', { id: 'm-1', createdBy: OFFICER.staffId }, true],
    ['another mission', 'missions', { id: 'm-2', createdBy: OFFICER.staffId }, false],
    ['comment on their task', 'taskComments', { id: 'c1', taskId: 't-mine', createdBy: OFFICER.staffId }, true],
    ["comment on another's task", 'taskComments', { id: 'c2', taskId: 't-other', createdBy: OFFICER.staffId }, false],
    ['their internship record', 'interns', { id: 'i-mine', createdBy: OFFICER.staffId }, true],
    ["another intern's record", 'interns', { id: 'i-other', createdBy: OFFICER.staffId }, false],
    ['their work log', 'internWorkLogs', { id: 'w1', internId: 'i-mine', createdBy: OFFICER.staffId }, true],
    ["another intern's attendance", 'internAttendance', { id: 'a2', internId: 'i-other', createdBy: OFFICER.staffId }, false],
    ['the confidential evaluation, even their own', 'internEvaluations', { id: 'e1', internId: 'i-mine', createdBy: INTERN.staffId }, false],
    ['PDPA erasure records', 'dataErasures', { id: 'd1', createdBy: INTERN.staffId }, false],
    ['their own release', 'pressReleases', { id: 'r-mine', createdBy: INTERN.staffId }, true],
    ['a version of their release', 'pressReleaseVersions', { id: 'v1', releaseId: 'r-mine', createdBy: 'director-1' }, true],
    ["someone else's release", 'pressReleases', { id: 'r-x', createdBy: OFFICER.staffId }, false],
    ['a complaint they did not take', 'complaints', { id: 'k1', createdBy: OFFICER.staffId }, false],
    ['a survey response they typed in', 'surveyResponses', { id: 'sr1', createdBy: INTERN.staffId }, true],
    ["a work link under someone else's task", 'workLinks', { id: 'l1', taskId: 't-other', createdBy: OFFICER.staffId }, false],
    ['a work link under their task', 'workLinks', { id: 'l2', taskId: 't-mine', createdBy: OFFICER.staffId }, true],
  ];
  it.each(cases)('an intern: %s (%s) → %s', (_what, table, record, expected) => {
    expect(mayRead(INTERN, table, record, scope)).toBe(expected);
  });

  it('everyone else reads the whole office', () => {
    for (const [, table, record] of cases) expect(mayRead(OFFICER, table, record, null)).toBe(true);
  });

  it('before the scope is loaded (or it is another intern’s) an intern sees only the lists and what they wrote', () => {
    const someoneElse = emptyInternScope('intern-2');
    expect(mayRead(INTERN, 'tasks', { id: 't-mine', createdBy: OFFICER.staffId }, null)).toBe(false);
    expect(mayRead(INTERN, 'tasks', { id: 't-mine', createdBy: OFFICER.staffId }, someoneElse)).toBe(false);
    expect(mayRead(INTERN, 'tasks', { id: 't-new', createdBy: INTERN.staffId }, null)).toBe(true);
    expect(mayRead(INTERN, 'staff', { id: 's' }, null)).toBe(true);
  });
});

describe('the scope follows writes', () => {
  it('a task assigned, unassigned, deleted and forgotten', () => {
    const scope = emptyInternScope(INTERN.staffId);
    const task = { id: 't1', missionId: 'm-1', assigneeIds: [] as string[], createdBy: OFFICER.staffId };
    expect(noteParentRecord(scope, 'tasks', task)).toBe(false);
    expect(noteParentRecord(scope, 'tasks', { ...task, assigneeIds: [INTERN.staffId] })).toBe(true);
    expect(mayRead(INTERN, 'missions', { id: 'm-1' }, scope)).toBe(true);
    expect(noteParentRecord(scope, 'tasks', { ...task, assigneeIds: [INTERN.staffId] })).toBe(false);
    // Moved to another mission: the old one is no longer theirs to see.
    expect(noteParentRecord(scope, 'tasks', { ...task, missionId: 'm-2', assigneeIds: [INTERN.staffId] })).toBe(true);
    expect(mayRead(INTERN, 'missions', { id: 'm-1' }, scope)).toBe(false);
    expect(noteParentRecord(scope, 'tasks', { ...task, missionId: 'm-2', assigneeIds: [INTERN.staffId], deleted: true })).toBe(true);
    expect(mayRead(INTERN, 'tasks', { id: 't1' }, scope)).toBe(false);
    noteParentRecord(scope, 'tasks', { ...task, assigneeIds: [INTERN.staffId] });
    expect(forgetParentRecord(scope, 'tasks', 't1')).toBe(true);
    expect(mayRead(INTERN, 'missions', { id: 'm-1' }, scope)).toBe(false);
  });
});
