import { actingDelegationsOf, activeDelegation, bangkokDay } from '../../src-main/shared/domain/acting-delegation';
import { OFFICE_PROFILE_ID } from '../../src-main/shared/domain/office-profile';
import type { DenialReason } from '../../src-main/shared/auth/permissions';
import { checkWrite } from '../../src-main/shared/auth/write-rules';
import { UNKNOWN_ACTOR } from '../../src-main/shared/domain/envelope';
import { STAFF_ROLES, type StaffRole } from '../../src-main/shared/domain/staff';
import { applyOp, emptyRecordState, materialize, type RecordState } from '../../src-main/shared/sync/merge';
import type { SyncOp } from '../../src-main/shared/sync/sync-op';
import { standardMissionId, standardMissions } from './seed-missions';

/**
 * Ops from other workstations, judged by their author (issue 19).
 *
 * Every local write is checked against the write rules for whoever is signed in
 * (write-permission.ts). An op pulled from another workstation's log was checked there — by
 * that workstation's app, which an admitted device could replace or bypass. So each incoming op
 * is judged again here, by the SAME rules (`checkWrite`, no second rule set), for the person it
 * names as its author (`op.actor`), before it is merged: one whose author lacked the right is
 * held back ('not-permitted', kept in `syncHeld` and offered again at every sync) and the rest
 * of its batch still applies.
 *
 * What the rules see, per op, in log order:
 * - actor: `{ staffId: op.actor, role }`, the role read from the author's staff record as this
 *   workstation holds it merged so far (its database, local edits included, plus the staff ops of
 *   the same batch accepted before this op). No staff record → held: it may arrive from another
 *   workstation's log later, and the next sync's retry then applies the op.
 * - before: the record's visible values from its merge state (again including the batch's ops
 *   accepted so far), with `id` and `createdBy` (the stored record's, or the actor of the batch's
 *   first create op — the same precedence `mergedRecord` stores). A record not seen here at all
 *   has no `before`.
 * - after: before with `op.fields` applied; `createdBy` as before, or the op's author when the
 *   record has none. An edit of a record this workstation has not seen yet is thus judged as if
 *   its author had created it: an approval that arrives before the record it approves is held
 *   until the record is here (the next sync), never let through because its author is unknown.
 *
 * Three things are not judged by the rules; each is named by a comment below and listed in
 * docs/THREAT-MODEL.md, because an admitted device can use them too (its signature on the log
 * file still names the device that did it):
 * 1. Legacy ops (schemaVersion < 12, written before sign-in existed): history, applied as they
 *    are — their author was picked from a list, not signed in. A device that has sent any op of
 *    version 12 or later is remembered (`signedInEra`); a later op of a lower version from it is
 *    a downgrade and is held.
 * 2. The first administrator, created at first run by themselves (see isFirstAdministrator).
 * 3. The standard missions the app seeds on first start before anyone can sign in (see
 *    isSeededMission).
 */

/** The first app data version with sign-in (schema v12): its ops name a signed-in author. */
export const SIGNED_IN_SCHEMA_VERSION = 12;

/** deviceId → true once that device sent any op of SIGNED_IN_SCHEMA_VERSION or later. */
export type SignedInEra = Readonly<Record<string, true>>;

/** A record as this workstation holds it before the batch. */
export interface KnownRecord {
  /** Its merge state including local edits (currentSyncRecords); empty if never seen. */
  state: RecordState;
  /** `createdBy` of the stored record, if there is one. */
  createdBy?: string | undefined;
}

/** Reads records in bulk (one table, many ids); ids it does not return are taken as unseen. */
export type LoadRecords = (table: string, ids: readonly string[]) => Promise<ReadonlyMap<string, KnownRecord>>;

/** Why an op was held back: no known author, a version downgrade, or the rule that refused it. */
export type HeldWhy = 'unknown-author' | 'downgrade' | DenialReason;

export type IncomingVerdict =
  | { apply: true; why: 'checked' | 'legacy' | 'first-administrator' | 'seeded-mission' }
  | { apply: false; reason: 'not-permitted'; why: HeldWhy };

export interface IncomingJudgement {
  /** One per op, in the order given. */
  verdicts: IncomingVerdict[];
  /** The era map with the devices these ops showed in the signed-in era. */
  signedInEra: SignedInEra;
}

type Row = Record<string, unknown>;

const keyOf = (table: string, recordId: string) => `${table}\u0000${recordId}`;

/** Rules that read the office profile's รักษาราชการแทน delegations. */
const APPROVAL_TABLES = new Set(['pressReleases', 'briefings']);

function dayOf(at: string): string {
  const time = new Date(at);
  return Number.isNaN(time.getTime()) ? '' : bangkokDay(time);
}

/** Rules that read an intern's assigned mentor (write-rules.ts `mentorOf`). */
const MENTOR_TABLES = new Set(['internWorkLogs', 'internEvaluations']);

let standardMissionIds: ReadonlySet<string> | undefined;

/**
 * ADMISSION (THREAT-MODEL): the standard missions are written on first start by the app itself,
 * before anyone can sign in (seed-missions.ts, a system write), so their ops carry the actor
 * 'unknown'. A create op by 'unknown' of one of those ten missions (ids fixed by their number)
 * is accepted from any signed-in-era device: every workstation seeds them, and two offices'
 * seeds merge into one list. An admitted device can therefore rewrite a standard mission's
 * fields without naming a person; missions have no rule beyond "someone is signed in" anyway.
 * A mission id the seed does not know (a newer app's seed) is held until this app knows it.
 */
function isSeededMission(op: SyncOp): boolean {
  standardMissionIds ??= new Set(standardMissions().map((m) => standardMissionId(m.no)));
  return op.table === 'missions' && op.kind === 'create' && op.actor === UNKNOWN_ACTOR && standardMissionIds.has(op.recordId);
}

/**
 * ADMISSION (THREAT-MODEL): the first administrator is created at first run by themselves
 * (FirstRunPage, credential-repo.ts createFirstAdministrator): the staff create op's author is
 * the new record itself, so no staff record yet vouches for it. Accepted: a `staff` create op of
 * a record not seen here whose id is its author and whose role is 'admin'. Its PIN record
 * (`staffCredentials`, setBy = the same person) then passes the ordinary rules as that
 * administrator's own write, in the same batch or any later one. An admitted device can use this
 * to add an administrator of its own making; the new staff record and the device's signed log
 * file show who and which device.
 */
function isFirstAdministrator(op: SyncOp, before: Row | undefined): boolean {
  return (
    op.table === 'staff' &&
    op.kind === 'create' &&
    op.recordId === op.actor &&
    op.actor !== UNKNOWN_ACTOR &&
    op.fields.role === 'admin' &&
    before === undefined
  );
}

function isRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** Records this judgement has read, and the batch's accepted ops folded into them. */
class RecordView {
  private readonly records = new Map<string, { state: RecordState; stored: string | undefined; batchCreator?: string; firstBatchActor?: string }>();

  constructor(private readonly load: LoadRecords) {}

  /** Reads the records not read yet, one bulk read per table. */
  async ensure(wanted: ReadonlyMap<string, ReadonlySet<string>>): Promise<void> {
    for (const [table, ids] of wanted) {
      const missing = [...ids].filter((id) => !this.records.has(keyOf(table, id)));
      if (missing.length === 0) continue;
      const found = await this.load(table, missing);
      for (const id of missing) {
        const known = found.get(id);
        this.records.set(keyOf(table, id), { state: known?.state ?? emptyRecordState(), stored: known?.createdBy });
      }
    }
  }

  /** Visible values (with id and createdBy), or undefined for a record not seen here. */
  visible(table: string, recordId: string): Row | undefined {
    const record = this.records.get(keyOf(table, recordId));
    if (!record) return undefined;
    const values = materialize(record.state);
    if (Object.keys(values).length === 0) return undefined;
    const createdBy = record.batchCreator ?? record.stored ?? record.firstBatchActor;
    return { ...values, id: recordId, ...(createdBy !== undefined ? { createdBy } : {}) };
  }

  accept(op: SyncOp): void {
    const key = keyOf(op.table, op.recordId);
    const record = this.records.get(key) ?? { state: emptyRecordState(), stored: undefined };
    this.records.set(key, {
      ...record,
      state: applyOp(record.state, op),
      ...(op.kind === 'create' && record.batchCreator === undefined ? { batchCreator: op.actor } : {}),
      ...(record.firstBatchActor === undefined ? { firstBatchActor: op.actor } : {}),
    });
  }
}

function addWanted(wanted: Map<string, Set<string>>, table: string, id: unknown): void {
  if (typeof id !== 'string' || id === '') return;
  const ids = wanted.get(table) ?? new Set<string>();
  ids.add(id);
  wanted.set(table, ids);
}

/** Remembers the devices these ops show in the signed-in era (for ops that are not judged). */
export function markSignedInEra(era: SignedInEra, ops: readonly SyncOp[]): SignedInEra {
  const fresh = ops.filter((op) => op.schemaVersion >= SIGNED_IN_SCHEMA_VERSION && !era[op.deviceId]);
  return fresh.length === 0 ? era : { ...era, ...Object.fromEntries(fresh.map((op) => [op.deviceId, true as const])) };
}

/**
 * Judges a batch's ops in order (see the module comment). Reads every record it needs in bulk
 * first — the ops' records, their authors' staff records, the interns whose mentor a rule asks
 * for — so a 2,000-op batch costs a few queries, not thousands.
 */
export async function judgeIncoming(ops: readonly SyncOp[], options: { load: LoadRecords; signedInEra: SignedInEra }): Promise<IncomingJudgement> {
  const view = new RecordView(options.load);
  let era = options.signedInEra;
  const checked = (op: SyncOp) => op.schemaVersion >= SIGNED_IN_SCHEMA_VERSION;

  const wanted = new Map<string, Set<string>>();
  for (const op of ops) {
    addWanted(wanted, op.table, op.recordId);
    if (checked(op) && op.actor !== UNKNOWN_ACTOR) addWanted(wanted, 'staff', op.actor);
  }
  await view.ensure(wanted);
  const interns = new Map<string, Set<string>>();
  for (const op of ops) {
    if (!checked(op) || !MENTOR_TABLES.has(op.table)) continue;
    addWanted(interns, 'interns', op.fields.internId);
    addWanted(interns, 'interns', view.visible(op.table, op.recordId)?.internId);
  }
  await view.ensure(interns);
  // รักษาราชการแทน: approvals are judged with the delegations in the office profile as merged.
  if (ops.some((op) => checked(op) && APPROVAL_TABLES.has(op.table))) await view.ensure(new Map([['officeProfile', new Set([OFFICE_PROFILE_ID])]]));

  const roleOf = (staffId: string): StaffRole | null => {
    if (staffId === UNKNOWN_ACTOR) return null;
    const role = view.visible('staff', staffId)?.role;
    return isRole(role) ? role : null;
  };

  const verdicts: IncomingVerdict[] = [];
  for (const op of ops) {
    const verdict = await judgeOne(op);
    if (verdict.apply) view.accept(op);
    verdicts.push(verdict);
  }
  return { verdicts, signedInEra: era };

  async function judgeOne(op: SyncOp): Promise<IncomingVerdict> {
    if (!checked(op)) {
      // ADMISSION (THREAT-MODEL): ops written before sign-in existed are history, applied
      // unchecked — but not from a device that has already written signed-in ops (a downgrade).
      return era[op.deviceId] ? { apply: false, reason: 'not-permitted', why: 'downgrade' } : { apply: true, why: 'legacy' };
    }
    era = markSignedInEra(era, [op]);
    if (isSeededMission(op)) return { apply: true, why: 'seeded-mission' };
    const before = view.visible(op.table, op.recordId);
    if (isFirstAdministrator(op, before)) return { apply: true, why: 'first-administrator' };
    const role = roleOf(op.actor);
    if (!role) return { apply: false, reason: 'not-permitted', why: 'unknown-author' };

    const after: Row = { ...(before ?? {}), ...op.fields, id: op.recordId, createdBy: before?.createdBy ?? op.actor };
    if (MENTOR_TABLES.has(op.table) && typeof after.internId === 'string') await view.ensure(new Map([['interns', new Set([after.internId])]]));
    const decision = checkWrite({
      actor: { staffId: op.actor, role },
      table: op.table,
      before,
      after,
      mentorOf: (internId) => {
        const mentor = view.visible('interns', internId)?.mentorId;
        return typeof mentor === 'string' ? mentor : null;
      },
      // The delegation is judged on the day the op was written (its wall-clock time, Bangkok).
      actingForDirector: APPROVAL_TABLES.has(op.table) && activeDelegation(actingDelegationsOf(view.visible('officeProfile', OFFICE_PROFILE_ID)), op.actor, dayOf(op.at)) !== null,
    });
    return decision.allowed ? { apply: true, why: 'checked' } : { apply: false, reason: 'not-permitted', why: decision.reason };
  }
}
