import type { z } from 'zod';
import { TABLE_SCHEMAS } from '../../src-main/shared/domain/table-schemas';
import { objectShape, scanTree } from '../../src-main/shared/sync/op-validation';

/** Why a stored record cannot be shown. */
export type UnreadableReason = 'not-an-object' | 'bad-id' | 'forbidden-key' | 'bad-field';

export interface ReadVerdict {
  reason: UnreadableReason;
  /** The field that failed, when one did. */
  field?: string;
}

const shapes = new Map<string, Record<string, z.ZodType> | null>();

/** The field schemas of a synced table: the same ones incoming sync ops are checked against. */
function shapeOf(table: string): Record<string, z.ZodType> | null {
  if (!Object.prototype.hasOwnProperty.call(TABLE_SCHEMAS, table)) return null;
  if (!shapes.has(table)) shapes.set(table, objectShape(TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS]));
  return shapes.get(table) ?? null;
}

/** True for tables whose records are checked on read (the synced tables). */
export function isCheckedTable(table: string): boolean {
  return shapeOf(table) !== null;
}

/**
 * Whether a record read from IndexedDB can be handed to the UI (issue 18: one bad record never
 * blanks the app). Each field is checked against its field schema from op-validation, not a
 * second schema; record-level refinements (endDate ≥ startDate) are NOT checked, because a
 * merge of two honest edits can break them and such a record must still be shown and fixed.
 * Returns null when the record is fine. Never throws.
 */
export function checkStoredRecord(table: string, record: unknown): ReadVerdict | null {
  const shape = shapeOf(table);
  if (!shape) return null;
  try {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return { reason: 'not-an-object' };
    const values = record as Record<string, unknown>;
    if (typeof values.id !== 'string' || values.id === '') return { reason: 'bad-id' };
    const tree = scanTree(record);
    if (tree?.reason === 'forbidden-key') return { reason: 'forbidden-key', field: tree.key };
    for (const [name, schema] of Object.entries(shape)) {
      if (!schema.safeParse(values[name]).success) return { reason: 'bad-field', field: name };
    }
    return null;
  } catch {
    // A getter or an odd prototype cannot come from IndexedDB's structured clone; fail closed anyway.
    return { reason: 'not-an-object' };
  }
}

/**
 * A cheap fingerprint of what the check depends on: when it was last written, the type of each
 * schema field and the record's own keys. A record whose fingerprint is unchanged since it was
 * last checked need not be parsed again (parsing a long release takes about half a
 * millisecond, and a list re-reads its rows after every change). A change of type, a missing
 * field or a new key — what breaks a screen — always changes the fingerprint.
 */
export function recordFingerprint(table: string, record: unknown): string | null {
  const shape = shapeOf(table);
  if (!shape || record === null || typeof record !== 'object') return null;
  const values = record as Record<string, unknown>;
  let tags = '';
  for (const name of Object.keys(shape)) {
    const value = values[name];
    tags += value === null ? 'n' : Array.isArray(value) ? `a${value.length}` : (typeof value)[0];
  }
  return `${String(values.updatedAt)}|${tags}|${Reflect.ownKeys(values).map(String).join(',')}`;
}
