import { randomUUID } from 'node:crypto';
import { lstat, mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import { isRedactionOf } from '../../shared/pdpa/redaction';
import { validateIncomingOp } from '../../shared/sync/op-validation';
import { syncOpSchema } from '../../shared/sync/sync-op';
import type { QuarantineReason } from '../../shared/sync/quarantine';
import type {
  PublishRequest,
  PublishResult,
  PullRequest,
  PullResult,
  PulledBatch,
  RedactRequest,
  RedactResult,
  SequencedOp,
  SyncTarget,
  SyncTransport,
} from '../../shared/sync/transport';
import { asIpcErrors } from '../files/fs-errors';
import type { Inflater } from '../workspace/inflate-client';
import { createWorkspace, DEFAULT_SCRYPT, exportKeyFile, importKeyFile, parseFormatFile, unwrapOfficeKey, WorkspaceKeyError, type FormatFile, type KeyFile, type ScryptParams } from '../workspace/keys';
import { SHARE_SIZE_CAPS, safeReadFile } from '../workspace/safe-read';
import { nodeShareWriteFs, withRetries, writeFileAtomic, type ShareWriteFs } from './atomic-file';
import { fetchBlobsFromFolder, removeBlobsFromFolder, uploadBlobsToFolder } from './folder-blobs';
import { createFolderSnapshots } from './folder-snapshots';
import { decodeLogText, encodeLogFile, logFileName, parseLogFileName } from './log-file';
import { repairOwnFiles, type OwnFileCheck } from './own-file-repair';
import { ownFilesDir, ownFilesStore, type OwnFilesStore } from './own-files';
import { readSigned, sealSigned } from './share-files';
import { asShareWriteErrors } from './share-write-errors';
import { readTrustedRegistry, writeOwnEntry } from './share-registry';
import type { WorkspaceContext, WorkspaceSecrets } from './workspace-context';

/**
 * The built-in sync target: a folder every workstation can reach (an SMB share or a USB
 * stick). Each device writes only under `devices/<its id>/`, files are immutable once
 * published, and nothing is ever inferred from a missing file (DESIGN.md §5).
 *
 * The folder is a workspace (docs/SYNC-FORMAT.md, docs/THREAT-MODEL.md): FORMAT.json holds the
 * office key wrapped under the office passphrase; every op file is sealed with that key and
 * signed by its device; every byte read back is checked (contained path, size cap, seal,
 * signature, capped decompression off the main thread, each op against its table's schema).
 * What fails is set aside and reported, and everything else still syncs.
 */
export const FORMAT_FILE = 'FORMAT.json';

const DEVICE_DIR = /^[0-9a-f-]{36}$/;
/** Most characters an op file may inflate to (its ops are ≤ 5,000 and each ≤ 2 M characters by validation; real files are a few MB). */
const MAX_LOG_TEXT_BYTES = 256 * 1024 * 1024;

export interface FolderTransportDeps {
  now?: () => Date;
  /** The keys for a target (the office key this PC joined with, this device's signing key). */
  context: (target: SyncTarget) => Promise<WorkspaceContext>;
  /** Decompression off the main thread, with a cap (inflate-client.ts). */
  inflater: Inflater;
  /** This workstation's data folder: the copies of its own published files live there (own-files.ts). */
  dataDir: string;
  /** The writes into the share (node:fs; tests inject a full or read-only share). */
  shareFs?: ShareWriteFs;
}

/** The folder transport, plus what only the folder needs: repairing this device's own files. */
export interface FolderTransport extends SyncTransport {
  repairOwnFiles(target: SyncTarget): Promise<OwnFileCheck>;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function keyError(error: unknown): never {
  if (!(error instanceof WorkspaceKeyError)) throw error;
  const code = error.code === 'wrong-passphrase' ? 'sync-wrong-passphrase' : error.code === 'weak-passphrase' ? 'sync-weak-passphrase' : error.code === 'bad-format-file' ? 'sync-folder-foreign' : 'sync-key-mistyped';
  throw new IpcError({ code, detail: error.message });
}

/** The old format's marker, or null for text that is not JSON at all (a damaged FORMAT.json). */
function formatVersionOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { formatVersion?: unknown } | null)?.formatVersion ?? null;
  } catch {
    return null;
  }
}

/** Reads FORMAT.json; a missing folder or marker is refused, never silently recreated. */
export async function readWorkspace(folder: string): Promise<FormatFile> {
  if (!(await isDirectory(folder))) throw new IpcError({ code: 'sync-folder-missing', detail: folder });
  let text: string;
  try {
    const info = await stat(join(folder, FORMAT_FILE));
    if (!info.isFile() || info.size > SHARE_SIZE_CAPS.format) throw new Error('not a small regular file');
    text = await readFile(join(folder, FORMAT_FILE), 'utf8');
  } catch {
    throw new IpcError({ code: 'sync-folder-foreign', detail: 'no FORMAT.json' });
  }
  try {
    return parseFormatFile(text);
  } catch (error) {
    // A folder of the first, plaintext format: refused, the office makes a new workspace.
    if (formatVersionOf(text) === 1) throw new IpcError({ code: 'sync-folder-old-format', detail: folder });
    return keyError(error);
  }
}

/** Writes this device's registry entry (first publish under a renewed id) and answers the same target. */
async function admitted(target: SyncTarget, ctx: WorkspaceContext): Promise<SyncTarget> {
  await writeOwnEntry(target.folder, ctx, new Date());
  const { registry } = await readTrustedRegistry(target.folder, ctx);
  if (!registry.entries.has(ctx.deviceId)) throw new IpcError({ code: 'io-failure', detail: 'could not admit this device' });
  return target;
}

export interface DeviceName {
  deviceId: string;
  deviceName: string;
}

/**
 * "สร้างโฟลเดอร์ซิงค์ใหม่": only into an empty folder, so an existing share is never taken over.
 * Makes the office key, wraps it under the passphrase, admits this workstation, and answers the
 * key sheet (shown once).
 */
export async function createSyncFolder(
  folder: string,
  passphrase: string,
  secrets: WorkspaceSecrets,
  device: DeviceName,
  now = new Date(),
  /** The passphrase's scrypt cost (tests lower it; the office default is DEFAULT_SCRYPT). */
  kdf: ScryptParams = DEFAULT_SCRYPT,
): Promise<SyncTarget & { keySheet: Pick<KeyFile, 'workspaceId' | 'key'> }> {
  await mkdir(folder, { recursive: true });
  const entries = (await readdir(folder)).filter((name) => !name.startsWith('.'));
  if (entries.length > 0) throw new IpcError({ code: 'sync-folder-not-empty', detail: folder });
  const made = await createWorkspace(passphrase, kdf).catch(keyError);
  for (const dir of ['devices', 'blobs', 'tmp', 'registry']) await mkdir(join(folder, dir), { recursive: true });
  const target = { folder, workspaceId: made.workspaceId };
  await secrets.saveOfficeKey(made.workspaceId, made.officeKey);
  await writeOwnEntry(folder, await secrets.context(target, device), now);
  // FORMAT.json last: a folder cut off half-way is not a workspace anyone can join.
  await writeFileAtomic(join(folder, 'tmp', `format.${randomUUID()}.tmp`), join(folder, FORMAT_FILE), Buffer.from(JSON.stringify(made.format, null, 2), 'utf8'));
  const sheet = exportKeyFile(made.workspaceId, made.officeKey);
  return { ...target, keySheet: { workspaceId: sheet.workspaceId, key: sheet.key } };
}

/** Joins with the office passphrase or the key sheet; a wrong one changes nothing on this PC or the share. */
export async function joinSyncFolder(
  folder: string,
  secret: { passphrase?: string | undefined; officeKey?: string | undefined },
  secrets: WorkspaceSecrets,
  device: DeviceName,
  now = new Date(),
): Promise<SyncTarget> {
  const format = await readWorkspace(folder);
  const officeKey = await (secret.passphrase !== undefined ? unwrapOfficeKey(format, secret.passphrase) : Promise.resolve().then(() => importKeyFile(secret.officeKey ?? '', format.workspaceId))).catch(keyError);
  const target = { folder, workspaceId: format.workspaceId };
  await secrets.saveOfficeKey(format.workspaceId, officeKey);
  await writeOwnEntry(folder, await secrets.context(target, device), now);
  return target;
}

/** The folder must still be the same workspace: an unmounted share or another office's stick aborts. */
async function checkTarget(target: SyncTarget): Promise<void> {
  const format = await readWorkspace(target.folder);
  if (format.workspaceId !== target.workspaceId) {
    throw new IpcError({ code: 'sync-folder-foreign', detail: 'different workspace' });
  }
}

async function listLogFiles(dir: string) {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, range: parseLogFileName(name) }))
    .filter((f): f is { name: string; range: { firstSeq: number; lastSeq: number } } => f.range !== null)
    .sort((a, b) => a.range.firstSeq - b.range.firstSeq);
}

const logPath = (deviceId: string, name: string) => `devices/${deviceId}/log/${name}`;

/** isRedactionOf for a line of our own file as read (an op an older version wrote may not pass today's schema). */
function isRedaction(original: unknown, replacement: SequencedOp['op']): boolean {
  const parsed = syncOpSchema.safeParse(original);
  return parsed.success && isRedactionOf(parsed.data, replacement);
}

type Quarantined = PullResult['quarantined'][number];

/** One device's op file opened, verified and inflated: its lines, each op still unchecked JSON. */
async function readLogLines(
  deps: FolderTransportDeps,
  ctx: WorkspaceContext,
  registry: Parameters<typeof readSigned>[1],
  share: string,
  deviceId: string,
  file: { name: string; range: { firstSeq: number; lastSeq: number } },
): Promise<{ ok: true; lines: { seq: unknown; op: unknown }[] } | { ok: false; reason: QuarantineReason | 'missing' }> {
  const read = await readSigned(ctx, registry, share, 'op', logPath(deviceId, file.name), deviceId, file.range.lastSeq, SHARE_SIZE_CAPS.op);
  if (!read.ok) return read;
  const inflated = await deps.inflater.gunzip(read.payload, MAX_LOG_TEXT_BYTES);
  if (!inflated.ok) return { ok: false, reason: inflated.reason };
  const decoded = decodeLogText(Buffer.from(inflated.bytes.buffer, inflated.bytes.byteOffset, inflated.bytes.byteLength).toString('utf8'), { deviceId, ...file.range });
  if (!decoded.ok) return { ok: false, reason: decoded.reason === 'not-gzip' ? 'corrupt' : decoded.reason };
  return { ok: true, lines: decoded.lines };
}

/** One device's op file, read with every check; its ops that fail validation are set aside one by one. */
async function readLog(
  deps: FolderTransportDeps,
  ctx: WorkspaceContext,
  registry: Parameters<typeof readSigned>[1],
  share: string,
  deviceId: string,
  file: { name: string; range: { firstSeq: number; lastSeq: number } },
): Promise<{ ok: true; ops: SequencedOp[]; rejected: Omit<Quarantined, 'deviceName'>[] } | { ok: false; reason: QuarantineReason | 'missing' }> {
  const path = logPath(deviceId, file.name);
  const decoded = await readLogLines(deps, ctx, registry, share, deviceId, file);
  if (!decoded.ok) return decoded;
  const ops: SequencedOp[] = [];
  const rejected: Omit<Quarantined, 'deviceName'>[] = [];
  for (const line of decoded.lines) {
    const verdict = validateIncomingOp(line.op, { deviceId });
    if (verdict.ok) ops.push({ seq: line.seq as number, op: verdict.op });
    else {
      const opId = (line.op as { opId?: unknown } | null)?.opId;
      rejected.push({ deviceId, file: path, reason: verdict.reason, ...(typeof opId === 'string' ? { opId: opId.slice(0, 64) } : {}), ...(verdict.field ? { field: verdict.field.slice(0, 64) } : {}) });
    }
  }
  return { ok: true, ops, rejected };
}

export function createFolderTransport(deps: FolderTransportDeps): FolderTransport {
  const now = deps.now ?? (() => new Date());
  const snapshots = createFolderSnapshots(now);
  const shareFs = deps.shareFs ?? nodeShareWriteFs;
  const ownFiles = (target: SyncTarget, deviceId: string): OwnFilesStore => ownFilesStore(ownFilesDir(deps.dataDir, target.workspaceId, deviceId));
  /** Keeps the copy of an own file exactly as the share now holds it (what self-repair writes back). */
  async function keepOwn(target: SyncTarget, deviceId: string, name: string): Promise<void> {
    const path = logPath(deviceId, name);
    const [read, info] = await Promise.all([safeReadFile(target.folder, path, SHARE_SIZE_CAPS.op), lstat(join(target.folder, path))]);
    if (!read.ok) throw new IpcError({ code: 'io-failure', detail: `own file unreadable: ${read.reason}` });
    await ownFiles(target, deviceId).keep(name, read.bytes, { size: info.size, mtimeMs: info.mtimeMs });
  }
  return {
    async publish(target: SyncTarget, request: PublishRequest): Promise<PublishResult> {
      await checkTarget(target);
      const ctx = await deps.context(target);
      // Main signs as its own device only: the renderer cannot publish in another's name.
      if (request.deviceId !== ctx.deviceId) throw new IpcError({ code: 'invalid-payload', detail: 'a device publishes only its own ops' });
      const first = request.ops[0]?.seq ?? 0;
      const last = request.ops[request.ops.length - 1]?.seq ?? 0;
      if (first !== request.publishedThrough + 1 || request.ops.some((o, i) => o.seq !== first + i)) {
        throw new IpcError({ code: 'invalid-payload', detail: 'ops must continue the device sequence without gaps' });
      }
      if (request.ops.some((o) => o.op.deviceId !== request.deviceId)) {
        throw new IpcError({ code: 'invalid-payload', detail: 'a device publishes only its own ops' });
      }
      const { registry } = await readTrustedRegistry(target.folder, ctx);
      if (registry.revocations.has(ctx.deviceId)) throw new IpcError({ code: 'sync-device-revoked', detail: ctx.deviceId });
      // A renewed device id (a restore onto a new PC) admits itself before its first file.
      if (!registry.entries.has(ctx.deviceId)) return this.publish(await admitted(target, ctx), request);
      const logDir = join(target.folder, 'devices', request.deviceId, 'log');
      await asShareWriteErrors(() => mkdir(logDir, { recursive: true }));
      const name = logFileName(first, last);
      for (const file of await listLogFiles(logDir)) {
        if (file.range.lastSeq <= request.publishedThrough) continue;
        const found = await readLog(deps, ctx, registry, target.folder, request.deviceId, file);
        if (!found.ok) {
          // Our own write that never completed, or a file damaged since: ours to replace.
          await asShareWriteErrors(() => withRetries(() => unlink(join(logDir, file.name))));
          continue;
        }
        const sameOps = file.name === name && found.ops.length === request.ops.length && found.ops.every((o, i) => o.op.opId === request.ops[i]?.op.opId);
        // Published before, but the confirmation was lost: keep its copy (it may be the one
        // thing missing) and nothing more to do.
        if (sameOps) {
          await ownFiles(target, request.deviceId).forgetAfter(request.publishedThrough);
          await keepOwn(target, request.deviceId, name);
          return { file: name, firstSeq: first, lastSeq: last };
        }
        // Someone else published past what we believe we published: two workstations share one
        // device id (a copied profile). Refuse rather than fork the history.
        throw new IpcError({ code: 'sync-device-clash', detail: request.deviceId });
      }
      await ownFiles(target, request.deviceId).forgetAfter(request.publishedThrough);
      const path = logPath(request.deviceId, name);
      const bytes = sealSigned(ctx, 'op', path, encodeLogFile(request.deviceId, request.ops, now()), last);
      const tmpDir = join(target.folder, 'tmp');
      // A full or read-only share: a typed error with its Thai text, no temp file left behind,
      // and the renderer keeps the ops unpublished for the next sync.
      await asShareWriteErrors(async () => {
        await mkdir(tmpDir, { recursive: true });
        await writeFileAtomic(join(tmpDir, `${request.deviceId}-${name}.${randomUUID()}.tmp`), join(target.folder, path), bytes, shareFs);
      });
      // Read back what the share really holds, through every check a reader makes, before
      // telling the renderer it is published.
      const check = await readLog(deps, ctx, registry, target.folder, request.deviceId, { name, range: { firstSeq: first, lastSeq: last } });
      // (An op the readers will set aside does not fail the publish: the file is sound, and a
      // device that refused to publish would stop syncing over one bad record.)
      if (!check.ok) throw new IpcError({ code: 'io-failure', detail: `verify failed: ${check.reason}` });
      // The copy self-repair writes back if the share's file is later damaged or deleted, kept
      // before the renderer hears "published" (so every confirmed file has one).
      await keepOwn(target, request.deviceId, name);
      return { file: name, firstSeq: first, lastSeq: last };
    },

    async redactOwnFiles(target: SyncTarget, request: RedactRequest): Promise<RedactResult> {
      await checkTarget(target);
      const ctx = await deps.context(target);
      if (request.deviceId !== ctx.deviceId || request.ops.some((o) => o.op.deviceId !== ctx.deviceId)) {
        throw new IpcError({ code: 'invalid-payload', detail: 'a device redacts only its own ops' });
      }
      const { registry } = await readTrustedRegistry(target.folder, ctx);
      const blobs = await asShareWriteErrors(() => removeBlobsFromFolder(target.folder, ctx, request.blobIds));
      if (!registry.entries.has(ctx.deviceId) || registry.revocations.has(ctx.deviceId)) return { files: 0, blobs };
      const bySeq = new Map(request.ops.map((o) => [o.seq, o]));
      const logDir = join(target.folder, 'devices', ctx.deviceId, 'log');
      let files = 0;
      for (const file of await listLogFiles(logDir)) {
        const replacing = request.ops.filter((o) => o.seq >= file.range.firstSeq && o.seq <= file.range.lastSeq);
        if (replacing.length === 0) continue;
        const found = await readLogLines(deps, ctx, registry, target.folder, ctx.deviceId, file);
        // Damaged since: self-repair puts our copy back at the next sync, then this runs again.
        if (!found.ok) throw new IpcError({ code: 'io-failure', detail: `own file ${file.name} unreadable: ${found.reason}` });
        const lines = found.lines.map((line) => {
          const replacement = typeof line.seq === 'number' ? bySeq.get(line.seq) : undefined;
          if (!replacement) return line as SequencedOp;
          // A renderer may erase fields in its own history, never write anything else into it.
          if (!isRedaction(line.op, replacement.op)) throw new IpcError({ code: 'invalid-payload', detail: `op ${replacement.seq} is not a redaction of the published one` });
          return replacement;
        });
        const path = logPath(ctx.deviceId, file.name);
        const bytes = sealSigned(ctx, 'op', path, encodeLogFile(ctx.deviceId, lines, now()), file.range.lastSeq);
        await asShareWriteErrors(async () => {
          await mkdir(join(target.folder, 'tmp'), { recursive: true });
          await writeFileAtomic(join(target.folder, 'tmp', `${ctx.deviceId}-${file.name}.${randomUUID()}.tmp`), join(target.folder, path), bytes, shareFs);
        });
        const check = await readLog(deps, ctx, registry, target.folder, ctx.deviceId, file);
        if (!check.ok) throw new IpcError({ code: 'io-failure', detail: `verify failed: ${check.reason}` });
        // Self-repair writes back this copy from now on, not the one holding the erased values.
        await keepOwn(target, ctx.deviceId, file.name);
        files += 1;
      }
      return { files, blobs };
    },

    async repairOwnFiles(target: SyncTarget): Promise<OwnFileCheck> {
      await checkTarget(target);
      const ctx = await deps.context(target);
      const { registry } = await readTrustedRegistry(target.folder, ctx);
      // A workstation the office has not admitted yet (or revoked) has nothing to repair.
      if (!registry.entries.has(ctx.deviceId) || registry.revocations.has(ctx.deviceId)) return { checked: 0, repaired: 0, unrepairable: [] };
      return asShareWriteErrors(() =>
        repairOwnFiles({
          share: target.folder,
          deviceId: ctx.deviceId,
          store: ownFiles(target, ctx.deviceId),
          fs: shareFs,
          adopt: async (name, range) => {
            const found = await readLog(deps, ctx, registry, target.folder, ctx.deviceId, { name, range });
            if (!found.ok) return null;
            const read = await safeReadFile(target.folder, logPath(ctx.deviceId, name), SHARE_SIZE_CAPS.op);
            return read.ok ? read.bytes : null;
          },
        }),
      );
    },

    async pull(target: SyncTarget, request: PullRequest): Promise<PullResult> {
      await checkTarget(target);
      const ctx = await deps.context(target);
      const read = await readTrustedRegistry(target.folder, ctx);
      const { registry } = read;
      // A revoked workstation is told so at every sync, not only when it has something to send.
      if (registry.revocations.has(ctx.deviceId)) throw new IpcError({ code: 'sync-device-revoked', detail: ctx.deviceId });
      const nameOf = (deviceId: string) => registry.entries.get(deviceId)?.deviceName.slice(0, 80) ?? deviceId;
      const quarantined: Quarantined[] = read.quarantined.map((q) => ({ ...q, deviceName: nameOf(q.deviceId) }));
      const devicesDir = join(target.folder, 'devices');
      // A folder under devices/ that no admitted device owns is set aside, never read.
      for (const dir of (await readdir(devicesDir).catch(() => [] as string[])).sort()) {
        if (!registry.entries.has(dir)) quarantined.push({ deviceId: dir.slice(0, 64), deviceName: dir.slice(0, 64), file: `devices/${dir.slice(0, 200)}`, reason: 'unknown-device' });
      }
      const deviceIds = [...registry.entries.keys()].filter((d) => DEVICE_DIR.test(d)).sort();
      const batches: PulledBatch[] = [];
      const waiting: PullResult['waiting'] = [];
      const devices: PullResult['devices'] = deviceIds.map((deviceId) => ({ deviceId, deviceName: nameOf(deviceId) }));
      let budget = request.maxOps;
      let more = false;
      for (const deviceId of deviceIds) {
        // Our own files only when asked (after a restore the cursor names us to replay them).
        if (deviceId === request.deviceId && !(deviceId in request.cursor)) continue;
        let next = (request.cursor[deviceId] ?? 0) + 1;
        for (const file of await listLogFiles(join(devicesDir, deviceId, 'log'))) {
          if (file.range.lastSeq < next) continue; // already applied
          if (file.range.firstSeq !== next) break; // a gap: wait for the missing file
          if (budget <= 0) {
            more = true;
            break;
          }
          const log = await readLog(deps, ctx, registry, target.folder, deviceId, file);
          if (!log.ok) {
            // This device's later files wait behind the bad one (their ops build on it); the
            // other devices still sync. The device rewrites a damaged file of its own.
            if (log.reason === 'missing') waiting.push({ deviceId, file: file.name, reason: 'missing' });
            else quarantined.push({ deviceId, deviceName: nameOf(deviceId), file: logPath(deviceId, file.name), reason: log.reason });
            break;
          }
          quarantined.push(...log.rejected.map((q) => ({ ...q, deviceName: nameOf(deviceId) })));
          batches.push({ deviceId, firstSeq: file.range.firstSeq, lastSeq: file.range.lastSeq, ops: log.ops });
          budget -= file.range.lastSeq - file.range.firstSeq + 1;
          next = file.range.lastSeq + 1;
        }
      }
      return { batches, devices, waiting, quarantined, more };
    },

    async uploadBlobs(target, ids, local, known) {
      await checkTarget(target);
      const ctx = await deps.context(target);
      return asShareWriteErrors(() => uploadBlobsToFolder(target.folder, ctx, ids, local, known));
    },

    async fetchBlobs(target, ids, local, known) {
      await checkTarget(target);
      return fetchBlobsFromFolder(target.folder, await deps.context(target), ids, local, known);
    },

    async writeSnapshotPart(target, part) {
      await checkTarget(target);
      const ctx = await deps.context(target);
      return asShareWriteErrors(() => snapshots.writePart(target.folder, ctx, part));
    },

    async commitSnapshot(target, commit) {
      await checkTarget(target);
      const ctx = await deps.context(target);
      const { registry } = await readTrustedRegistry(target.folder, ctx);
      return asShareWriteErrors(() => snapshots.commit(target.folder, ctx, registry, commit));
    },

    async listSnapshots(target) {
      await checkTarget(target);
      const ctx = await deps.context(target);
      const { registry } = await readTrustedRegistry(target.folder, ctx);
      return asIpcErrors(() => snapshots.list(target.folder, ctx, registry));
    },

    async openSnapshot(target, key) {
      await checkTarget(target);
      const ctx = await deps.context(target);
      const { registry } = await readTrustedRegistry(target.folder, ctx);
      return asIpcErrors(() => snapshots.open(target.folder, ctx, registry, key));
    },

    async readSnapshotPart(target, key, index) {
      await checkTarget(target);
      const ctx = await deps.context(target);
      const { registry } = await readTrustedRegistry(target.folder, ctx);
      return asIpcErrors(() => snapshots.readPart(target.folder, ctx, registry, key, index));
    },
  };
}
