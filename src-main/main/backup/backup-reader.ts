import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { BackupPreview } from '../../shared/ipc/channels/backup';
import { IpcError } from '../../shared/ipc/errors';
import type { BlobStore } from '../blobs/blob-store';
import { toIpcError } from '../files/fs-errors';
import type { BackupFs } from './backup-fs';
import { hashBlobList, readBlobList } from './blob-list';
import { gunzipCapped, sha256Of } from './gzip';
import { BLOB_LIST_FILE, TABLES_DIR, type BackupLayout } from './layout';
import type { Pins } from './pins';
import { infoOf, readSet, type BackupSet } from './sets';

/** A part is at most BACKUP_PART_CHARS characters (≤ 4 bytes each in UTF-8) plus slack. */
export const MAX_PART_BYTES = 4_000_000 * 4 + 1024;

export interface BackupReaderDeps {
  fs: BackupFs;
  layout: BackupLayout;
  local: BlobStore;
  backupStore: BlobStore;
  pins: Pins;
}

async function hashFileOrNull(path: string): Promise<string | null> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

interface RestoreRun {
  ids: AsyncIterator<string>;
  done: number;
  total: number;
  bytes: number;
}

/**
 * Reading a backup back: the preview (every record part hashed, every listed blob looked for),
 * one verified part at a time, and the blobs copied back into this workstation's store, each
 * checked against its hash. Nothing here changes a backup.
 */
export function createBackupReader(deps: BackupReaderDeps) {
  const { fs, layout } = deps;
  const restoring = new Map<string, RestoreRun>();

  async function setOrThrow(name: string): Promise<BackupSet> {
    const set = await readSet(fs, layout, name);
    if (!set) throw new IpcError({ code: 'not-found', detail: name });
    return set;
  }

  return {
    async open(name: string): Promise<BackupPreview> {
      try {
        const set = await setOrThrow(name);
        deps.pins.pin(name); // being looked at: likely restored next
        const dir = layout.setDir(name);
        const tables: BackupPreview['tables'] = [];
        for (const [table, { rows, parts }] of Object.entries(set.manifest.tables)) {
          let damagedParts = 0;
          for (const part of parts) {
            if ((await hashFileOrNull(join(dir, TABLES_DIR, part.file))) !== part.sha256) damagedParts += 1;
          }
          tables.push({ table, rows, parts: parts.length, damagedParts });
        }
        const listPath = join(dir, BLOB_LIST_FILE);
        let blobsAbsent = 0;
        const list = (await fs.fileSize(listPath)) === null ? null : await hashBlobList(listPath);
        if (list === null || list.sha256 !== set.manifest.blobs.listSha256) {
          // The list itself is damaged: none of its photos can be trusted to be complete.
          blobsAbsent = set.manifest.blobs.count;
        } else {
          for await (const id of readBlobList(listPath)) if ((await deps.backupStore.sizeOf(id)) === null) blobsAbsent += 1;
        }
        return { ...infoOf(set), schemaVersion: set.manifest.schemaVersion, deviceId: set.manifest.deviceId, tables, blobsAbsent };
      } catch (error) {
        throw toIpcError(error);
      }
    },

    async readRows({ name, table, part }: { name: string; table: string; part: number }): Promise<{ ndjson: string }> {
      try {
        const set = await setOrThrow(name);
        const entry = Object.hasOwn(set.manifest.tables, table) ? set.manifest.tables[table]?.parts[part] : undefined;
        if (!entry) throw new IpcError({ code: 'not-found', detail: `${table}.${part}` });
        const path = join(layout.setDir(name), TABLES_DIR, entry.file);
        const size = await fs.fileSize(path);
        if (size === null || size > MAX_PART_BYTES) throw new IpcError({ code: 'damaged-file', detail: entry.file });
        const gz = await fs.readFile(path);
        if (sha256Of(gz) !== entry.sha256) throw new IpcError({ code: 'damaged-file', detail: entry.file });
        return { ndjson: (await gunzipCapped(gz, MAX_PART_BYTES)).toString('utf8') };
      } catch (error) {
        throw toIpcError(error);
      }
    },

    /**
     * Copies the next `maxFiles` of the backup's blobs into this workstation's store. Blobs
     * already there are skipped; one that is absent from the backup store or fails its hash is
     * reported as damaged (the restore goes on: the records still come back). Called again
     * until `finished`; the next call after that starts over.
     */
    async restoreBlobs({ name, maxFiles }: { name: string; maxFiles: number }) {
      try {
        deps.pins.pin(name);
        let run = restoring.get(name);
        if (!run) {
          const set = await setOrThrow(name);
          const listPath = join(layout.setDir(name), BLOB_LIST_FILE);
          run = { ids: readBlobList(listPath)[Symbol.asyncIterator](), done: 0, total: set.manifest.blobs.count, bytes: 0 };
          restoring.set(name, run);
        }
        const damaged: string[] = [];
        let finished = false;
        for (let i = 0; i < maxFiles; i++) {
          const next = await run.ids.next();
          if (next.done) {
            finished = true;
            break;
          }
          const id = next.value;
          const source = deps.backupStore.pathOf(id);
          const size = await fs.fileSize(source);
          const outcome = size === null ? 'damaged' : await deps.local.importVerified(source, id);
          if (outcome === 'damaged') damaged.push(id);
          if (outcome === 'copied') run.bytes += size ?? 0;
          run.done += 1;
        }
        if (finished) restoring.delete(name);
        return { done: run.done, total: Math.max(run.total, run.done), bytes: run.bytes, finished, damaged };
      } catch (error) {
        restoring.delete(name);
        throw toIpcError(error);
      }
    },
  };
}
