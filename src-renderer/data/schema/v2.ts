import { SCHEMA_V1 } from './v1';

/**
 * Version 2: manual sync. Merge state per record, sync bookkeeping, ops held back (newer app
 * version or far-future clock), and an upload flag on blobs.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  blobs: 'id, uploaded',
  /** Field-level merge state (shared/sync/merge.ts) of every record that has met remote ops. */
  syncRecords: '[table+recordId], hasConflicts',
  /** Publish position, per-device cursors, newest stamp seen, last result. */
  syncMeta: 'key',
  /** Incoming ops not merged yet, kept rather than dropped. */
  syncHeld: '++id, deviceId',
} as const;
