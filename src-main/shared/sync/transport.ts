import { z } from 'zod';
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
  more: z.boolean(),
});
export type PullResult = z.infer<typeof pullResultSchema>;

export interface SyncTransport {
  publish(target: SyncTarget, request: PublishRequest): Promise<PublishResult>;
  pull(target: SyncTarget, request: PullRequest): Promise<PullResult>;
  putBlob(target: SyncTarget, id: string, bytes: Uint8Array): Promise<void>;
  getBlob(target: SyncTarget, id: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Replaces this device's snapshot (see main/sync/snapshot-file.ts). */
  writeSnapshot(target: SyncTarget, request: { deviceId: string; covered: number; json: string }): Promise<void>;
  /** The snapshot covering the most ops, or null when there is none (or none intact). */
  readBestSnapshot(target: SyncTarget): Promise<{ deviceId: string; json: string } | null>;
}
