import { createHash, randomUUID } from 'node:crypto';
import { copyFile, lstat, mkdir, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BLOB_ID_PATTERN, isBlobId } from '../../shared/blobs/blob-refs';
import { MAX_BLOB_BYTES } from '../../shared/ipc/channels/blob';
import { withRetries, writeFileAtomic } from '../sync/atomic-file';
import { copyVerified } from '../files/verified-copy';

export interface StoredBlob {
  id: string;
  size: number;
  mtimeMs: number;
}

/**
 * A content-addressed file store: `<dir>/<first two hex digits>/<sha256>`, written once
 * (temp file, fsync, rename) and verified on read. The same layout serves this workstation's
 * own store, the backup store and the share's `blobs/` folder, so copying between them is a
 * plain file copy. Only regular files count: a symlink or FIFO planted in a store is ignored.
 */
export interface BlobStore {
  readonly dir: string;
  pathOf(id: string): string;
  /** Stores bytes once; answers their id. */
  put(bytes: Uint8Array): Promise<{ id: string; size: number }>;
  /** Size of a stored blob, or null when it is not here (or not a regular file). */
  sizeOf(id: string): Promise<number | null>;
  has(id: string): Promise<boolean>;
  /** The bytes, or null when absent or damaged (a damaged file is removed so it can be fetched again). */
  read(id: string): Promise<Buffer | null>;
  /** Copies a file from elsewhere into the store, verified by hash ('present' if already here). */
  importVerified(source: string, id: string): Promise<'copied' | 'present' | 'damaged'>;
  /** Copies a stored blob to another path (a backup store, the share) without re-hashing. */
  copyOut(id: string, destination: string, tmpDir: string): Promise<number>;
  /** Every stored blob, one folder at a time (a store of 100,000 files is never listed in one array). */
  list(): AsyncIterable<StoredBlob>;
  remove(id: string): Promise<void>;
}

function assertId(id: string): void {
  if (!BLOB_ID_PATTERN.test(id)) throw new RangeError(`not a blob id: ${String(id).slice(0, 80)}`);
}

export function createBlobStore(dir: string, { maxBytes = MAX_BLOB_BYTES }: { maxBytes?: number } = {}): BlobStore {
  const tmpDir = join(dir, 'tmp');
  const pathOf = (id: string) => {
    assertId(id);
    return join(dir, id.slice(0, 2), id);
  };

  async function sizeOf(id: string): Promise<number | null> {
    try {
      const info = await lstat(pathOf(id));
      return info.isFile() ? info.size : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  return {
    dir,
    pathOf,
    sizeOf,
    has: async (id) => (await sizeOf(id)) !== null,

    async put(bytes) {
      if (bytes.byteLength > maxBytes) throw new RangeError('blob larger than allowed');
      const id = createHash('sha256').update(bytes).digest('hex');
      const finalPath = pathOf(id);
      if ((await sizeOf(id)) === bytes.byteLength) return { id, size: bytes.byteLength };
      await mkdir(tmpDir, { recursive: true });
      await mkdir(dirname(finalPath), { recursive: true });
      // The shared atomic write: fsync before rename, temp file removed on any failure.
      await writeFileAtomic(join(tmpDir, `${id}.${randomUUID()}.tmp`), finalPath, bytes);
      return { id, size: bytes.byteLength };
    },

    async read(id) {
      const size = await sizeOf(id);
      if (size === null || size > maxBytes) return null;
      const bytes = await readFile(pathOf(id));
      if (createHash('sha256').update(bytes).digest('hex') === id) return bytes;
      // Damaged on disk: remove it, so the next sync or restore fetches a good copy.
      await unlink(pathOf(id)).catch(() => undefined);
      return null;
    },

    async importVerified(source, id) {
      if ((await sizeOf(id)) !== null) return 'present';
      return copyVerified(source, pathOf(id), id, tmpDir, maxBytes);
    },

    async copyOut(id, destination, outTmpDir) {
      const size = await sizeOf(id);
      if (size === null) throw Object.assign(new Error(`blob ${id} is not in the store`), { code: 'ENOENT' });
      await mkdir(outTmpDir, { recursive: true });
      await mkdir(dirname(destination), { recursive: true });
      const tmp = join(outTmpDir, `${id}.${randomUUID()}.tmp`);
      try {
        // copyFile lets the OS clone or copy in the kernel: as fast as a plain file copy.
        await copyFile(pathOf(id), tmp);
        await withRetries(() => rename(tmp, destination));
      } catch (error) {
        await unlink(tmp).catch(() => undefined);
        throw error;
      }
      return size;
    },

    async *list() {
      let shards: string[];
      try {
        shards = (await readdir(dir)).filter((name) => /^[0-9a-f]{2}$/.test(name)).sort();
      } catch {
        return;
      }
      for (const shard of shards) {
        const names = await readdir(join(dir, shard)).catch(() => [] as string[]);
        for (const name of names.sort()) {
          if (!isBlobId(name) || name.slice(0, 2) !== shard) continue;
          const info = await lstat(join(dir, shard, name)).catch(() => null);
          if (info?.isFile()) yield { id: name, size: info.size, mtimeMs: info.mtimeMs };
        }
      }
    },

    async remove(id) {
      await unlink(pathOf(id)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
  };
}

/** This workstation's own store, inside the app's data folder. */
export function localBlobStore(userDataDir: string): BlobStore {
  return createBlobStore(join(userDataDir, 'blobstore'));
}
