import type { Transaction } from 'dexie';
import { SCHEMA_V1 } from './v1';
import { SCHEMA_V2 } from './v2';
import { SCHEMA_V3 } from './v3';
import { SCHEMA_V4 } from './v4';
import { SCHEMA_V5 } from './v5';
import { SCHEMA_V6 } from './v6';
import { SCHEMA_V7 } from './v7';
import { SCHEMA_V8 } from './v8';
import { SCHEMA_V9 } from './v9';
import { SCHEMA_V10 } from './v10';
import { SCHEMA_V11 } from './v11';
import { SCHEMA_V12 } from './v12';
import { SCHEMA_V13 } from './v13';
import { SCHEMA_V14 } from './v14';
import { SCHEMA_V15 } from './v15';

/** Every schema version in order, for `db.version(n).stores(…)`. Append, never rewrite. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  {
    version: 2,
    stores: SCHEMA_V2,
    // v1 ops predate sync: give them the fields the merge reads.
    upgrade: async (tx) => {
      await tx
        .table('outbox')
        .toCollection()
        .modify((op: Record<string, unknown>) => {
          op.bases ??= {};
          op.schemaVersion ??= 1;
        });
    },
  },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
  { version: 5, stores: SCHEMA_V5 },
  { version: 6, stores: SCHEMA_V6 },
  { version: 7, stores: SCHEMA_V7 },
  { version: 8, stores: SCHEMA_V8 },
  { version: 9, stores: SCHEMA_V9 },
  { version: 10, stores: SCHEMA_V10 },
  { version: 11, stores: SCHEMA_V11 },
  { version: 12, stores: SCHEMA_V12 },
  { version: 13, stores: SCHEMA_V13 },
  { version: 14, stores: SCHEMA_V14 },
  { version: 15, stores: SCHEMA_V15 },
];

/** Written into every op, so a workstation can hold back ops from a newer app version. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Tables whose records carry the envelope and travel through sync (declared once, in shared/). */
export { SYNCED_TABLES, type SyncedTableName } from '../../../src-main/shared/domain/table-schemas';
import { SYNCED_TABLES, type SyncedTableName } from '../../../src-main/shared/domain/table-schemas';

export function isSyncedTable(name: string): name is SyncedTableName {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

export const OUTBOX_TABLE = 'outbox';
