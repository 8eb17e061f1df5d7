import { z } from 'zod';
import {
  publishRequestSchema,
  publishResultSchema,
  pullRequestSchema,
  pullResultSchema,
  redactRequestSchema,
  syncTargetSchema,
} from '../../sync/transport';
import { SNAPSHOT_PART_CHARS, snapshotCandidateSchema, snapshotOpenedSchema, snapshotTableName } from '../../sync/snapshot-format';
import { chosenPathTokenSchema } from '../chosen-path-token';

/** The office passphrase as typed (main normalises to NFC and checks its length: keys.ts). */
const passphrase = z.string().min(1).max(1024);
/** The office key as printed on the key sheet ("ABCD-EFGH-…") or the key file's JSON. */
const officeKeyText = z.string().min(1).max(2000);
const blobId = z.string().regex(/^[0-9a-f]{64}$/);
const uuid = z.string().uuid();
const snapshotKey = z.string().min(1).max(120);

export { SNAPSHOT_PART_CHARS };
/** Blob ids per 'sync:upload-blobs' / 'sync:fetch-blobs' call: progress and cancel happen between calls. */
export const BLOBS_PER_CALL = 200;

export const syncContract = {
  'sync:get-target': { input: z.undefined(), output: syncTargetSchema.nullable() },
  /**
   * Main's folder picker. `folder` is for the screen only; `token` is what create and join take
   * (issue 19: the renderer never names a folder, main acts only on one the user picked here).
   * Both null when the person cancels.
   */
  'sync:choose-folder': {
    input: z.undefined(),
    output: z.object({ folder: z.string().nullable(), token: chosenPathTokenSchema.nullable() }),
  },
  /**
   * Makes a new workspace in an empty folder: an office key wrapped under the passphrase, this
   * workstation admitted. Answers the key sheet (the office key as letters), shown once so the
   * office can print it: it opens the workspace when the passphrase is forgotten.
   * `token`: from 'sync:choose-folder'; a path in its place is refused (`.strict()`).
   */
  'sync:create-folder': {
    input: z.object({ token: chosenPathTokenSchema, passphrase }).strict(),
    output: syncTargetSchema.extend({ keySheet: z.object({ workspaceId: z.string(), key: z.string() }) }),
  },
  /** Joins the chosen folder's workspace with its passphrase or its key sheet (exactly one of the two). */
  'sync:join-folder': {
    input: z
      .object({ token: chosenPathTokenSchema, passphrase: passphrase.optional(), officeKey: officeKeyText.optional() })
      .strict()
      .refine((v) => (v.passphrase === undefined) !== (v.officeKey === undefined), { message: 'passphrase or officeKey, exactly one' }),
    output: syncTargetSchema,
  },
  'sync:leave-folder': { input: z.undefined(), output: z.object({ left: z.boolean() }) },
  'sync:publish': { input: publishRequestSchema, output: publishResultSchema },
  'sync:pull': { input: pullRequestSchema, output: pullResultSchema },
  /**
   * Puts these blobs on the share before the ops that name them are published: each one not
   * there yet is copied from this workstation's store. `notHere` are ids neither this
   * workstation nor the share has (named in the sync summary as missing, never silently).
   */
  'sync:upload-blobs': {
    input: z.object({ ids: z.array(blobId).max(BLOBS_PER_CALL) }).strict(),
    output: z.object({ uploaded: z.number().int().nonnegative(), bytes: z.number().int().nonnegative(), notHere: z.array(blobId) }),
  },
  /** Copies these blobs from the share into this workstation's store, each verified by its hash. */
  'sync:fetch-blobs': {
    input: z.object({ ids: z.array(blobId).max(BLOBS_PER_CALL) }).strict(),
    output: z.object({ fetched: z.array(blobId), missing: z.array(blobId), bytes: z.number().int().nonnegative() }),
  },
  // Snapshots cross IPC part by part (NDJSON, one table per part, ≤ SNAPSHOT_PART_CHARS each):
  // a ten-year office's snapshot is hundreds of MB, which no single IPC message, string or
  // JSON.parse should hold. Format: shared/sync/snapshot-format.ts. These replace
  // 'sync:write-snapshot' / 'sync:read-snapshot', which reassembled the whole JSON in main and
  // handed it back in slices of one string.
  /** One part of a snapshot being written; nothing is visible until 'sync:commit-snapshot'. */
  'sync:write-snapshot-part': {
    input: z
      .object({
        deviceId: uuid,
        snapshotId: uuid,
        index: z.number().int().min(0).max(100_000),
        table: snapshotTableName,
        rows: z.number().int().nonnegative(),
        // UTF-8 bytes (at most SNAPSHOT_PART_CHARS of them, so at most that many characters):
        // a part as one string of megabytes sat in the window's old generation until a full GC.
        ndjsonUtf8: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= SNAPSHOT_PART_CHARS, 'part too large'),
      })
      .strict(),
    output: z.object({ written: z.literal(true) }),
  },
  /** Writes the manifest (last), so the snapshot becomes visible whole; drops older ones of this device. */
  'sync:commit-snapshot': {
    input: z
      .object({
        deviceId: uuid,
        snapshotId: uuid,
        schemaVersion: z.number().int().positive(),
        vector: z.record(z.string().regex(/^[0-9a-f-]{36}$/), z.number().int().nonnegative()),
        /** After an erasure: drop every older snapshot of this device (they hold the erased values). */
        replaceAll: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ covered: z.number().int().nonnegative() }),
  },
  /** Snapshots in the share that look intact, the one covering the most ops first. */
  'sync:list-snapshots': { input: z.undefined(), output: z.array(snapshotCandidateSchema) },
  /** A snapshot's position and parts; null when it cannot be used (the renderer tries the next one). */
  'sync:open-snapshot': { input: z.object({ key: snapshotKey }).strict(), output: snapshotOpenedSchema.nullable() },
  /**
   * One part, verified against the manifest, as gzip bytes (a tenth of the text: a ten-year
   * office's join moves ~18 MB over IPC instead of ~200 MB); null when it is damaged or gone.
   */
  'sync:read-snapshot-part': {
    input: z.object({ key: snapshotKey, index: z.number().int().min(0).max(100_000) }).strict(),
    output: z.object({ gz: z.instanceof(Uint8Array).nullable() }),
  },
  /**
   * Self-repair (issue 18): this workstation's own op files on the share that went missing or
   * changed since it wrote them are put back from the copies it kept (own-file-repair.ts).
   */
  'sync:repair-own-files': {
    input: z.undefined(),
    output: z.object({ checked: z.number().int().nonnegative(), repaired: z.number().int().nonnegative(), unrepairable: z.array(z.string()) }),
  },
  /**
   * PDPA erasure (docs/PDPA.md): this workstation's published op files that hold ops the
   * erasure changed are rewritten with the redacted ops (main checks each is a redaction of
   * the published one, and signs), and the erased people's files leave the share.
   */
  'sync:redact-own-files': {
    input: redactRequestSchema,
    output: z.object({ files: z.number().int().nonnegative(), blobs: z.number().int().nonnegative() }),
  },
} as const;
