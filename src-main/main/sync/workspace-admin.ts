import { randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import type { WorkspaceDevice } from '../../shared/ipc/channels/sync-admin';
import { MAX_REVOKE_REASON_CHARS } from '../../shared/ipc/channels/sync-admin';
import type { SyncTarget } from '../../shared/sync/transport';
import { asIpcErrors } from '../files/fs-errors';
import { DEFAULT_SCRYPT, checkPassphrase, exportKeyFile, unwrapOfficeKey, wrapOfficeKey, WorkspaceKeyError, type ScryptParams } from '../workspace/keys';
import { signRevocation, type Registry } from '../workspace/registry';
import { seal } from '../workspace/sealed-file';
import { writeFileAtomic } from './atomic-file';
import { FORMAT_FILE, readWorkspace } from './folder-transport';
import { parseLogFileName } from './log-file';
import { readTrustedRegistry, revocationPath } from './share-registry';
import type { WorkspaceContext } from './workspace-context';

/**
 * What the workspace administration screen (จัดการพื้นที่ซิงค์) does to the share: list the
 * admitted devices, revoke one, re-wrap the office key under a new passphrase, and hand out a
 * new key sheet. Each acts as this workstation: it signs with its own device key and uses the
 * office key it holds, so a workstation that never joined (or was revoked) cannot.
 * The permission check (issue 19) is the caller's: workspace-admin-permission.ts.
 */

/** The share must still be the workspace this workstation joined (an unmounted share or another office's stick aborts). */
async function checkSameWorkspace(target: SyncTarget) {
  const format = await readWorkspace(target.folder);
  if (format.workspaceId !== target.workspaceId) throw new IpcError({ code: 'sync-folder-foreign', detail: 'different workspace' });
  return format;
}

/** A revoked workstation still holds the keys, but the app does not let it act for the office. */
function refuseIfRevoked(registry: Registry, ctx: WorkspaceContext): void {
  if (registry.revocations.has(ctx.deviceId)) throw new IpcError({ code: 'sync-device-revoked', detail: ctx.deviceId });
}

/** Each of a device's op files on the share: its last sequence, and when the share's file system says it was written. */
async function logFiles(share: string, deviceId: string): Promise<{ name: string; lastSeq: number }[]> {
  const names = await readdir(join(share, 'devices', deviceId, 'log')).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const range = parseLogFileName(name);
    return range ? [{ name, lastSeq: range.lastSeq }] : [];
  });
}

async function lastSeen(share: string, deviceId: string, seq: number | undefined): Promise<WorkspaceDevice['lastSeen']> {
  if (seq === undefined || seq === 0) return null;
  const file = (await logFiles(share, deviceId)).find((f) => f.lastSeq === seq);
  // The time is the file's modification time on the share: shown for orientation only (the
  // sequence, not a time, is what a revocation uses).
  const at = file ? await stat(join(share, 'devices', deviceId, 'log', file.name)).then((s) => s.mtime.toISOString(), () => null) : null;
  return { seq, at };
}

/** The admitted devices as this workstation trusts the registry, with what it has taken in from each. */
export async function listWorkspaceDevices(target: SyncTarget, ctx: WorkspaceContext, seen: Readonly<Record<string, number>>): Promise<WorkspaceDevice[]> {
  await checkSameWorkspace(target);
  const { registry } = await readTrustedRegistry(target.folder, ctx);
  const nameOf = (deviceId: string) => registry.entries.get(deviceId)?.deviceName ?? deviceId;
  const rows: WorkspaceDevice[] = [];
  for (const entry of registry.entries.values()) {
    const revocation = registry.revocations.get(entry.deviceId);
    rows.push({
      deviceId: entry.deviceId,
      deviceName: entry.deviceName,
      admittedAt: entry.admittedAt,
      thisDevice: entry.deviceId === ctx.deviceId,
      lastSeen: await lastSeen(target.folder, entry.deviceId, Object.prototype.hasOwnProperty.call(seen, entry.deviceId) ? seen[entry.deviceId] : undefined),
      revoked: revocation ? { at: revocation.revokedAt, byDeviceId: revocation.revokedBy, byDeviceName: nameOf(revocation.revokedBy), reason: revocation.reason, acceptUpToSeq: revocation.acceptUpToSeq } : null,
    });
  }
  // This workstation first, then by when each was admitted.
  return rows.sort((a, b) => Number(b.thisDevice) - Number(a.thisDevice) || a.admittedAt.localeCompare(b.admittedAt) || a.deviceId.localeCompare(b.deviceId));
}

export interface RevokeRequest {
  deviceId: string;
  reason: string;
  /** The last of that device's sequences this workstation has taken in (its sync cursor). */
  consumedSeq: number;
}

/**
 * Writes `registry/revoked/<id>`: sealed with the office key, signed by this device. The
 * revoked device's publications up to `acceptUpToSeq` stay valid (the office has merged them;
 * refusing them would make workstations diverge); later ones are refused at every
 * workstation's next sync, and its own sync stops with 'sync-device-revoked'.
 */
export async function revokeDevice(target: SyncTarget, ctx: WorkspaceContext, request: RevokeRequest, now: Date): Promise<{ deviceId: string; acceptUpToSeq: number; revokedAt: string }> {
  await checkSameWorkspace(target);
  const { registry } = await readTrustedRegistry(target.folder, ctx);
  // A revoked device cannot revoke (the registry would not count it either: registry.ts).
  refuseIfRevoked(registry, ctx);
  if (request.deviceId === ctx.deviceId) throw new IpcError({ code: 'sync-revoke-self', detail: request.deviceId });
  if (!registry.entries.has(request.deviceId)) throw new IpcError({ code: 'sync-device-unknown', detail: request.deviceId });
  if (registry.revocations.has(request.deviceId)) throw new IpcError({ code: 'sync-device-already-revoked', detail: request.deviceId });
  const reason = request.reason.normalize('NFC').trim();
  // Nothing visible (spaces, zero-width characters a Thai keyboard or a paste leaves) is no reason.
  if (reason.replace(/[\s\u180E\u200B-\u200D\u2060\uFEFF]/gu, '') === '' || [...reason].length > MAX_REVOKE_REASON_CHARS) throw new IpcError({ code: 'invalid-payload', detail: 'reason' });
  // Never accept more than the device has on the share now: what it writes later (whoever holds
  // it) is refused, whatever cursor the renderer reported.
  const onShare = Math.max(0, ...(await logFiles(target.folder, request.deviceId)).map((f) => f.lastSeq));
  const acceptUpToSeq = Math.min(request.consumedSeq, onShare);
  const revokedAt = now.toISOString();
  const revocation = signRevocation(ctx.deviceKey, { workspaceId: ctx.workspaceId, deviceId: request.deviceId, revokedAt, revokedBy: ctx.deviceId, reason, acceptUpToSeq });
  const path = revocationPath(request.deviceId);
  const bytes = seal(ctx.officeKey, { workspaceId: ctx.workspaceId, kind: 'revocation', path }, Buffer.from(JSON.stringify(revocation), 'utf8'));
  await asIpcErrors(async () => {
    await mkdir(join(target.folder, 'registry', 'revoked'), { recursive: true });
    await mkdir(join(target.folder, 'tmp'), { recursive: true });
    await writeFileAtomic(join(target.folder, 'tmp', `revocation-${request.deviceId}.${randomUUID()}.tmp`), join(target.folder, path), bytes);
  });
  // Read back through the same checks every workstation makes before saying it is done.
  const check = (await readTrustedRegistry(target.folder, ctx)).registry.revocations.get(request.deviceId);
  if (check?.signature !== revocation.signature) throw new IpcError({ code: 'io-failure', detail: 'the revocation did not read back' });
  return { deviceId: request.deviceId, acceptUpToSeq, revokedAt };
}

/** The stronger of two scrypt settings: a change of passphrase never lowers what the office raised. */
function stronger(a: ScryptParams, b: ScryptParams): ScryptParams {
  return a.N * a.r * a.p >= b.N * b.r * b.p ? a : b;
}

export interface PassphraseChange {
  /** Checked when given. Absent: the passphrase was lost and this joined workstation acts on the office key it holds. */
  currentPassphrase?: string | undefined;
  newPassphrase: string;
}

/**
 * Re-wraps the same office key under a new passphrase: FORMAT.json is written to the share's
 * tmp/ and renamed over the old one (a failure leaves the old file and no temp file). Every
 * sealed file stays as it is; the old passphrase stops opening the folder. It does not lock
 * out anyone who already holds the office key or a key sheet (THREAT-MODEL.md).
 */
export async function changeOfficePassphrase(target: SyncTarget, ctx: WorkspaceContext, change: PassphraseChange, kdf?: ScryptParams): Promise<void> {
  const format = await checkSameWorkspace(target);
  const { registry } = await readTrustedRegistry(target.folder, ctx);
  refuseIfRevoked(registry, ctx);
  try {
    checkPassphrase(change.newPassphrase);
  } catch (error) {
    if (error instanceof WorkspaceKeyError) throw new IpcError({ code: 'sync-weak-passphrase', detail: error.message });
    throw error;
  }
  if (change.currentPassphrase !== undefined) {
    const opened = await unwrapOfficeKey(format, change.currentPassphrase).catch((error: unknown) => {
      if (error instanceof WorkspaceKeyError) throw new IpcError({ code: 'sync-wrong-current-passphrase', detail: error.message });
      throw error;
    });
    // FORMAT.json opens, but to another key than the one this workstation works with: not ours to rewrite.
    if (opened.length !== ctx.officeKey.length || !timingSafeEqual(opened, ctx.officeKey)) throw new IpcError({ code: 'sync-folder-foreign', detail: 'FORMAT.json holds another office key' });
  }
  const params = kdf ?? stronger({ N: format.kdf.N, r: format.kdf.r, p: format.kdf.p }, DEFAULT_SCRYPT);
  const next = await wrapOfficeKey(ctx.officeKey, ctx.workspaceId, change.newPassphrase, params);
  const bytes = Buffer.from(JSON.stringify(next, null, 2), 'utf8');
  await asIpcErrors(async () => {
    await mkdir(join(target.folder, 'tmp'), { recursive: true });
    await writeFileAtomic(join(target.folder, 'tmp', `format.${randomUUID()}.tmp`), join(target.folder, FORMAT_FILE), bytes);
  });
}

/** A new key sheet (the office key as letters) from the key this joined workstation holds. */
export async function keySheetOf(target: SyncTarget, ctx: WorkspaceContext): Promise<{ workspaceId: string; key: string; folder: string }> {
  await checkSameWorkspace(target);
  const { registry } = await readTrustedRegistry(target.folder, ctx);
  refuseIfRevoked(registry, ctx);
  const sheet = exportKeyFile(ctx.workspaceId, ctx.officeKey);
  return { workspaceId: sheet.workspaceId, key: sheet.key, folder: target.folder };
}
