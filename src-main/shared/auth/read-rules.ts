import type { Actor } from './permissions';

type Row = Record<string, unknown>;

/**
 * What an intern may read (issue 19: "interns see only their own records and tasks"). Everyone
 * else reads the whole office. An intern sees:
 * - the office's reference lists, which every screen needs to show a name (staff, agencies, …);
 * - records they wrote themselves (`createdBy`, set once by the data layer);
 * - tasks they are assigned to, and the missions those tasks sit under (for the heading only);
 * - their own internship record (linked to their sign-in by `staffId`), their attendance and
 *   work log;
 * - the children of what they may see: comments on their tasks, versions of their releases …
 *
 * Their mentor's evaluation is not theirs to read: it is printed ลับ and goes to the institution.
 * PDPA erasure records, requests and breaches are the office's, not an intern's.
 */

/** Read by every screen to show a name or a setting; nothing in them is another person's work. */
const REFERENCE_TABLES = new Set([
  'officeProfile',
  'staff',
  // Sign-in reads everyone's hash (never a PIN) to let the next person sign in at this screen.
  'staffCredentials',
  'institutions',
  'agencies',
  'mediaOutlets',
  'distributionLists',
  'pressSettings',
  'complaintSettings',
  'surveys',
  // Every screen that tags work names the plan's themes and topics.
  'plans',
]);

const HIDDEN_TABLES = new Set(['internEvaluations', 'dataErasures', 'dataRequests', 'dataBreaches']);

/** Tables whose visible ids decide what an intern sees of their children. */
export const SCOPE_PARENT_TABLES = ['tasks', 'missions', 'interns', 'pressReleases', 'briefings', 'complaints', 'pressConferences'] as const;
export type ScopeParentTable = (typeof SCOPE_PARENT_TABLES)[number];

/** A child record is visible when the record it belongs to is. */
const CHILD_OF: Readonly<Record<string, { field: string; parent: ScopeParentTable }>> = {
  taskComments: { field: 'taskId', parent: 'tasks' },
  internAttendance: { field: 'internId', parent: 'interns' },
  internWorkLogs: { field: 'internId', parent: 'interns' },
  pressReleaseVersions: { field: 'releaseId', parent: 'pressReleases' },
  pressSends: { field: 'releaseId', parent: 'pressReleases' },
  pressPickups: { field: 'releaseId', parent: 'pressReleases' },
  briefingVersions: { field: 'briefingId', parent: 'briefings' },
  complaintSteps: { field: 'complaintId', parent: 'complaints' },
  pressStatements: { field: 'conferenceId', parent: 'pressConferences' },
};

/** The ids an intern may see in each parent table, kept current by the data layer. */
export interface InternScope {
  staffId: string;
  /** Parent records the intern owns directly (wrote, is assigned to, is the subject of). */
  owned: Record<ScopeParentTable, Set<string>>;
  /** Visible task → its mission: a mission is visible while one of the intern's tasks is under it. */
  taskMission: Map<string, string>;
}

export function emptyInternScope(staffId: string): InternScope {
  const owned = Object.fromEntries(SCOPE_PARENT_TABLES.map((table) => [table, new Set<string>()])) as Record<ScopeParentTable, Set<string>>;
  return { staffId, owned, taskMission: new Map() };
}

export function isScopeParentTable(table: string): table is ScopeParentTable {
  return (SCOPE_PARENT_TABLES as readonly string[]).includes(table);
}

function isLive(record: Row): boolean {
  return record.deleted !== true;
}

/** Does the intern own this parent record by itself (no other record needed)? */
function ownsDirectly(table: ScopeParentTable, record: Row, staffId: string): boolean {
  if (table === 'tasks') return record.createdBy === staffId || (Array.isArray(record.assigneeIds) && record.assigneeIds.includes(staffId));
  if (table === 'interns') return record.staffId === staffId;
  return record.createdBy === staffId;
}

/**
 * Notes a parent record as stored now (created, changed, deleted or undeleted). Answers whether
 * what the intern may see changed, so the screens can be asked to read again.
 */
export function noteParentRecord(scope: InternScope, table: ScopeParentTable, record: Row): boolean {
  const id = typeof record.id === 'string' ? record.id : null;
  if (id === null) return false;
  const owns = isLive(record) && ownsDirectly(table, record, scope.staffId);
  const set = scope.owned[table];
  let changed = set.has(id) !== owns;
  if (owns) set.add(id);
  else set.delete(id);
  if (table === 'tasks') {
    const mission = owns && typeof record.missionId === 'string' ? record.missionId : null;
    if ((scope.taskMission.get(id) ?? null) !== mission) changed = true;
    if (mission) scope.taskMission.set(id, mission);
    else scope.taskMission.delete(id);
  }
  return changed;
}

/** A parent record removed outright (not a soft delete): answers whether anything visible changed. */
export function forgetParentRecord(scope: InternScope, table: ScopeParentTable, id: string): boolean {
  const had = scope.owned[table].delete(id);
  const hadTask = table === 'tasks' && scope.taskMission.delete(id);
  return had || hadTask;
}

function visibleParent(scope: InternScope, table: ScopeParentTable, id: unknown): boolean {
  if (typeof id !== 'string') return false;
  if (scope.owned[table].has(id)) return true;
  if (table === 'missions') for (const mission of scope.taskMission.values()) if (mission === id) return true;
  return false;
}

/**
 * May this person read this stored record? Non-interns: always. An intern whose scope is not
 * loaded yet (`scope` null or someone else's) sees only the reference lists and what they wrote
 * themselves, never more: the screens read again once it is loaded.
 */
export function mayRead(actor: Actor | null, table: string, record: unknown, scope: InternScope | null): boolean {
  if (!actor || actor.role !== 'intern') return true;
  if (record === null || typeof record !== 'object') return true; // nothing to show either way
  const row = record as Row;
  if (REFERENCE_TABLES.has(table)) return true;
  if (HIDDEN_TABLES.has(table)) return false;
  if (row.createdBy === actor.staffId && table !== 'interns') return true;
  const ready = scope !== null && scope.staffId === actor.staffId ? scope : null;
  if (!ready) return false;
  if (isScopeParentTable(table)) return visibleParent(ready, table, row.id);
  const child = CHILD_OF[table];
  if (child) return visibleParent(ready, child.parent, row[child.field]);
  // A work link is the intern's when it is under one of their tasks.
  if (table === 'workLinks') return visibleParent(ready, 'tasks', row.taskId);
  return false;
}
