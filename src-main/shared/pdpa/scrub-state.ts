import type { RecordState } from '../sync/merge';
import { compactRecordState, expandRecordState, type CompactRecordState } from '../sync/snapshot-codec';
import { erasedValue } from './personal-fields';

/**
 * A record's merge state with the erased fields' winning value and every losing value (the
 * conflicts a person could still pick) replaced by their placeholders. The stamps stay: the
 * state merges with every other workstation's exactly as before.
 */
export function scrubRecordState(table: string, recordId: string, state: RecordState, fields: readonly string[]): RecordState {
  const next = { ...state.fields };
  for (const name of fields) {
    const field = next[name];
    if (!field) continue;
    const heads = Object.fromEntries(Object.entries(field.heads).map(([clock, head]) => [clock, { ...head, value: erasedValue(table, name, head.value, recordId) }]));
    next[name] = { ...field, value: erasedValue(table, name, field.value, recordId), heads };
  }
  return { fields: next };
}

function isCompact(state: unknown): state is CompactRecordState {
  return !!state && typeof state === 'object' && Array.isArray((state as { w?: unknown }).w);
}

/** The same for a state as stored (compact, as syncRecords and snapshots keep it, or plain from older versions). */
export function scrubStoredState(table: string, recordId: string, state: unknown, fields: readonly string[]): unknown {
  if (isCompact(state)) return compactRecordState(scrubRecordState(table, recordId, expandRecordState(state), fields));
  if (state && typeof state === 'object' && 'fields' in state) return scrubRecordState(table, recordId, state as RecordState, fields);
  return state;
}
