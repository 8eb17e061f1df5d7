/**
 * Schema version 1. Every version stays in code: Dexie needs the whole history to upgrade an
 * office's old install. A later version adds a new file (v2.ts…) and never edits this one.
 * Only indexed fields appear here; records hold more.
 */
export const SCHEMA_V1 = {
  officeProfile: 'id, updatedAt',
  staff: 'id, lastName, workGroup, deleted, updatedAt',
  /** The change log and sync outbox: one operation per record write. */
  outbox: '++seq, &opId, [table+recordId], published',
  /** Content-addressed attachments (SHA-256 hex id). */
  blobs: 'id',
  /** This workstation's own preferences; never synced. */
  localSettings: 'key',
} as const;
