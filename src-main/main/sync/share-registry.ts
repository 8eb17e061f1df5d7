import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import type { FileQuarantineReason } from '../../shared/sync/quarantine';
import { buildRegistry, signEntry, type Registry } from '../workspace/registry';
import { open, seal } from '../workspace/sealed-file';
import { SHARE_SIZE_CAPS, safeReadFile } from '../workspace/safe-read';
import { writeFileAtomic } from './atomic-file';
import type { WorkspaceContext } from './workspace-context';

/**
 * The share's device registry (docs/SYNC-FORMAT.md): who may publish. Each admitted device has
 * a sealed, signed entry at `registry/<deviceId>`; revocations at `registry/revoked/<deviceId>`.
 * Read fresh at every pull, so a revocation made on one workstation holds on the next sync of
 * every other.
 */
const DEVICE_ID = /^[0-9a-f-]{36}$/;

export interface RegistryRead {
  registry: Registry;
  /** Entries that could not be used, for the sync report. */
  quarantined: { deviceId: string; file: string; reason: FileQuarantineReason }[];
}

export const registryPath = (deviceId: string) => `registry/${deviceId}`;
export const revocationPath = (deviceId: string) => `registry/revoked/${deviceId}`;

/** Admits this workstation (self-signed: it holds the office key). Idempotent per device id. */
export async function writeOwnEntry(share: string, ctx: WorkspaceContext, now: Date): Promise<void> {
  const existing = (await readRegistry(share, ctx)).registry.entries.get(ctx.deviceId);
  if (existing?.publicKey === ctx.deviceKey.publicKey) return;
  // Another key already speaks for this id: a copied profile (or an impostor). Never overwrite it.
  if (existing) throw new IpcError({ code: 'sync-device-clash', detail: ctx.deviceId });
  const entry = signEntry(ctx.deviceKey, {
    workspaceId: ctx.workspaceId,
    deviceId: ctx.deviceId,
    deviceName: ctx.deviceName.slice(0, 200),
    publicKey: ctx.deviceKey.publicKey,
    admittedAt: now.toISOString(),
    admittedBy: ctx.deviceId,
  });
  const path = registryPath(ctx.deviceId);
  const bytes = seal(ctx.officeKey, { workspaceId: ctx.workspaceId, kind: 'registry', path }, Buffer.from(JSON.stringify(entry), 'utf8'));
  await mkdir(join(share, 'registry'), { recursive: true });
  await mkdir(join(share, 'tmp'), { recursive: true });
  await writeFileAtomic(join(share, 'tmp', `registry-${ctx.deviceId}.${randomUUID()}.tmp`), join(share, path), bytes);
}

async function readSealedJson(share: string, ctx: Pick<WorkspaceContext, 'officeKey' | 'workspaceId'>, kind: 'registry' | 'revocation', path: string): Promise<{ ok: true; value: unknown } | { ok: false; reason: FileQuarantineReason | 'missing' }> {
  const read = await safeReadFile(share, path, SHARE_SIZE_CAPS.registry);
  if (!read.ok) return read;
  const opened = open(ctx.officeKey, { workspaceId: ctx.workspaceId, kind, path }, read.bytes, SHARE_SIZE_CAPS.registry);
  if (!opened.ok) return opened;
  try {
    return { ok: true, value: JSON.parse(opened.plaintext.toString('utf8')) as unknown };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

async function names(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((name) => DEVICE_ID.test(name)).sort();
}

/** The registry as this workstation trusts it: read, then held against the keys it pinned. */
export async function readTrustedRegistry(share: string, ctx: WorkspaceContext): Promise<RegistryRead> {
  const read = await readRegistry(share, ctx);
  const pinned = await ctx.pins.apply(read.registry);
  return {
    registry: pinned.registry,
    quarantined: [...read.quarantined, ...pinned.changed.map((deviceId) => ({ deviceId, file: registryPath(deviceId), reason: 'key-changed' as const }))],
  };
}

export async function readRegistry(share: string, ctx: Pick<WorkspaceContext, 'officeKey' | 'workspaceId'>): Promise<RegistryRead> {
  const quarantined: RegistryRead['quarantined'] = [];
  const entries: unknown[] = [];
  const revocations: unknown[] = [];
  for (const [kind, dir, out] of [
    ['registry', 'registry', entries],
    ['revocation', 'registry/revoked', revocations],
  ] as const) {
    for (const deviceId of await names(join(share, dir))) {
      const path = kind === 'registry' ? registryPath(deviceId) : revocationPath(deviceId);
      const read = await readSealedJson(share, ctx, kind, path);
      // An entry must sit under its own id: one sealed for another device's name is not that device.
      if (read.ok && (read.value as { deviceId?: unknown } | null)?.deviceId === deviceId) out.push(read.value);
      else if (read.ok) quarantined.push({ deviceId, file: path, reason: 'tampered-or-wrong-place' });
      else if (read.reason !== 'missing') quarantined.push({ deviceId, file: path, reason: read.reason });
    }
  }
  const built = buildRegistry(ctx.workspaceId, entries, revocations);
  for (const rejected of built.rejected) {
    const reason: FileQuarantineReason = rejected.reason === 'shape' ? 'corrupt' : rejected.reason === 'unknown-admitter' ? 'unknown-device' : rejected.reason;
    quarantined.push({ deviceId: rejected.deviceId, file: rejected.what === 'entry' ? registryPath(rejected.deviceId) : revocationPath(rejected.deviceId), reason });
  }
  return { registry: built.registry, quarantined };
}
