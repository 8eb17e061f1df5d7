import { SYNC_DIRECTIVE, refreshSyncRecord, type PrDeskDb, type SyncDirective } from '../../../data';
import type { Conflict } from '../../../../src-main/shared/sync/merge';
import { derivedValues } from '../model/conflict-derived';

/** The stamps of every edit conflict on one field: what a write settling that field names as seen. */
function conflictStamps(conflicts: readonly Conflict[], field: string): string[] {
  return conflicts.flatMap((c) => (c.kind === 'edit' && c.field === field ? [c.current.clock, c.losing.clock] : []));
}

/**
 * Settles conflicts with an ordinary write — it syncs like any other change — whose bases
 * name the conflicting stamps, so every workstation that receives it sees them settled.
 * Derived fields (a release's search words) are recomputed from the record as settled and
 * their own conflicts settled with it, so search finds the kept version, not the discarded one.
 */
async function writeResolution(
  db: PrDeskDb,
  table: string,
  recordId: string,
  conflicts: readonly Conflict[],
  changes: Record<string, unknown>,
  directive: SyncDirective,
): Promise<void> {
  await db.transaction('rw', db.table(table), async () => {
    const record = (await db.table(table).get(recordId)) as Record<string, unknown> | undefined;
    if (!record) throw new Error(`No ${table} record ${recordId}`);
    const settled = { ...record, ...changes };
    const derived = derivedValues(table, settled);
    const extraBases = { ...directive.extraBases };
    const force = [...(directive.force ?? [])];
    for (const field of Object.keys(derived)) {
      const stamps = conflictStamps(conflicts, field);
      if (stamps.length === 0) continue;
      extraBases[field] = [...(extraBases[field] ?? []), ...stamps];
      force.push(field);
    }
    await db.table(table).put({ ...settled, ...derived, [SYNC_DIRECTIVE]: { ...directive, extraBases, force } });
  });
  await refreshSyncRecord(db, table, recordId);
}

/** Keep one value for a field (the current one, the losing one, or one typed by hand). */
export function resolveEdit(db: PrDeskDb, table: string, recordId: string, conflicts: Conflict[], field: string, value: unknown) {
  return writeResolution(db, table, recordId, conflicts, { [field]: value }, { extraBases: { [field]: conflictStamps(conflicts, field) }, force: [field] });
}

/** Only derived fields are left in conflict (two edits of different fields both recomputed them): recompute and settle. */
export function settleDerived(db: PrDeskDb, table: string, recordId: string, conflicts: Conflict[]) {
  return writeResolution(db, table, recordId, conflicts, {}, {});
}

/** A delete met edits its author had not seen: keep the record deleted, or bring it back with the edits. */
export function resolveDelete(db: PrDeskDb, table: string, recordId: string, conflicts: Conflict[], keepDeleted: boolean) {
  const extraBases: Record<string, string[]> = {};
  for (const c of conflicts) if (c.kind === 'delete') extraBases[c.field] = [...(extraBases[c.field] ?? []), c.edit.clock];
  return writeResolution(db, table, recordId, conflicts, { deleted: keepDeleted }, { extraBases, force: ['deleted'] });
}
