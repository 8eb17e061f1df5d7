import { createHash, randomUUID } from 'node:crypto';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { IpcError } from '../../shared/ipc/errors';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_PART_CHARS,
  snapshotManifestSchema,
  type SnapshotCandidate,
  type SnapshotManifest,
  type SnapshotOpened,
} from '../../shared/sync/snapshot-format';
import type { SnapshotCommit, SnapshotPartWrite } from '../../shared/sync/transport';
import type { Registry } from '../workspace/registry';
import { safeReadFile } from '../workspace/safe-read';
import { open, seal } from '../workspace/sealed-file';
import { writeFileAtomic } from './atomic-file';
import { readSignedWithSeq, sealSigned } from './share-files';
import type { WorkspaceContext } from './workspace-context';

/**
 * Snapshots in the share (format in shared/sync/snapshot-format.ts), sealed like everything the
 * app writes there. Parts are sealed with the office key at their path; the manifest, written
 * LAST, is sealed and signed by the device that made the snapshot and names every part's
 * SHA-256 (of the sealed file). So a reader trusts a part only through a manifest its device
 * signed, and a snapshot is whole and verified or ignored (the next one, or the logs, are used).
 * A snapshot of a ten-year office is never one string or one buffer, in main or in the renderer.
 *
 * The signature's sequence is the device's own position in the snapshot's vector: a revoked
 * device's snapshots past its cut-off are refused like its op files.
 */
const MANIFEST = 'MANIFEST.json';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const V3_KEY = new RegExp(`^3/(${UUID})/(${UUID})$`);
const DEVICE_DIR = new RegExp(`^${UUID}$`);
/** A part holds ≤ SNAPSHOT_PART_CHARS characters, ≤ 3 bytes each in UTF-8, plus the seal; bigger is not ours. */
const MAX_PART_BYTES = SNAPSHOT_PART_CHARS * 3 + 4096;
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

const partFileName = (index: number, table: string) => `${String(index).padStart(6, '0')}-${table}.ndjson.gz`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const dirOf = (deviceId: string, snapshotId: string) => `snapshots/${deviceId}/${snapshotId}`;

async function isDir(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null))?.isDirectory() ?? false;
}

function parseManifest(bytes: Uint8Array): SnapshotManifest | null {
  try {
    const parsed = snapshotManifestSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function createFolderSnapshots(now: () => Date) {
  /** The manifest of deviceId/snapshotId, only when sealed, signed by that device and about itself. */
  async function readManifest(folder: string, ctx: WorkspaceContext, registry: Registry, deviceId: string, snapshotId: string): Promise<SnapshotManifest | null> {
    const read = await readSignedWithSeq(ctx, registry, folder, 'snapshot', `${dirOf(deviceId, snapshotId)}/${MANIFEST}`, deviceId, (payload) => parseManifest(payload)?.vector[deviceId] ?? null, MAX_MANIFEST_BYTES);
    if (!read.ok) return null;
    const manifest = parseManifest(read.payload);
    return manifest && manifest.deviceId === deviceId && manifest.snapshotId === snapshotId ? manifest : null;
  }

  return {
    async writePart(folder: string, ctx: WorkspaceContext, part: SnapshotPartWrite): Promise<{ sha256: string; bytes: number }> {
      if (part.deviceId !== ctx.deviceId) throw new IpcError({ code: 'invalid-payload', detail: 'a device writes only its own snapshots' });
      const dir = dirOf(part.deviceId, part.snapshotId);
      await mkdir(join(folder, dir), { recursive: true });
      await mkdir(join(folder, 'tmp'), { recursive: true });
      const path = `${dir}/${partFileName(part.index, part.table)}`;
      const bytes = seal(ctx.officeKey, { workspaceId: ctx.workspaceId, kind: 'snapshot', path }, gzipSync(part.ndjsonUtf8));
      const tmp = join(folder, 'tmp', `snapshot-${part.snapshotId}-${part.index}.${randomUUID()}.tmp`);
      await writeFileAtomic(tmp, join(folder, path), bytes);
      return { sha256: sha256(bytes), bytes: bytes.byteLength };
    },

    async commit(folder: string, ctx: WorkspaceContext, registry: Registry, commit: SnapshotCommit): Promise<{ covered: number }> {
      if (commit.deviceId !== ctx.deviceId) throw new IpcError({ code: 'invalid-payload', detail: 'a device writes only its own snapshots' });
      const deviceDir = join(folder, 'snapshots', commit.deviceId);
      const dir = dirOf(commit.deviceId, commit.snapshotId);
      const parts = [...commit.parts].sort((a, b) => a.index - b.index);
      if (parts.some((p, i) => p.index !== i)) throw new IpcError({ code: 'invalid-payload', detail: 'snapshot parts must be numbered 0, 1, 2 … without gaps' });
      for (const p of parts) {
        const info = await lstat(join(folder, dir, partFileName(p.index, p.table))).catch(() => null);
        if (!info?.isFile() || info.size !== p.bytes) throw new IpcError({ code: 'damaged-file', detail: `snapshot part ${p.index} is not as written` });
      }
      const covered = Object.values(commit.vector).reduce((sum, n) => sum + n, 0);
      const manifest: SnapshotManifest = {
        format: SNAPSHOT_FORMAT,
        formatVersion: SNAPSHOT_FORMAT_VERSION,
        snapshotId: commit.snapshotId,
        deviceId: commit.deviceId,
        createdAt: now().toISOString(),
        schemaVersion: commit.schemaVersion,
        vector: { [commit.deviceId]: 0, ...commit.vector },
        covered,
        parts: parts.map((p) => ({ table: p.table, rows: p.rows, file: partFileName(p.index, p.table), sha256: p.sha256, bytes: p.bytes })),
      };
      const path = `${dir}/${MANIFEST}`;
      const sealed = sealSigned(ctx, 'snapshot', path, Buffer.from(JSON.stringify(manifest), 'utf8'), manifest.vector[commit.deviceId] ?? 0);
      await writeFileAtomic(join(folder, 'tmp', `snapshot-${commit.snapshotId}-manifest.${randomUUID()}.tmp`), join(folder, path), sealed);
      // Keep the previous complete snapshot too: if the new one is damaged later, others fall
      // back to it rather than to years of log files. Older ones and unfinished writes go.
      const others: { name: string; covered: number }[] = [];
      for (const name of await readdir(deviceDir).catch(() => [] as string[])) {
        if (name === commit.snapshotId || !DEVICE_DIR.test(name)) continue;
        const other = await readManifest(folder, ctx, registry, commit.deviceId, name);
        others.push({ name, covered: other ? other.covered : -1 });
      }
      others.sort((a, b) => b.covered - a.covered);
      const keep = commit.replaceAll ? undefined : others.find((o) => o.covered >= 0);
      for (const other of others) {
        if (other !== keep) await rm(join(deviceDir, other.name), { recursive: true, force: true }).catch(() => undefined);
      }
      return { covered };
    },

    /** Snapshots whose manifest opens and verifies, the one covering the most ops first. */
    async list(folder: string, ctx: WorkspaceContext, registry: Registry): Promise<SnapshotCandidate[]> {
      const root = join(folder, 'snapshots');
      const found: SnapshotCandidate[] = [];
      for (const deviceId of await readdir(root).catch(() => [] as string[])) {
        if (!DEVICE_DIR.test(deviceId) || !registry.entries.has(deviceId) || !(await isDir(join(root, deviceId)))) continue;
        for (const snapshotId of await readdir(join(root, deviceId)).catch(() => [] as string[])) {
          if (!DEVICE_DIR.test(snapshotId)) continue;
          const manifest = await readManifest(folder, ctx, registry, deviceId, snapshotId);
          if (manifest) found.push({ key: `3/${deviceId}/${snapshotId}`, deviceId, covered: manifest.covered });
        }
      }
      return found.sort((a, b) => b.covered - a.covered);
    },

    async open(folder: string, ctx: WorkspaceContext, registry: Registry, key: string): Promise<SnapshotOpened | null> {
      const v3 = V3_KEY.exec(key);
      if (!v3) return null;
      const manifest = await readManifest(folder, ctx, registry, v3[1] ?? '', v3[2] ?? '');
      if (!manifest) return null;
      return { key, deviceId: manifest.deviceId, schemaVersion: manifest.schemaVersion, vector: manifest.vector, parts: manifest.parts.map(({ table, rows }) => ({ table, rows })) };
    },

    /** One part, gzip, after its sealed bytes match the signed manifest and open; null otherwise. */
    async readPart(folder: string, ctx: WorkspaceContext, registry: Registry, key: string, index: number): Promise<Uint8Array<ArrayBuffer> | null> {
      const v3 = V3_KEY.exec(key);
      if (!v3) return null;
      const manifest = await readManifest(folder, ctx, registry, v3[1] ?? '', v3[2] ?? '');
      const part = manifest?.parts[index];
      if (!part) return null;
      const path = `${dirOf(v3[1] ?? '', v3[2] ?? '')}/${part.file}`;
      const read = await safeReadFile(folder, path, MAX_PART_BYTES);
      if (!read.ok || read.bytes.byteLength !== part.bytes || sha256(read.bytes) !== part.sha256) return null;
      const opened = open(ctx.officeKey, { workspaceId: ctx.workspaceId, kind: 'snapshot', path }, read.bytes, MAX_PART_BYTES);
      // Verified here, sent compressed: a tenth of the bytes on IPC; the renderer inflates it.
      return opened.ok ? new Uint8Array(opened.plaintext) : null;
    },
  };
}
