import { z } from 'zod';
import { blobIdSchema } from '../../blobs/blob-refs';

/** Upper bound for one stored file: a photo or a document, not a video archive. */
export const MAX_BLOB_BYTES = 25 * 1024 * 1024;

/** How many ids one call may name (keeps each IPC message small at ten years' scale). */
export const MAX_BLOB_IDS_PER_CALL = 5000;

const blobIds = z.array(blobIdSchema).max(MAX_BLOB_IDS_PER_CALL);

/**
 * Photos and attachments are files in main's blob store, named by the SHA-256 of their bytes
 * (written once, verified on read). The database keeps references and metadata only; the
 * renderer shows a stored image through `/blob/<id>` (served by the app protocol) and asks
 * for bytes only when it must process them (a PDF's print copy).
 */
export const blobContract = {
  /** Stores bytes once under their SHA-256 and answers that id. */
  'blob:put': {
    input: z.object({ bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_BLOB_BYTES) }).strict(),
    output: z.object({ id: blobIdSchema, size: z.number().int().nonnegative() }),
  },
  /** The bytes of a stored blob, verified; null when this workstation does not have it (yet). */
  'blob:read': {
    input: z.object({ id: blobIdSchema }).strict(),
    output: z.object({ bytes: z.instanceof(Uint8Array).nullable() }),
  },
  /** Which of these ids this workstation does not hold. */
  'blob:missing': { input: z.object({ ids: blobIds }).strict(), output: z.object({ missing: blobIds }) },
  /**
   * Removes these blobs from this workstation's store at once (PDPA erasure of a person's
   * photo): garbage collection would wait out its grace period.
   */
  'blob:erase': { input: z.object({ ids: blobIds }).strict(), output: z.object({ erased: z.number().int().nonnegative() }) },
  /**
   * Garbage collection in steps: `keep` lists ids still referenced by records (sent in parts,
   * `final` on the last), then every other blob older than the grace period is removed from
   * the local store. Backups keep their own copies, so nothing a backup needs is lost.
   */
  'blob:collect-garbage': {
    input: z.object({ runId: z.string().uuid(), keep: blobIds, final: z.boolean() }).strict(),
    output: z.object({ removed: z.number().int().nonnegative(), freedBytes: z.number().int().nonnegative() }),
  },
} as const;
