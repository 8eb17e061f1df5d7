import { SYNC_DIRECTIVE, refreshSyncRecord, type PrDeskDb, type SyncDirective } from '../../data';
import type { Conflict } from '../../../src-main/shared/sync/merge';

/**
 * Settles conflicts with an ordinary write — it syncs like any other change — whose bases
 * name the conflicting stamps, so every workstation that receives it sees them settled.
 */
async function writeResolution(
  db: PrDeskDb,
  table: string,
  recordId: string,
  changes: Record<string, unknown>,
  directive: SyncDirective,
): Promise<void> {
  await db.transaction('rw', db.table(table), async () => {
    const record = (await db.table(table).get(recordId)) as Record<string, unknown> | undefined;
    if (!record) throw new Error(`No ${table} record ${recordId}`);
    await db.table(table).put({ ...record, ...changes, [SYNC_DIRECTIVE]: directive });
  });
  await refreshSyncRecord(db, table, recordId);
}

/** Keep one value for a field (the current one, the losing one, or one typed by hand). */
export function resolveEdit(db: PrDeskDb, table: string, recordId: string, conflicts: Conflict[], field: string, value: unknown) {
  const stamps = conflicts.flatMap((c) => (c.kind === 'edit' && c.field === field ? [c.current.clock, c.losing.clock] : []));
  return writeResolution(db, table, recordId, { [field]: value }, { extraBases: { [field]: stamps }, force: [field] });
}

/** A delete met edits its author had not seen: keep the record deleted, or bring it back with the edits. */
export function resolveDelete(db: PrDeskDb, table: string, recordId: string, conflicts: Conflict[], keepDeleted: boolean) {
  const extraBases: Record<string, string[]> = {};
  for (const c of conflicts) if (c.kind === 'delete') extraBases[c.field] = [...(extraBases[c.field] ?? []), c.edit.clock];
  return writeResolution(db, table, recordId, { deleted: keepDeleted }, { extraBases, force: ['deleted'] });
}
