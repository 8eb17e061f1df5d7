import { z } from 'zod';
import {
  publishRequestSchema,
  publishResultSchema,
  pullRequestSchema,
  pullResultSchema,
  syncTargetSchema,
} from '../../sync/transport';

const folderInput = z.object({ folder: z.string().trim().min(1).max(1024) }).strict();
const blobId = z.string().regex(/^[0-9a-f]{64}$/);

/** Characters per snapshot part on IPC (a Thai character is 3 bytes in UTF-8: ≤ 12 MB a part). */
export const SNAPSHOT_PART_CHARS = 4_000_000;

export const BACKUP_REASONS = ['daily', 'before-sync', 'before-restore', 'before-upgrade', 'manual'] as const;

export const backupInfoSchema = z.object({
  name: z.string(),
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** Backup file names are ours to make; a request may only name one of them. */
export const BACKUP_FILE_NAME = /^pr-desk-\d{8}-\d{6}-(daily|before-sync|before-restore|before-upgrade|manual)\.json\.gz$/;

export const syncContract = {
  'sync:get-target': { input: z.undefined(), output: syncTargetSchema.nullable() },
  'sync:choose-folder': { input: z.undefined(), output: z.object({ folder: z.string().nullable() }) },
  'sync:create-folder': { input: folderInput, output: syncTargetSchema },
  'sync:join-folder': { input: folderInput, output: syncTargetSchema },
  'sync:leave-folder': { input: z.undefined(), output: z.object({ left: z.boolean() }) },
  'sync:publish': { input: publishRequestSchema, output: publishResultSchema },
  'sync:pull': { input: pullRequestSchema, output: pullResultSchema },
  'sync:put-blob': {
    input: z.object({ id: blobId, bytes: z.instanceof(Uint8Array) }).strict(),
    output: z.object({ stored: z.boolean() }),
  },
  'sync:get-blob': { input: z.object({ id: blobId }).strict(), output: z.object({ bytes: z.instanceof(Uint8Array).nullable() }) },
  // A snapshot of a 10-year office is hundreds of MB of JSON: it crosses IPC in parts, so no
  // single message or string has to hold it (Chromium caps one IPC message well below that).
  'sync:write-snapshot': {
    input: z
      .object({
        deviceId: z.string().uuid(),
        covered: z.number().int().nonnegative(),
        uploadId: z.string().uuid(),
        part: z.number().int().min(0).max(100_000),
        final: z.boolean(),
        text: z.string().max(SNAPSHOT_PART_CHARS),
      })
      .strict(),
    output: z.object({ written: z.boolean() }),
  },
  'sync:read-snapshot': {
    input: z.object({ offset: z.number().int().nonnegative() }).strict(),
    output: z.object({ deviceId: z.string(), text: z.string(), total: z.number().int().nonnegative() }).nullable(),
  },
  'backup:write': {
    input: z.object({ reason: z.enum(BACKUP_REASONS), json: z.string().min(2).max(512 * 1024 * 1024), keep: z.number().int().min(1).max(365) }).strict(),
    output: backupInfoSchema,
  },
  'backup:list': { input: z.undefined(), output: z.array(backupInfoSchema) },
  'backup:export-file': {
    input: z.object({ json: z.string().min(2).max(512 * 1024 * 1024), suggestedName: z.string().trim().min(1).max(120) }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'backup:import-file': { input: z.undefined(), output: z.object({ json: z.string().nullable() }) },
  'backup:read': { input: z.object({ name: z.string().regex(BACKUP_FILE_NAME) }).strict(), output: z.object({ json: z.string() }) },
} as const;
