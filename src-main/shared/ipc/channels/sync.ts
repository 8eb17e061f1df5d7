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

export const syncContract = {
  'sync:get-target': { input: z.undefined(), output: syncTargetSchema.nullable() },
  'sync:choose-folder': { input: z.undefined(), output: z.object({ folder: z.string().nullable() }) },
  'sync:create-folder': { input: folderInput, output: syncTargetSchema },
  'sync:join-folder': { input: folderInput, output: syncTargetSchema },
  'sync:leave-folder': { input: z.undefined(), output: z.object({ left: z.boolean() }) },
  'sync:publish': { input: publishRequestSchema, output: publishResultSchema },
  'sync:pull': { input: pullRequestSchema, output: pullResultSchema },
  /**
   * Puts these blobs on the share before the ops that name them are published: each one not
   * there yet is copied from this workstation's store. `notHere` are ids neither this
   * workstation nor the share has (named in the sync summary as missing, never silently).
   */
  'sync:upload-blobs': {
    input: z.object({ ids: z.array(blobId).max(500) }).strict(),
    output: z.object({ uploaded: z.number().int().nonnegative(), bytes: z.number().int().nonnegative(), notHere: z.array(blobId) }),
  },
  /** Copies these blobs from the share into this workstation's store, each verified by its hash. */
  'sync:fetch-blobs': {
    input: z.object({ ids: z.array(blobId).max(500) }).strict(),
    output: z.object({ fetched: z.array(blobId), missing: z.array(blobId), bytes: z.number().int().nonnegative() }),
  },
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
} as const;
