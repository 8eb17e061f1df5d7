import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseLogFileName } from './log-file';

/**
 * This workstation's own published op files, kept in its data folder (docs/SYNC-FORMAT.md
 * "Local files"): for each file it published, the exact sealed bytes it wrote to the share and
 * what the share's copy looked like when last seen whole (size, modification time, SHA-256).
 *
 * Why a copy of the sealed bytes and not a rebuild from the outbox: a file that other
 * workstations already applied must come back with exactly the same ops under exactly the same
 * sequence numbers, and the outbox does not record which publication each op went into (a
 * restore or a chunked first sync numbers them differently from the outbox keys). The copy is
 * the file itself, so a repaired file is byte-for-byte what the readers already consumed.
 * Cost: the compressed, encrypted ops once more on the local disk (a few MB a year).
 */
export interface OwnFileRecord {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface OwnFilesStore {
  /** Every own file recorded so far, by its name (`<first>-<last>.ndjson.gz`). */
  load(): Promise<Map<string, OwnFileRecord>>;
  /** Keeps `bytes` as the copy of `name` and records how the share's file looked. */
  keep(name: string, bytes: Uint8Array, seen: { size: number; mtimeMs: number }): Promise<void>;
  /** Updates what the share's (unchanged) file looks like now: it was copied or touched. */
  seen(updates: ReadonlyMap<string, { size: number; mtimeMs: number }>): Promise<void>;
  /**
   * Forgets the files past `seq`: the renderer says it never confirmed them, so they were
   * replaced by a batch cut differently (a crash between publish and confirmation). Putting one
   * back would overlap its replacement and stall every reader.
   */
  forgetAfter(seq: number): Promise<void>;
  /** The kept copy, only when it still matches its recorded hash; null when lost or damaged. */
  copyOf(name: string): Promise<Buffer | null>;
}

interface IndexFile {
  version: 1;
  files: Record<string, OwnFileRecord>;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Where a device's own files of one workspace are kept, under the app's data folder. */
export function ownFilesDir(dataDir: string, workspaceId: string, deviceId: string): string {
  return join(dataDir, 'sync-own-files', workspaceId, deviceId);
}

async function writeLocalAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export function ownFilesStore(dir: string): OwnFilesStore {
  const indexPath = join(dir, 'index.json');
  const copyPath = (name: string) => join(dir, 'files', name);
  // One index update at a time (a publish and a repair of the same device may overlap in main).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(action: () => Promise<T>): Promise<T> => {
    const run = queue.then(action, action);
    queue = run.catch(() => undefined);
    return run;
  };

  async function readIndex(): Promise<Map<string, OwnFileRecord>> {
    let parsed: IndexFile;
    try {
      parsed = JSON.parse(await readFile(indexPath, 'utf8')) as IndexFile;
    } catch {
      // No index yet (or a damaged one): every own file on the share is adopted again.
      return new Map();
    }
    const out = new Map<string, OwnFileRecord>();
    for (const [name, rec] of Object.entries(parsed.files ?? {})) {
      if (parseLogFileName(name) && typeof rec?.size === 'number' && typeof rec.mtimeMs === 'number' && typeof rec.sha256 === 'string') out.set(name, rec);
    }
    return out;
  }

  async function writeIndex(files: Map<string, OwnFileRecord>): Promise<void> {
    await mkdir(dir, { recursive: true });
    const body: IndexFile = { version: 1, files: Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b))) };
    await writeLocalAtomic(indexPath, JSON.stringify(body));
  }

  return {
    load: () => serial(readIndex),
    keep: (name, bytes, seen) =>
      serial(async () => {
        await mkdir(join(dir, 'files'), { recursive: true });
        // The copy before the index entry: an entry always has its copy.
        await writeLocalAtomic(copyPath(name), bytes);
        const files = await readIndex();
        files.set(name, { size: seen.size, mtimeMs: seen.mtimeMs, sha256: sha256Of(bytes) });
        await writeIndex(files);
      }),
    seen: (updates) =>
      serial(async () => {
        if (updates.size === 0) return;
        const files = await readIndex();
        for (const [name, stat] of updates) {
          const rec = files.get(name);
          if (rec) files.set(name, { ...rec, ...stat });
        }
        await writeIndex(files);
      }),
    forgetAfter: (seq) =>
      serial(async () => {
        const files = await readIndex();
        const stale = [...files.keys()].filter((name) => (parseLogFileName(name)?.lastSeq ?? 0) > seq);
        if (stale.length === 0) return;
        for (const name of stale) files.delete(name);
        await writeIndex(files);
        await Promise.all(stale.map((name) => rm(copyPath(name), { force: true })));
      }),
    copyOf: async (name) => {
      const rec = (await readIndex()).get(name);
      if (!rec) return null;
      const bytes = await readFile(copyPath(name)).catch(() => null);
      return bytes && sha256Of(bytes) === rec.sha256 ? bytes : null;
    },
  };
}
