import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { IpcError } from '../../shared/ipc/errors';
import type {
  PublishRequest,
  PublishResult,
  PullRequest,
  PullResult,
  PulledBatch,
  SyncTarget,
  SyncTransport,
} from '../../shared/sync/transport';
import { withRetries, writeFileAtomic } from './atomic-file';
import { decodeLogFile, encodeLogFile, logFileName, parseLogFileName } from './log-file';
import { asIpcErrors } from '../files/fs-errors';
import { fetchBlobsFromFolder, uploadBlobsToFolder } from './folder-blobs';
import { createFolderSnapshots } from './folder-snapshots';

/**
 * The built-in sync target: a folder every workstation can reach (an SMB share or a USB
 * stick). Each device writes only under `devices/<its id>/`, files are immutable once
 * published, and nothing is ever inferred from a missing file (DESIGN.md §5).
 */
export const FORMAT_FILE = 'FORMAT.json';
export const FORMAT_NAME = 'pr-desk-sync';

const formatSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(1),
  workspaceId: z.string().uuid(),
  createdAt: z.string(),
});

const DEVICE_DIR = /^[0-9a-f-]{36}$/;

export interface FolderTransportDeps {
  now?: () => Date;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads FORMAT.json; a missing folder or marker is refused, never silently recreated. */
export async function readWorkspace(folder: string): Promise<z.infer<typeof formatSchema>> {
  if (!(await isDirectory(folder))) throw new IpcError({ code: 'sync-folder-missing', detail: folder });
  let text: string;
  try {
    text = await readFile(join(folder, FORMAT_FILE), 'utf8');
  } catch {
    throw new IpcError({ code: 'sync-folder-foreign', detail: 'no FORMAT.json' });
  }
  const parsed = formatSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new IpcError({ code: 'sync-folder-foreign', detail: 'FORMAT.json not ours' });
  return parsed.data;
}

/** "สร้างโฟลเดอร์ซิงค์ใหม่": only into an empty folder, so an existing share is never taken over. */
export async function createSyncFolder(folder: string, now = new Date()): Promise<SyncTarget> {
  await mkdir(folder, { recursive: true });
  const entries = (await readdir(folder)).filter((name) => !name.startsWith('.'));
  if (entries.length > 0) throw new IpcError({ code: 'sync-folder-not-empty', detail: folder });
  const format = { format: FORMAT_NAME, formatVersion: 1 as const, workspaceId: randomUUID(), createdAt: now.toISOString() };
  await mkdir(join(folder, 'devices'), { recursive: true });
  await mkdir(join(folder, 'blobs'), { recursive: true });
  await mkdir(join(folder, 'tmp'), { recursive: true });
  await writeFile(join(folder, FORMAT_FILE), JSON.stringify(format, null, 2), 'utf8');
  return { folder, workspaceId: format.workspaceId };
}

export async function joinSyncFolder(folder: string): Promise<SyncTarget> {
  const format = await readWorkspace(folder);
  return { folder, workspaceId: format.workspaceId };
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

export function createFolderTransport({ now = () => new Date() }: FolderTransportDeps = {}): SyncTransport {
  const snapshots = createFolderSnapshots(now);
  return {
    async publish(target: SyncTarget, request: PublishRequest): Promise<PublishResult> {
      await checkTarget(target);
      const first = request.ops[0]?.seq ?? 0;
      const last = request.ops[request.ops.length - 1]?.seq ?? 0;
      if (first !== request.publishedThrough + 1 || request.ops.some((o, i) => o.seq !== first + i)) {
        throw new IpcError({ code: 'invalid-payload', detail: 'ops must continue the device sequence without gaps' });
      }
      if (request.ops.some((o) => o.op.deviceId !== request.deviceId)) {
        throw new IpcError({ code: 'invalid-payload', detail: 'a device publishes only its own ops' });
      }
      const deviceDir = join(target.folder, 'devices', request.deviceId);
      const logDir = join(deviceDir, 'log');
      await mkdir(logDir, { recursive: true });
      const name = logFileName(first, last);
      for (const file of await listLogFiles(logDir)) {
        if (file.range.lastSeq <= request.publishedThrough) continue;
        const found = decodeLogFile(await readFile(join(logDir, file.name)), { deviceId: request.deviceId, ...file.range });
        if (!found.ok) {
          // Our own write that never completed (power cut after the rename): replace it.
          await withRetries(() => unlink(join(logDir, file.name)));
          continue;
        }
        const sameOps = file.name === name && found.ops.every((o, i) => o.op.opId === request.ops[i]?.op.opId);
        // Published before, but the confirmation was lost: nothing more to do.
        if (sameOps) return { file: name, firstSeq: first, lastSeq: last };
        // Someone else published past what we believe we published: two workstations share one
        // device id (a copied profile). Refuse rather than fork the history.
        throw new IpcError({ code: 'sync-device-clash', detail: request.deviceId });
      }
      const finalPath = join(logDir, name);
      const bytes = encodeLogFile(request.deviceId, request.ops, now());
      const tmpDir = join(target.folder, 'tmp');
      await mkdir(tmpDir, { recursive: true });
      await writeFileAtomic(join(tmpDir, `${request.deviceId}-${name}.${randomUUID()}.tmp`), finalPath, bytes);
      // Read back what the share really holds before telling the renderer it is published.
      const check = decodeLogFile(await withRetries(() => readFile(finalPath)), { deviceId: request.deviceId, firstSeq: first, lastSeq: last });
      if (!check.ok) throw new IpcError({ code: 'io-failure', detail: `verify failed: ${check.reason}` });
      await writeFile(
        join(deviceDir, 'DEVICE.json'),
        JSON.stringify({ deviceId: request.deviceId, deviceName: request.deviceName, updatedAt: now().toISOString() }),
        'utf8',
      ).catch(() => undefined); // the name is cosmetic; never fail a publish over it
      return { file: name, firstSeq: first, lastSeq: last };
    },

    async pull(target: SyncTarget, request: PullRequest): Promise<PullResult> {
      await checkTarget(target);
      const devicesDir = join(target.folder, 'devices');
      const deviceIds = (await readdir(devicesDir).catch(() => [] as string[])).filter((d) => DEVICE_DIR.test(d)).sort();
      const batches: PulledBatch[] = [];
      const waiting: PullResult['waiting'] = [];
      const devices: PullResult['devices'] = [];
      let budget = request.maxOps;
      let more = false;
      for (const deviceId of deviceIds) {
        const name = await readFile(join(devicesDir, deviceId, 'DEVICE.json'), 'utf8')
          .then((t) => {
            const named = (JSON.parse(t) as { deviceName?: unknown }).deviceName;
            return typeof named === 'string' && named.length > 0 ? named : deviceId;
          })
          .catch(() => deviceId);
        devices.push({ deviceId, deviceName: name.slice(0, 80) });
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
          const bytes = await readFile(join(devicesDir, deviceId, 'log', file.name)).catch(() => null);
          const decoded = bytes ? decodeLogFile(bytes, { deviceId, ...file.range }) : { ok: false as const, reason: 'unreadable' };
          if (!decoded.ok) {
            waiting.push({ deviceId, file: file.name, reason: decoded.reason });
            break;
          }
          batches.push({ deviceId, firstSeq: file.range.firstSeq, lastSeq: file.range.lastSeq, ops: decoded.ops });
          budget -= decoded.ops.length;
          next = file.range.lastSeq + 1;
        }
      }
      return { batches, devices, waiting, more };
    },

    async uploadBlobs(target, ids, local, known) {
      await checkTarget(target);
      return uploadBlobsToFolder(target.folder, ids, local, known);
    },

    async fetchBlobs(target, ids, local, known) {
      await checkTarget(target);
      return fetchBlobsFromFolder(target.folder, ids, local, known);
    },

    async writeSnapshotPart(target, part) {
      await checkTarget(target);
      return asIpcErrors(() => snapshots.writePart(target.folder, part));
    },

    async commitSnapshot(target, commit) {
      await checkTarget(target);
      return asIpcErrors(() => snapshots.commit(target.folder, commit));
    },

    async listSnapshots(target) {
      await checkTarget(target);
      return asIpcErrors(() => snapshots.list(target.folder));
    },

    async openSnapshot(target, key) {
      await checkTarget(target);
      return asIpcErrors(() => snapshots.open(target.folder, key));
    },

    async readSnapshotPart(target, key, index) {
      await checkTarget(target);
      return asIpcErrors(() => snapshots.readPart(target.folder, key, index));
    },
  };
}
