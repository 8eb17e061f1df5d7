import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { IpcError } from '../../shared/ipc/errors';
import { compactRecordState, type CompactRecordState } from '../../shared/sync/snapshot-codec';
import type { RecordState } from '../../shared/sync/merge';
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
import { writeFileAtomic } from './atomic-file';
import { decodeSnapshot } from './snapshot-file';

/**
 * Snapshots in the share (format in shared/sync/snapshot-format.ts). Written part by part, the
 * manifest last; read part by part, each verified against the manifest's SHA-256. A snapshot of
 * a ten-year office is never one string or one buffer, in main or in the renderer.
 */
const MANIFEST = 'MANIFEST.json';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const V3_KEY = new RegExp(`^3/(${UUID})/(${UUID})$`);
const LEGACY_KEY = new RegExp(`^1/(${UUID})$`);
const LEGACY_FILE = new RegExp(`^(${UUID})\\.json\\.gz$`);
const DEVICE_DIR = new RegExp(`^${UUID}$`);
/** A part holds ≤ SNAPSHOT_PART_CHARS characters, ≤ 3 bytes each in UTF-8; anything bigger is not ours. */
const MAX_PART_BYTES = SNAPSHOT_PART_CHARS * 3 + 1024;
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

const partFileName = (index: number, table: string) => `${String(index).padStart(6, '0')}-${table}.ndjson.gz`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function isDir(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null))?.isDirectory() ?? false;
}

/** A regular file's bytes, or null when absent, not a regular file (symlink, FIFO) or too big. */
async function readRegularFile(path: string, maxBytes: number): Promise<Buffer | null> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isFile() || info.size > maxBytes) return null;
  return readFile(path).catch(() => null);
}

async function readManifest(dir: string): Promise<SnapshotManifest | null> {
  const bytes = await readRegularFile(join(dir, MANIFEST), MAX_MANIFEST_BYTES);
  if (!bytes) return null;
  try {
    const parsed = snapshotManifestSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The header line of a format-1 container, streamed: the rest (hundreds of MB) is not read. */
async function readLegacyHeader(path: string): Promise<{ deviceId: string; covered: number } | null> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return new Promise((resolve) => {
    let text = '';
    const stream = createReadStream(path).pipe(createGunzip());
    const finish = (value: { deviceId: string; covered: number } | null) => {
      stream.destroy();
      resolve(value);
    };
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const end = text.indexOf('\n');
      if (end < 0 && text.length < 4096) return;
      try {
        const header = JSON.parse(text.slice(0, end)) as { formatVersion?: unknown; deviceId?: unknown; covered?: unknown };
        const ok = header.formatVersion === 1 && typeof header.deviceId === 'string' && typeof header.covered === 'number';
        finish(ok ? { deviceId: header.deviceId as string, covered: header.covered as number } : null);
      } catch {
        finish(null);
      }
    });
    stream.on('error', () => finish(null));
    stream.on('end', () => finish(null));
  });
}

interface LegacyRecord {
  table?: unknown;
  recordId?: unknown;
  state?: unknown;
  s?: unknown;
}

/**
 * A format-1 container (JSON of snapshot version 1 or 2) cut into format-3 parts, so the renderer
 * applies old and new snapshots the same way. Only old snapshots pay for holding one string.
 */
function legacyToParts(json: string): { opened: Omit<SnapshotOpened, 'key'>; ndjson: string[] } | null {
  let parsed: { formatVersion?: unknown; schemaVersion?: unknown; deviceId?: unknown; vector?: unknown; records?: unknown };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch {
    return null;
  }
  const { formatVersion, schemaVersion, deviceId, vector, records } = parsed;
  if ((formatVersion !== 1 && formatVersion !== 2) || typeof schemaVersion !== 'number' || typeof deviceId !== 'string') return null;
  if (!vector || typeof vector !== 'object' || !Array.isArray(records)) return null;
  const byTable = new Map<string, string[]>();
  for (const record of records as LegacyRecord[]) {
    if (typeof record.table !== 'string' || typeof record.recordId !== 'string') continue;
    const s = formatVersion === 1 ? (record.state ? compactRecordState(record.state as RecordState) : null) : (record.s as CompactRecordState | undefined);
    if (!s) continue;
    const lines = byTable.get(record.table) ?? [];
    lines.push(JSON.stringify({ r: record.recordId, s }));
    byTable.set(record.table, lines);
  }
  const parts: SnapshotOpened['parts'] = [];
  const ndjson: string[] = [];
  for (const [table, lines] of byTable) {
    let chunk: string[] = [];
    let chars = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      parts.push({ table, rows: chunk.length });
      ndjson.push(`${chunk.join('\n')}\n`);
      chunk = [];
      chars = 0;
    };
    for (const line of lines) {
      if (chars + line.length + 1 > SNAPSHOT_PART_CHARS) flush();
      chunk.push(line);
      chars += line.length + 1;
    }
    flush();
  }
  return { opened: { deviceId, schemaVersion, vector: vector as Record<string, number>, parts }, ndjson };
}

export function createFolderSnapshots(now: () => Date) {
  // The last legacy snapshot opened, converted: its parts are read one by one right after.
  let legacy: { key: string; ndjson: string[] } | null = null;

  return {
    async writePart(folder: string, part: SnapshotPartWrite): Promise<{ sha256: string; bytes: number }> {
      const dir = join(folder, 'snapshots', part.deviceId, part.snapshotId);
      await mkdir(dir, { recursive: true });
      await mkdir(join(folder, 'tmp'), { recursive: true });
      const bytes = gzipSync(Buffer.from(part.ndjson, 'utf8'));
      const tmp = join(folder, 'tmp', `snapshot-${part.snapshotId}-${part.index}.${randomUUID()}.tmp`);
      await writeFileAtomic(tmp, join(dir, partFileName(part.index, part.table)), bytes);
      return { sha256: sha256(bytes), bytes: bytes.byteLength };
    },

    async commit(folder: string, commit: SnapshotCommit): Promise<{ covered: number }> {
      const deviceDir = join(folder, 'snapshots', commit.deviceId);
      const dir = join(deviceDir, commit.snapshotId);
      const parts = [...commit.parts].sort((a, b) => a.index - b.index);
      if (parts.some((p, i) => p.index !== i)) throw new IpcError({ code: 'invalid-payload', detail: 'snapshot parts must be numbered 0, 1, 2 … without gaps' });
      for (const p of parts) {
        const info = await lstat(join(dir, partFileName(p.index, p.table))).catch(() => null);
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
        vector: commit.vector,
        covered,
        parts: parts.map((p) => ({ table: p.table, rows: p.rows, file: partFileName(p.index, p.table), sha256: p.sha256, bytes: p.bytes })),
      };
      const tmp = join(folder, 'tmp', `snapshot-${commit.snapshotId}-manifest.${randomUUID()}.tmp`);
      await writeFileAtomic(tmp, join(dir, MANIFEST), Buffer.from(JSON.stringify(manifest), 'utf8'));
      // Keep the previous complete snapshot too: if the new one is damaged later, others fall
      // back to it rather than to years of log files. Older ones and unfinished writes go.
      const others: { name: string; covered: number }[] = [];
      for (const name of await readdir(deviceDir).catch(() => [] as string[])) {
        if (name === commit.snapshotId || !DEVICE_DIR.test(name)) continue;
        const other = await readManifest(join(deviceDir, name));
        others.push({ name, covered: other ? other.covered : -1 });
      }
      others.sort((a, b) => b.covered - a.covered);
      const keep = others.find((o) => o.covered >= 0);
      for (const other of others) {
        if (other !== keep) await rm(join(deviceDir, other.name), { recursive: true, force: true }).catch(() => undefined);
      }
      return { covered };
    },

    async list(folder: string): Promise<SnapshotCandidate[]> {
      const root = join(folder, 'snapshots');
      const found: (SnapshotCandidate & { format: number })[] = [];
      for (const name of await readdir(root).catch(() => [] as string[])) {
        const legacyMatch = LEGACY_FILE.exec(name);
        if (legacyMatch) {
          const header = await readLegacyHeader(join(root, name));
          if (header && header.deviceId === legacyMatch[1]) found.push({ key: `1/${header.deviceId}`, deviceId: header.deviceId, covered: header.covered, format: 1 });
          continue;
        }
        if (!DEVICE_DIR.test(name) || !(await isDir(join(root, name)))) continue;
        for (const snapshotId of await readdir(join(root, name)).catch(() => [] as string[])) {
          if (!DEVICE_DIR.test(snapshotId)) continue;
          const manifest = await readManifest(join(root, name, snapshotId));
          if (manifest && manifest.deviceId === name && manifest.snapshotId === snapshotId) {
            found.push({ key: `3/${name}/${snapshotId}`, deviceId: name, covered: manifest.covered, format: 3 });
          }
        }
      }
      found.sort((a, b) => b.covered - a.covered || b.format - a.format);
      return found.map(({ key, deviceId, covered }) => ({ key, deviceId, covered }));
    },

    async open(folder: string, key: string): Promise<SnapshotOpened | null> {
      const v3 = V3_KEY.exec(key);
      if (v3) {
        const manifest = await readManifest(join(folder, 'snapshots', v3[1] ?? '', v3[2] ?? ''));
        if (!manifest || manifest.deviceId !== v3[1] || manifest.snapshotId !== v3[2]) return null;
        return { key, deviceId: manifest.deviceId, schemaVersion: manifest.schemaVersion, vector: manifest.vector, parts: manifest.parts.map(({ table, rows }) => ({ table, rows })) };
      }
      const old = LEGACY_KEY.exec(key);
      if (!old) return null;
      const bytes = await readRegularFile(join(folder, 'snapshots', `${old[1]}.json.gz`), Number.MAX_SAFE_INTEGER);
      const decoded = bytes ? decodeSnapshot(bytes) : null;
      const converted = decoded ? legacyToParts(decoded.json) : null;
      if (!converted) return null;
      legacy = { key, ndjson: converted.ndjson };
      return { key, ...converted.opened };
    },

    async readPart(folder: string, key: string, index: number): Promise<string | null> {
      const v3 = V3_KEY.exec(key);
      if (!v3) return legacy?.key === key ? (legacy.ndjson[index] ?? null) : null;
      const dir = join(folder, 'snapshots', v3[1] ?? '', v3[2] ?? '');
      const manifest = await readManifest(dir);
      const part = manifest?.parts[index];
      if (!part) return null;
      const bytes = await readRegularFile(join(dir, part.file), MAX_PART_BYTES);
      if (!bytes || bytes.byteLength !== part.bytes || sha256(bytes) !== part.sha256) return null;
      try {
        return gunzipSync(bytes, { maxOutputLength: MAX_PART_BYTES }).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
