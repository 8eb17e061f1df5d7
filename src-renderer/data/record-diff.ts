import { ENVELOPE_KEYS } from '../../src-main/shared/domain/envelope';

const ENVELOPE = new Set<string>(ENVELOPE_KEYS);

/** Structural equality for the JSON-like values records hold (plus Uint8Array and Date). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/**
 * The business fields that differ between two versions of a record (envelope fields except
 * `deleted` are bookkeeping, not changes). A field present on one side only counts as changed.
 */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (ENVELOPE.has(key) && key !== 'deleted') continue;
    if (!sameValue(before?.[key], after[key])) changed.push(key);
  }
  return changed.sort();
}
