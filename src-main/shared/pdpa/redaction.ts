import type { SyncOp } from '../sync/sync-op';
import { erasedValue } from './personal-fields';

const IDENTITY: readonly (keyof SyncOp)[] = ['opId', 'table', 'recordId', 'kind', 'hlc', 'actor', 'deviceId', 'at', 'schemaVersion'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * True when `replacement` is `original` with some fields erased, and nothing else: the same op
 * (id, record, stamp, author, bases), each changed field now holding exactly the placeholder
 * the personal-data declaration gives for its old value. Main checks this before it rewrites a
 * published op file: a renderer may redact this workstation's history, never rewrite it.
 */
export function isRedactionOf(original: SyncOp, replacement: SyncOp): boolean {
  if (IDENTITY.some((key) => original[key] !== replacement[key])) return false;
  if (!same(original.bases, replacement.bases)) return false;
  const names = new Set([...Object.keys(original.fields), ...Object.keys(replacement.fields)]);
  for (const name of names) {
    if (!Object.hasOwn(original.fields, name) || !Object.hasOwn(replacement.fields, name)) return false;
    const before = original.fields[name];
    const after = replacement.fields[name];
    if (same(before, after)) continue;
    if (!same(after, erasedValue(original.table, name, before, original.recordId))) return false;
  }
  return true;
}
