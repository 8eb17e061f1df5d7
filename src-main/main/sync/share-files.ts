import type { FileQuarantineReason } from '../../shared/sync/quarantine';
import { signPublication, sha256Hex, verifyPublication, type Registry } from '../workspace/registry';
import { open, seal, type SealedKind } from '../workspace/sealed-file';
import { safeReadFile } from '../workspace/safe-read';
import type { WorkspaceContext } from './workspace-context';

/**
 * A device's published file on the share (docs/SYNC-FORMAT.md "Signed files"): sealed with the
 * office key at its exact path, and inside the seal, the publisher's Ed25519 signature (64 bytes)
 * followed by the payload. The signature covers workspace, device, path, SHA-256 of the payload
 * and the file's last sequence number, so a file cannot be moved, replayed under another name,
 * or written by anyone but its device, even by someone who holds the office key.
 */
const SIGNATURE_BYTES = 64;

export function sealSigned(ctx: WorkspaceContext, kind: SealedKind, path: string, payload: Uint8Array, seq: number): Buffer {
  const signature = Buffer.from(signPublication(ctx.deviceKey, { workspaceId: ctx.workspaceId, deviceId: ctx.deviceId, path, sha256: sha256Hex(payload), seq }), 'base64');
  return seal(ctx.officeKey, { workspaceId: ctx.workspaceId, kind, path }, Buffer.concat([signature, payload]));
}

export type SignedRead = { ok: true; payload: Buffer } | { ok: false; reason: FileQuarantineReason | 'missing' };

/**
 * Reads one device's file with every check, in order: contained and capped on disk, opened with
 * the office key at this path, signed by `deviceId` as registered (and not revoked past `seq`).
 * 'missing' is not a quarantine: the file is simply not there (yet).
 */
/**
 * As readSigned, for a file whose sequence is inside it (a snapshot's manifest): the signature
 * binds the sequence, so the one read from the payload is checked by the same verification.
 */
export async function readSignedWithSeq(
  ctx: Pick<WorkspaceContext, 'officeKey' | 'workspaceId'>,
  registry: Registry,
  share: string,
  kind: SealedKind,
  path: string,
  deviceId: string,
  seqOf: (payload: Buffer) => number | null,
  maxBytes: number,
): Promise<SignedRead> {
  const read = await safeReadFile(share, path, maxBytes);
  if (!read.ok) return { ok: false, reason: read.reason };
  const opened = open(ctx.officeKey, { workspaceId: ctx.workspaceId, kind, path }, read.bytes, maxBytes);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  if (opened.plaintext.length < SIGNATURE_BYTES) return { ok: false, reason: 'truncated' };
  const payload = opened.plaintext.subarray(SIGNATURE_BYTES);
  const seq = seqOf(payload);
  if (seq === null) return { ok: false, reason: 'corrupt' };
  const signature = opened.plaintext.subarray(0, SIGNATURE_BYTES).toString('base64');
  const verdict = verifyPublication(registry, { workspaceId: ctx.workspaceId, deviceId, path, sha256: sha256Hex(payload), seq }, signature);
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  return { ok: true, payload };
}

export async function readSigned(
  ctx: Pick<WorkspaceContext, 'officeKey' | 'workspaceId'>,
  registry: Registry,
  share: string,
  kind: SealedKind,
  path: string,
  deviceId: string,
  seq: number,
  maxBytes: number,
): Promise<SignedRead> {
  return readSignedWithSeq(ctx, registry, share, kind, path, deviceId, () => seq, maxBytes);
}
