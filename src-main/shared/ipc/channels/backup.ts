import { z } from 'zod';
import { MAX_REDACT_TARGETS, erasureRecordSchema, redactTargetSchema } from '../../pdpa/erasure-records';

/**
 * 'after-erasure': taken right after a PDPA erasure, from which the database files are rebuilt
 * without the erased values (database-purge, docs/PDPA.md); an ordinary backup after that.
 */
export const BACKUP_REASONS = ['daily', 'before-sync', 'before-restore', 'before-upgrade', 'manual', 'imported', 'after-erasure'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * Keep-N rotation goes by each backup's sequence number, never by a date (a clock once set to
 * 2027 must not delete today's backups). The floor keeps a payload from deleting backups.
 */
export const MIN_BACKUP_KEEP = 3;
export const MAX_BACKUP_KEEP = 365;

/**
 * Characters of NDJSON per part of a backup converted from an old single file (legacy-file.ts):
 * up to 12 MB of UTF-8 in Thai, which `backup:read-rows` may return. Parts the app writes now are
 * capped in bytes (BACKUP_PART_BYTES).
 */
export const BACKUP_PART_CHARS = 4_000_000;
/**
 * Bytes of UTF-8 NDJSON per `backup:write-rows` call (Thai is 3 bytes a character). 4 MB, not
 * 12: each part is copied on its way to main, and at 12 MB the copies in flight lifted the
 * window and browser processes by 100–200 MB in the 1.5 GiB test (photos-1-5-gib).
 */
export const BACKUP_PART_BYTES = 4_000_000;

/** A backup's name: `<sequence, 6 digits>-<reason>`; a request may only name one of these. */
export const BACKUP_NAME = /^\d{6}-(daily|before-sync|before-restore|before-upgrade|manual|imported|after-erasure)$/;
export const backupName = z.string().regex(BACKUP_NAME);
const token = z.string().uuid();
const tableName = z.string().regex(/^[A-Za-z]{1,64}$/);

export const backupInfoSchema = z.object({
  name: z.string(),
  seq: z.number().int().nonnegative(),
  reason: z.enum(BACKUP_REASONS),
  /** When the backup was made, by this workstation's clock at the time (shown, never used to rotate). */
  createdAt: z.string(),
  /** Bytes of records in the backup (blobs are counted separately: they are shared by backups). */
  recordBytes: z.number().int().nonnegative(),
  blobCount: z.number().int().nonnegative(),
  blobBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupPreviewSchema = backupInfoSchema.extend({
  schemaVersion: z.number().int().positive(),
  deviceId: z.string(),
  tables: z.array(
    z.object({
      table: z.string(),
      rows: z.number().int().nonnegative(),
      parts: z.number().int().nonnegative(),
      /** Parts whose bytes no longer match the manifest's SHA-256 (their rows cannot be restored). */
      damagedParts: z.number().int().nonnegative(),
    }),
  ),
  /** Blob files the manifest lists that the backup store no longer holds (a damaged backup). */
  blobsAbsent: z.number().int().nonnegative(),
});
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

/** A typed passphrase: its length rules are checked in main (workspace/keys.ts checkPassphrase). */
const passphrase = z.string().min(1).max(1024);

export const backupKeyStatusSchema = z.object({
  /** The backups' key is here, but neither this PC nor an office key it holds opens it. */
  locked: z.boolean(),
  /** A backup passphrase also opens the key. */
  passphrase: z.boolean(),
  /** An office key (of a workspace this PC joined) also opens the key. */
  office: z.boolean(),
});
export type BackupKeyStatus = z.infer<typeof backupKeyStatusSchema>;

const progress = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  finished: z.boolean(),
});

export const backupContract = {
  /** Starts a backup in a temp folder; nothing counts as a backup until `backup:commit`. */
  'backup:begin': { input: z.object({ reason: z.enum(BACKUP_REASONS) }).strict(), output: z.object({ token }) },
  /**
   * One part of one table, as NDJSON (one record per line) in UTF-8 bytes; main compresses and
   * hashes it. Bytes for the reason given at `backup:read-rows`.
   */
  'backup:write-rows': {
    input: z
      .object({
        token,
        table: tableName,
        part: z.number().int().min(0).max(1_000_000),
        rows: z.number().int().nonnegative(),
        ndjsonUtf8: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= BACKUP_PART_BYTES, 'part too large'),
      })
      .strict(),
    output: z.object({ written: z.literal(true) }),
  },
  /**
   * Takes a table's parts from the newest earlier backup of this workstation and schema that
   * recorded the same change token for it (the table has not been written since that backup
   * looked; see data/backup-gens.ts), instead of new rows. Each part is checked against that
   * backup's SHA-256 first; when none fits, or a part is damaged, it answers `reused: false`
   * and the renderer sends the rows.
   */
  'backup:reuse-table': {
    input: z.object({ token, table: tableName, gen: z.string().max(64), schemaVersion: z.number().int().positive(), deviceId: z.string().min(1).max(64) }).strict(),
    output: z.object({ reused: z.boolean(), rows: z.number().int().nonnegative() }),
  },
  /**
   * Copies the next files of this workstation's blob store into the backup store, skipping
   * those already there (incremental: an unchanged office writes no photo twice).
   */
  'backup:copy-blobs': { input: z.object({ token, maxFiles: z.number().int().min(1).max(5000) }).strict(), output: progress },
  /** Writes the manifest, makes the backup visible, then rotates (keep-N per reason, by sequence). */
  'backup:commit': {
    input: z
      .object({
        token,
        keep: z.number().int().min(MIN_BACKUP_KEEP).max(MAX_BACKUP_KEEP),
        schemaVersion: z.number().int().positive(),
        deviceId: z.string().min(1).max(64),
        /** Each table's change token as the backup saw it before reading (kept in the manifest). */
        tableGens: z.record(tableName, z.string().max(64)).optional(),
      })
      .strict(),
    output: backupInfoSchema,
  },
  /** Cancels a backup: its temp folder is removed, no half-written backup remains. */
  'backup:abort': { input: z.object({ token }).strict(), output: z.object({ aborted: z.boolean() }) },
  'backup:list': { input: z.undefined(), output: z.array(backupInfoSchema) },
  /** What a backup holds, checked against its manifest (record parts hashed, blob files present). */
  'backup:open': { input: z.object({ name: backupName }).strict(), output: backupPreviewSchema },
  /**
   * One part of one table, verified against the manifest's SHA-256 before it is returned: its
   * NDJSON as UTF-8 bytes. Bytes, not a string: a clone of a multi-megabyte string lands in the
   * window's large-object heap and stays there until a full GC (hundreds of MB over a restore);
   * an ArrayBuffer lives outside the JS heap and is freed as soon as it is dropped.
   */
  'backup:read-rows': {
    input: z.object({ name: backupName, table: tableName, part: z.number().int().min(0).max(1_000_000) }).strict(),
    output: z.object({ ndjsonUtf8: z.instanceof(Uint8Array) }),
  },
  /** Copies the backup's blobs back into this workstation's store, each verified by its hash. */
  'backup:restore-blobs': {
    input: z.object({ name: backupName, maxFiles: z.number().int().min(1).max(5000) }).strict(),
    output: progress.extend({ damaged: z.array(z.string()).max(5000) }),
  },
  /** Copies a backup (records and its blobs) into a folder the user picks, e.g. a USB drive. */
  'backup:export-folder': { input: z.object({ name: backupName, thisPcOnly: z.boolean().optional() }).strict(), output: z.object({ path: z.string().nullable() }) },
  /**
   * Brings a backup from elsewhere (a folder exported from another PC, or an older single-file
   * `.json.gz` export) into this workstation's backups, so it can be previewed and restored.
   */
  'backup:import': { input: z.undefined(), output: z.object({ name: backupName.nullable() }) },
  /**
   * Goes on with the import `backup:import` stopped with `backup-locked` (a folder from another
   * PC whose key only its backup passphrase opens here). The folder is the one the user picked
   * then, remembered by main: the renderer never names a path.
   */
  'backup:import-unlock': { input: z.object({ passphrase }).strict(), output: z.object({ name: backupName.nullable() }) },
  /** Whether this PC's backups open without a passphrase, and which wraps protect their key. */
  'backup:key-status': { input: z.undefined(), output: backupKeyStatusSchema },
  /** Sets or changes the backup passphrase (at least MIN_PASSPHRASE_CHARS characters, checked in main). */
  'backup:set-passphrase': { input: z.object({ passphrase }).strict(), output: backupKeyStatusSchema },
  /** Opens backups whose key this PC cannot open by itself (a backups folder brought from another PC). */
  'backup:unlock': { input: z.object({ passphrase }).strict(), output: backupKeyStatusSchema },
  /**
   * PDPA erasure (docs/PDPA.md): notes the erasures in this computer's erasure ledger (outside
   * the backups), then rewrites every backup without the records it reached and removes the
   * erased photos from the backup store. `pending` when a backup was being written, previewed
   * or restored meanwhile: the renderer asks again later.
   */
  'backup:redact': {
    input: z
      .object({
        erasures: z.array(erasureRecordSchema).max(1000),
        targets: z.array(redactTargetSchema).max(MAX_REDACT_TARGETS),
        blobIds: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(MAX_REDACT_TARGETS),
      })
      .strict(),
    output: z.object({ sets: z.number().int().nonnegative(), parts: z.number().int().nonnegative(), blobs: z.number().int().nonnegative(), pending: z.boolean() }),
  },
  /** Every erasure this computer has carried out (its ledger), for re-applying after a restore. */
  'backup:erasure-ledger': { input: z.undefined(), output: z.object({ erasures: z.array(erasureRecordSchema) }) },
} as const;
