import type { Conflict } from '../../../../src-main/shared/sync/merge';
import { recordsWithConflicts, useDbCommands, useLiveDbQuery, type SyncRecordRow } from '../../../data';
import { referenceNames } from './reference-names';
import { resolveDelete, resolveEdit, settleDerived } from './resolve-conflict';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Every record with a conflict still to review. */
export function useConflictRecords(): SyncRecordRow[] | undefined {
  return useLiveDbQuery((db) => recordsWithConflicts(db));
}

/** Id → the name its record goes by, for the ids a conflict's values refer to; empty while loading. */
export function useReferenceNames(ids: readonly string[]): ReadonlyMap<string, string> {
  return useLiveDbQuery((db) => referenceNames(db, ids), [ids]) ?? NO_NAMES;
}

/** Settling a record's conflicts (resolve-conflict.ts), bound to the open database. */
export function useConflictCommands() {
  return useDbCommands((db) => ({
    resolveEdit: (table: string, recordId: string, conflicts: Conflict[], field: string, value: unknown) => resolveEdit(db, table, recordId, conflicts, field, value),
    resolveDelete: (table: string, recordId: string, conflicts: Conflict[], keepDeleted: boolean) => resolveDelete(db, table, recordId, conflicts, keepDeleted),
    settleDerived: (table: string, recordId: string, conflicts: Conflict[]) => settleDerived(db, table, recordId, conflicts),
  }));
}
