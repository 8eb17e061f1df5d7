import { compareHlc, maxHlc, type Hlc } from './hlc';
import type { SyncOp } from './sync-op';

/**
 * Field-level merge by hybrid logical clock (DESIGN.md §5).
 *
 * Per field a record keeps: the winning value (greatest stamp ever written), the stamps some
 * op has declared it replaced (`superseded`, from `bases`), and the `heads` — writes nobody
 * has replaced yet. Both sets only grow by union, and the winner is a maximum, so applying any
 * set of ops in any order, batching or repetition gives the same state. A head other than the
 * winner is a concurrent edit that lost: it stays visible as a conflict until a resolution
 * write lists it in its bases. Nothing a user wrote can vanish without being either the
 * current value, a listed conflict, or knowingly replaced by someone who had seen it.
 */

export interface HeadWrite {
  value: unknown;
  opId: string;
  actor: string;
  deviceId: string;
  at: string;
  /** Greatest stamp of the record's `deleted` field the writer had seen ('' if none). */
  sawDeleted: Hlc;
}

export interface FieldState {
  value: unknown;
  clock: Hlc;
  heads: Record<Hlc, HeadWrite>;
  superseded: Hlc[];
}

export interface RecordState {
  fields: Record<string, FieldState>;
}

export const DELETED_FIELD = 'deleted';

export function emptyRecordState(): RecordState {
  return { fields: {} };
}

/** Binary search in a sorted stamp list: where `stamp` is, or where it would go. */
function searchSorted(list: readonly Hlc[], stamp: Hlc): { found: boolean; index: number } {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareHlc(list[mid] ?? '', stamp);
    if (c === 0) return { found: true, index: mid };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { found: false, index: lo };
}

function insertSorted(list: Hlc[], stamp: Hlc): Hlc[] {
  const { found, index } = searchSorted(list, stamp);
  return found ? list : [...list.slice(0, index), stamp, ...list.slice(index)];
}

function hasSorted(list: readonly Hlc[], stamp: Hlc): boolean {
  return searchSorted(list, stamp).found;
}

/**
 * The newest stamp an op's `bases` name: a write must be stamped after it (`HlcClock.tick`), so
 * it wins over every value its writer saw and replaced — even one stamped far in the future
 * by a workstation whose clock was wrong (issue 18). Without that, "last writer wins" would
 * let a value written under a clock a year ahead beat every edit made after it for a year.
 */
export function newestBase(bases: Readonly<Record<string, readonly Hlc[]>>): Hlc {
  return maxHlc(Object.values(bases).flat());
}

/** Applies one op to a record's merge state; pure (returns a new state). */
export function applyOp(state: RecordState, op: SyncOp): RecordState {
  const fields = { ...state.fields };
  const names = new Set([...Object.keys(op.fields), ...Object.keys(op.bases)]);
  const sawDeleted = maxHlc(op.bases[DELETED_FIELD] ?? []);
  for (const name of names) {
    const current = fields[name];
    let next: FieldState = current
      ? { value: current.value, clock: current.clock, heads: { ...current.heads }, superseded: current.superseded }
      : { value: undefined, clock: '', heads: {}, superseded: [] };
    for (const base of op.bases[name] ?? []) {
      next.superseded = insertSorted(next.superseded, base);
      delete next.heads[base];
    }
    if (Object.hasOwn(op.fields, name)) {
      const value = op.fields[name];
      if (!hasSorted(next.superseded, op.hlc)) {
        next.heads[op.hlc] = { value, opId: op.opId, actor: op.actor, deviceId: op.deviceId, at: op.at, sawDeleted };
      }
      if (compareHlc(op.hlc, next.clock) > 0) next = { ...next, value, clock: op.hlc };
    }
    fields[name] = next;
  }
  return { fields };
}

/** The record's current values (field → winning value), without merge bookkeeping. */
export function materialize(state: RecordState): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(state.fields)) {
    if (field.clock !== '') values[name] = field.value;
  }
  return values;
}

export function clocksOf(state: RecordState): Record<string, Hlc> {
  const clocks: Record<string, Hlc> = {};
  for (const [name, field] of Object.entries(state.fields)) if (field.clock !== '') clocks[name] = field.clock;
  return clocks;
}

export type Conflict =
  | {
      kind: 'edit';
      field: string;
      current: { value: unknown; clock: Hlc; write: HeadWrite | undefined };
      losing: HeadWrite & { clock: Hlc };
    }
  | {
      /** The record was deleted by someone who had not seen this edit (and vice versa). */
      kind: 'delete';
      field: string;
      deletedClock: Hlc;
      edit: HeadWrite & { clock: Hlc; value: unknown };
    };

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Unresolved conflicts of a record, in a deterministic order. */
export function conflictsOf(state: RecordState): Conflict[] {
  const conflicts: Conflict[] = [];
  const deleted = state.fields[DELETED_FIELD];
  const isDeleted = deleted?.value === true;
  const names = Object.keys(state.fields).sort();
  for (const name of names) {
    const field = state.fields[name];
    if (!field) continue;
    const stamps = Object.keys(field.heads).sort(compareHlc);
    for (const stamp of stamps) {
      const head = field.heads[stamp];
      if (!head) continue;
      if (stamp !== field.clock && !sameValue(head.value, field.value)) {
        conflicts.push({
          kind: 'edit',
          field: name,
          current: { value: field.value, clock: field.clock, write: field.heads[field.clock] },
          losing: { ...head, clock: stamp },
        });
      }
      if (isDeleted && deleted && name !== DELETED_FIELD && compareHlc(head.sawDeleted, deleted.clock) < 0) {
        conflicts.push({ kind: 'delete', field: name, deletedClock: deleted.clock, edit: { ...head, clock: stamp } });
      }
    }
  }
  return conflicts;
}
