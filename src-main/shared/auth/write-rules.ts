import { briefingWorkflow } from '../domain/briefing-workflow';
import { releaseWorkflow } from '../domain/release-workflow';
import type { Workflow } from '../workflow/define-workflow';
import { ALLOWED, can, canActAsMentor, canApprove, deny, type Action, type Actor, type CheckedAction, type Decision } from './permissions';

type Row = Record<string, unknown>;

/**
 * One write as the rules see it: the signed-in person, the table, the record before (undefined
 * for a new one) and after. `mentorOf` answers an intern's assigned mentor (the data layer reads
 * it in the same transaction).
 */
export interface WriteAttempt {
  actor: Actor | null;
  table: string;
  before: Row | undefined;
  after: Row;
  mentorOf?: (internId: string) => string | null | undefined;
  /**
   * The actor holds a รักษาราชการแทน delegation on the day of the write (acting-delegation.ts):
   * they carry the director's approvals. The data layer reads it from the office profile.
   */
  actingForDirector?: boolean;
}

/** Tables whose rules read another table; the data layer widens their transactions to it. */
export const RULE_LOOKUP_TABLES: Readonly<Record<string, readonly string[]>> = {
  internWorkLogs: ['interns'],
  internEvaluations: ['interns'],
  pressReleases: ['officeProfile'],
  briefings: ['officeProfile'],
};

const SETTINGS_TABLES = new Set(['officeProfile', 'pressSettings', 'complaintSettings']);

function changed(attempt: WriteAttempt, field: string): boolean {
  return JSON.stringify(attempt.before?.[field] ?? null) !== JSON.stringify(attempt.after[field] ?? null);
}

function becomes(attempt: WriteAttempt, field: string, value: unknown): boolean {
  return attempt.after[field] === value && attempt.before?.[field] !== value;
}

/**
 * The author of a record: set once by the data layer when it was created. For a record being
 * created the author is the person creating it, whatever `createdBy` the write names.
 */
function authorOf(attempt: WriteAttempt): string | undefined {
  if (!attempt.before) return attempt.actor?.staffId;
  const createdBy = attempt.before.createdBy;
  return typeof createdBy === 'string' ? createdBy : undefined;
}

const RELEASE_APPROVAL_FIELDS = ['approvedBy', 'approvedAt', 'approverName', 'approverPosition'];
const BRIEFING_APPROVAL_FIELDS = ['approvedBy', 'approvedAt', 'approvedById', 'approvedByPosition'];

/**
 * The right a write needs because of where it puts the record in its workflow: entering a
 * state the workflow guards with a right (its move into 'approved' names the approver's), or,
 * staying in it, touching the approval (who approved, when, as what). Going back to draft
 * (clearing the approval) is not approving. Undefined: the workflow asks for no right here.
 *
 * Only the right is judged, not whether the move is one the workflow declares: ops from other
 * workstations are checked by these same rules, and after a conflict a record may arrive having
 * skipped states (draft straight to approved). Such a write still needs the right of the state
 * it enters, and is not refused for the jump itself; the data commands call assertMove.
 */
function approvalRight<S extends string, R extends Action>(workflow: Workflow<S, R>, attempt: WriteAttempt, fields: readonly string[]): R | undefined {
  const to = attempt.after.status;
  if (!workflow.isState(to)) return undefined;
  const right = workflow.rightInto(to);
  if (right === undefined) return undefined;
  if (becomes(attempt, 'status', to)) return right;
  return fields.some((field) => changed(attempt, field)) ? right : undefined;
}

/** The approval must name the person approving, so a record cannot claim someone else did. */
function approverIs(attempt: WriteAttempt, field: string, action: CheckedAction): Decision {
  return attempt.after[field] === attempt.actor?.staffId ? ALLOWED : deny(action, 'approver-mismatch');
}

function staffRule(attempt: WriteAttempt): Decision {
  const { actor } = attempt;
  // People keep their own phone, e-mail and the like; role, activity and everyone else's
  // records are the administrator's.
  const own = actor && attempt.before && attempt.before.id === actor.staffId;
  if (own && !changed(attempt, 'role') && !changed(attempt, 'active') && !changed(attempt, 'deleted')) return ALLOWED;
  return can(actor, 'staff.manage');
}

function credentialRule(attempt: WriteAttempt): Decision {
  const { actor, before, after } = attempt;
  if (!actor) return deny('staff.manage', 'not-signed-in');
  if (after.setBy !== actor.staffId) return deny('staff.manage', 'approver-mismatch');
  // Changing one's own PIN is one's own business; setting or resetting anyone else's is the
  // administrator's, and says so in the record (reason 'reset'). Sign-in reads the row by its
  // key, so the key and staffId, before and after, must all name the person acting: a row
  // keyed by the administrator but naming oneself in staffId is someone else's PIN.
  const subjects = new Set([after.id, after.staffId, before?.id, before?.staffId].filter((v) => v !== undefined));
  if (subjects.size === 1 && subjects.has(actor.staffId) && after.reason === 'changed') return ALLOWED;
  return can(actor, 'staff.manage');
}

/** The mentor of the intern the record belongs to, before and after (a write may move it). */
function asMentorOfBoth(attempt: WriteAttempt, action: 'workLog.approve' | 'evaluation.sign'): Decision {
  const interns = new Set([attempt.after.internId, attempt.before?.internId].filter((id) => id !== undefined).map(String));
  for (const internId of interns) {
    const decision = canActAsMentor(attempt.actor, action, attempt.mentorOf?.(internId));
    if (!decision.allowed) return decision;
  }
  return interns.size > 0 ? ALLOWED : deny(action, 'not-mentor');
}

/**
 * Logging a request as it arrives is anyone's at the front desk; answering or refusing it,
 * and any later change, are for those who handle PDPA requests.
 */
function intakeOnly(attempt: WriteAttempt): boolean {
  return attempt.before === undefined && (attempt.after.status === 'received' || attempt.after.status === 'in-progress') && !attempt.after.answer;
}

const TABLE_RULES: Readonly<Record<string, (attempt: WriteAttempt) => Decision>> = {
  staff: staffRule,
  staffCredentials: credentialRule,
  dataErasures: (attempt) => can(attempt.actor, 'pdpa.erase'),
  dataRequests: (attempt) => (intakeOnly(attempt) ? ALLOWED : can(attempt.actor, 'pdpa.manage')),
  // Anyone who finds an incident records it at once (the 72 hours run from then); what follows is the office's.
  dataBreaches: (attempt) => (attempt.before === undefined && attempt.after.status === 'open' && !attempt.after.regulatorNotifiedAt ? ALLOWED : can(attempt.actor, 'pdpa.manage')),
  pressReleases: (attempt) => {
    const right = approvalRight(releaseWorkflow, attempt, RELEASE_APPROVAL_FIELDS);
    if (!right) return ALLOWED;
    const decision = canApprove(attempt.actor, right, authorOf(attempt), attempt.actingForDirector);
    return decision.allowed ? approverIs(attempt, 'approvedBy', right) : decision;
  },
  briefings: (attempt) => {
    const right = approvalRight(briefingWorkflow, attempt, BRIEFING_APPROVAL_FIELDS);
    if (!right) return ALLOWED;
    const decision = canApprove(attempt.actor, right, authorOf(attempt), attempt.actingForDirector);
    return decision.allowed ? approverIs(attempt, 'approvedById', right) : decision;
  },
  internWorkLogs: (attempt) => {
    // Approving, and any change to a log already approved, are the mentor's.
    if (!attempt.after.approvedBy && !attempt.before?.approvedBy) return ALLOWED;
    if (!changed(attempt, 'approvedBy') && !attempt.before?.approvedBy) return ALLOWED;
    const decision = asMentorOfBoth(attempt, 'workLog.approve');
    if (!decision.allowed || !attempt.after.approvedBy) return decision;
    return changed(attempt, 'approvedBy') ? approverIs(attempt, 'approvedBy', 'workLog.approve') : decision;
  },
  internEvaluations: (attempt) => asMentorOfBoth(attempt, 'evaluation.sign'),
  // The plan is the office's commitment: drafted by the head of the PR group, owned by the director.
  plans: (attempt) => can(attempt.actor, 'plan.manage'),
};

/**
 * Lists the office keeps for everyone (an intern reads them to show a name) and records about
 * interns: an intern changes none of them. Their own staff record and PIN follow the staff rules.
 */
const INTERN_READ_ONLY_TABLES = new Set(['missions', 'interns', 'institutions', 'agencies', 'mediaOutlets', 'distributionLists', 'surveys', 'qaBank', 'dataRequests', 'dataBreaches', 'plans']);

/**
 * Interns work on their own things (issue 19: they see only their own records and tasks, so
 * they change nothing else either): records they wrote, and tasks they are assigned to and stay
 * assigned to. Their attendance and work log are checked by the mentor rules; null = no
 * objection here, the table's own rule decides.
 */
function internRule(attempt: WriteAttempt): Decision | null {
  const { actor, table, before, after } = attempt;
  if (actor?.role !== 'intern' || table === 'staff' || table === 'staffCredentials') return null;
  if (INTERN_READ_ONLY_TABLES.has(table)) return deny('record.write', 'intern-scope');
  if (!before || before.createdBy === actor.staffId) return null;
  if (table === 'internAttendance' || table === 'internWorkLogs') return null;
  const assigned = (row: Row) => Array.isArray(row.assigneeIds) && row.assigneeIds.includes(actor.staffId);
  if (table === 'tasks' && assigned(before) && assigned(after)) return null;
  return deny('record.write', 'intern-scope');
}

/**
 * May this write be stored? Every write needs someone signed in; the table's own rule then
 * decides (approvals, settings, staff, PDPA). Used by the data layer for local writes; the same
 * rules judge ops from other workstations by their author.
 */
export function checkWrite(attempt: WriteAttempt): Decision {
  if (!attempt.actor) return deny('record.write', 'not-signed-in');
  if (SETTINGS_TABLES.has(attempt.table)) return can(attempt.actor, 'settings.edit');
  const asIntern = internRule(attempt);
  if (asIntern) return asIntern;
  return TABLE_RULES[attempt.table]?.(attempt) ?? ALLOWED;
}
