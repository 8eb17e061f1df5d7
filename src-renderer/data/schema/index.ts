import { SCHEMA_V1 } from './v1';

/** Every schema version in order, for `db.version(n).stores(…)`. Append, never rewrite. */
export const SCHEMA_VERSIONS = [{ version: 1, stores: SCHEMA_V1 }] as const;

/** Written into every op, so a workstation can hold back ops from a newer app version. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Tables whose records carry the envelope and travel through sync. */
export const SYNCED_TABLES = ['officeProfile', 'staff'] as const;
export type SyncedTableName = (typeof SYNCED_TABLES)[number];

export function isSyncedTable(name: string): name is SyncedTableName {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

export const OUTBOX_TABLE = 'outbox';
