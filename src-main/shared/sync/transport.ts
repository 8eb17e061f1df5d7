import { z } from 'zod';
import type { SnapshotCandidate, SnapshotOpened } from './snapshot-format';
import { syncOpSchema, type SyncOp } from './sync-op';

/**
 * What a sync target must do, whatever it is. The shared folder (SMB share or USB stick) is
 * the built-in target; a server speaking the same requests can be added behind this interface
 * without touching the merge code (DESIGN.md §5).
 */
export interface SequencedOp {
  /** Per-device publish sequence: 1, 2, 3 … with no gaps. */
  seq: number;
  op: SyncOp;
}

export const sequencedOpSchema = z.object({ seq: z.number().int().positive(), op: syncOpSchema }).strict();

export const syncTargetSchema = z.object({
  folder: z.string().min(1).max(1024),
  workspaceId: z.string().uuid(),
});
export type SyncTarget = z.infer<typeof syncTargetSchema>;

export const publishRequestSchema = z.object({
  deviceId: z.string().uuid(),
  deviceName: z.string().min(1).max(80),
  /** The last seq this device believes it has already published (detects a cloned device id). */
  publishedThrough: z.number().int().nonnegative(),
  ops: z.array(sequencedOpSchema).min(1).max(5000),
});
export type PublishRequest = z.infer<typeof publishRequestSchema>;

/** Most redacted ops and erased blob ids one 'sync:redact-own-files' call carries. */
export const REDACT_PER_CALL = 2000;

export const redactRequestSchema = z
  .object({
    deviceId: z.string().uuid(),
    ops: z.array(sequencedOpSchema).max(REDACT_PER_CALL),
    blobIds: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(REDACT_PER_CALL),
  })
  .strict();

export const publishResultSchema = z.object({ file: z.string(), firstSeq: z.number().int(), lastSeq: z.number().int() });
export type PublishResult = z.infer<typeof publishResultSchema>;

export const pullRequestSchema = z.object({
  deviceId: z.string().uuid(),
  /** deviceId → last seq already applied from that device. */
  cursor: z.record(z.string(), z.number().int().nonnegative()),
  maxOps: z.number().int().positive().max(20000),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const pulledBatchSchema = z.object({
  deviceId: z.string(),
  firstSeq: z.number().int().positive(),
  lastSeq: z.number().int().positive(),
  ops: z.array(sequencedOpSchema),
});
export type PulledBatch = z.infer<typeof pulledBatchSchema>;

export const pullResultSchema = z.object({
  batches: z.array(pulledBatchSchema),
  devices: z.array(z.object({ deviceId: z.string(), deviceName: z.string() })),
  /** Files that were unreadable, truncated or failed their checksum: "not there yet", never an edit. */
  waiting: z.array(z.object({ deviceId: z.string(), file: z.string(), reason: z.string() })),
  /**
   * What was set aside (issue 18), for the sync report in Thai: a file that failed a check
   * (then that device's later files wait behind it), or one op that failed validation (skipped;
   * the rest of its file is applied). `reason` is a QUARANTINE_REASONS code.
   */
  quarantined: z.array(
    z.object({
      deviceId: z.string(),
      deviceName: z.string(),
      file: z.string(),
      reason: z.string(),
      opId: z.string().optional(),
      field: z.string().optional(),
    }),
  ),
  more: z.boolean(),
});
export type PullResult = z.infer<typeof pullResultSchema>;

/** Blob results, as the contract's sync:upload-blobs / sync:fetch-blobs answer them. */
export interface BlobUploadResult {
  uploaded: number;
  bytes: number;
  /** Ids neither this workstation nor the target has. */
  notHere: string[];
}
export interface BlobFetchResult {
  fetched: string[];
  missing: string[];
  bytes: number;
}

/**
 * This workstation's blob store as a transport needs it (main's BlobStore fits): files named by
 * their SHA-256, read whole (the share seals each one) and stored only under their own hash.
 */
export interface LocalBlobFiles {
  sizeOf(id: string): Promise<number | null>;
  /** The bytes, verified against the id; null when absent or damaged. */
  read(id: string): Promise<Uint8Array | null>;
  put(bytes: Uint8Array): Promise<{ id: string; size: number }>;
}

/** Where the transport may remember which blobs the target already holds (see known-blobs.ts). */
export interface KnownBlobIds {
  has(id: string): Promise<boolean>;
  add(ids: readonly string[]): Promise<void>;
}

export interface SnapshotPartWrite {
  deviceId: string;
  snapshotId: string;
  index: number;
  table: string;
  rows: number;
  /** The part's NDJSON as UTF-8 bytes, `rows` lines. */
  ndjsonUtf8: Uint8Array;
}

export interface SnapshotCommit {
  deviceId: string;
  snapshotId: string;
  schemaVersion: number;
  vector: Record<string, number>;
  parts: { index: number; table: string; rows: number; sha256: string; bytes: number }[];
  /** Drop every older snapshot of this device, not all but the newest (after an erasure: they hold the erased values). */
  replaceAll?: boolean;
}

/**
 * A PDPA erasure on this workstation changed ops it had already published: the share's op
 * files holding them are rewritten with these redacted ops (same seq, same op, erased fields
 * only), and the erased people's files leave the share's blob folder.
 */
export type RedactRequest = z.infer<typeof redactRequestSchema>;

export interface RedactResult {
  files: number;
  blobs: number;
}

export interface SyncTransport {
  publish(target: SyncTarget, request: PublishRequest): Promise<PublishResult>;
  pull(target: SyncTarget, request: PullRequest): Promise<PullResult>;
  /** Puts blobs on the target before the ops that name them are published. */
  uploadBlobs(target: SyncTarget, ids: readonly string[], local: LocalBlobFiles, known: KnownBlobIds): Promise<BlobUploadResult>;
  /** Brings blobs from the target into this workstation's store, each verified by its hash. */
  fetchBlobs(target: SyncTarget, ids: readonly string[], local: LocalBlobFiles, known: KnownBlobIds): Promise<BlobFetchResult>;
  /** One NDJSON part of a snapshot being written (invisible until committed). */
  writeSnapshotPart(target: SyncTarget, part: SnapshotPartWrite): Promise<{ sha256: string; bytes: number }>;
  /** Makes a written snapshot visible (its manifest last) and drops this device's older ones. */
  commitSnapshot(target: SyncTarget, commit: SnapshotCommit): Promise<{ covered: number }>;
  /** Rewrites this device's published op files with redacted ops; removes erased blobs (RedactRequest). */
  redactOwnFiles(target: SyncTarget, request: RedactRequest): Promise<RedactResult>;
  /** Intact-looking snapshots, the one covering the most ops first. */
  listSnapshots(target: SyncTarget): Promise<SnapshotCandidate[]>;
  /** A snapshot's position and parts, or null when it cannot be used. */
  openSnapshot(target: SyncTarget, key: string): Promise<SnapshotOpened | null>;
  /** One part's NDJSON, gzip-compressed, verified against the manifest; null when damaged or gone. */
  readSnapshotPart(target: SyncTarget, key: string, index: number): Promise<Uint8Array<ArrayBuffer> | null>;
}
