import { join } from 'node:path';
import { isBlobId } from '../../shared/blobs/blob-refs';
import { MAX_BLOB_BYTES } from '../../shared/ipc/channels/blob';
import type { BlobStore, StoredBlob } from '../blobs/blob-store';
import type { BackupFs } from './backup-fs';
import type { SealedBlobListWriter } from './blob-list';
import { sealBlobInto, sealedSizeOf, storedBlobName, type BackupCrypto } from './backup-seal';

/** Files copied at once: enough to keep a disk busy, few enough not to starve the UI's IPC. */
const PARALLEL = 8;

export interface CopyProgress {
  done: number;
  total: number;
  /** Bytes actually written to the backup store by this backup (0 for an unchanged office). */
  bytes: number;
  finished: boolean;
}

/**
 * The store's blobs in id order, like BlobStore.list(), but with each folder's files looked
 * at in parallel (a stat at a time made an unchanged backup of 100,000 photos wait on
 * 100,000 round trips). Only regular files count.
 */
async function* listStore(fs: BackupFs, store: BlobStore): AsyncGenerator<StoredBlob> {
  const shards = (await fs.list(store.dir)).filter((name) => /^[0-9a-f]{2}$/.test(name)).sort();
  for (const shard of shards) {
    const names = (await fs.list(join(store.dir, shard))).filter((name) => isBlobId(name) && name.startsWith(shard)).sort();
    for (let i = 0; i < names.length; i += 256) {
      const slice = names.slice(i, i + 256);
      const sizes = await Promise.all(slice.map((name) => fs.fileSize(join(store.dir, shard, name))));
      for (const [k, id] of slice.entries()) {
        const size = sizes[k];
        if (size !== null && size !== undefined) yield { id, size, mtimeMs: 0 };
      }
    }
  }
}

/** Counts the blob files of a store from folder listings only (no per-file stat). */
export async function countBlobFiles(fs: BackupFs, store: BlobStore): Promise<number> {
  let count = 0;
  for (const shard of await fs.list(store.dir)) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    for (const name of await fs.list(join(store.dir, shard))) if (isBlobId(name) && name.startsWith(shard)) count += 1;
  }
  return count;
}

/**
 * Seals this workstation's blobs into the backup store, a step of `maxFiles` at a time.
 * A blob already there (same HMAC name, same sealed size) is skipped: the name is keyed by its
 * hash, so it is the same photo (incremental backups). New files are streamed through
 * AES-256-GCM (backup-seal.ts) without re-hashing: a restore verifies each file's hash anyway.
 * Every local id goes into the set's blob list.
 */
export class BlobCopier {
  private iterator: AsyncIterator<StoredBlob> | null = null;
  /** Folders known to exist: a mkdir per file would cost as much as the copies of small photos. */
  private readonly madeDirs = new Set<string>();
  private readonly tmpDir: string;
  private progress: CopyProgress = { done: 0, total: 0, bytes: 0, finished: false };

  constructor(
    private readonly fs: BackupFs,
    private readonly local: BlobStore,
    private readonly backup: BlobStore,
    private readonly list: SealedBlobListWriter,
    private readonly crypto: BackupCrypto,
  ) {
    this.tmpDir = join(backup.dir, 'tmp');
  }

  private readonly ensureDir = async (dir: string): Promise<void> => {
    if (this.madeDirs.has(dir)) return;
    await this.fs.mkdir(dir);
    this.madeDirs.add(dir);
  };

  get finished(): boolean {
    return this.progress.finished;
  }

  async step(maxFiles: number): Promise<CopyProgress> {
    if (this.progress.finished) return { ...this.progress };
    if (!this.iterator) {
      this.progress.total = await countBlobFiles(this.fs, this.local);
      this.iterator = listStore(this.fs, this.local)[Symbol.asyncIterator]();
    }
    const batch: StoredBlob[] = [];
    while (batch.length < maxFiles) {
      const next = await this.iterator.next();
      if (next.done) {
        this.progress.finished = true;
        break;
      }
      batch.push(next.value);
    }
    // A pool of PARALLEL copies over the batch (one slow file does not hold up the others).
    const written: (number | null)[] = new Array<number | null>(batch.length).fill(null);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < batch.length; i = next++) written[i] = await this.copyOne(batch[i] as StoredBlob);
    };
    // Every worker is let finish before a failure is thrown: one still writing when the backup
    // is thrown away would leave its temp file behind.
    const settled = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL, batch.length) }, worker));
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    // Listed in the store's (sorted) order, after the copies: the list stays sorted.
    for (const [i, blob] of batch.entries()) {
      const bytes = written[i];
      if (bytes === null || bytes === undefined) continue;
      await this.list.add(blob.id, blob.size);
      this.progress.bytes += bytes;
    }
    this.progress.done += batch.length;
    if (this.progress.finished) this.progress.total = this.progress.done;
    else this.progress.total = Math.max(this.progress.total, this.progress.done);
    return { ...this.progress };
  }

  /** Bytes written for this blob (0 when already backed up), or null when it vanished meanwhile. */
  private async copyOne(blob: StoredBlob): Promise<number | null> {
    if ((await this.backup.sizeOf(storedBlobName(this.crypto, blob.id))) === sealedSizeOf(blob.size)) return 0;
    try {
      const sealed = await sealBlobInto(this.fs, this.crypto, blob.id, { path: this.local.pathOf(blob.id) }, this.backup.dir, this.tmpDir, {
        verifyId: false,
        maxBytes: MAX_BLOB_BYTES,
        ensureDir: this.ensureDir,
      });
      if (sealed === 'damaged') return null; // not a regular file, or larger than a blob may be
      return sealed.bytes;
    } catch (error) {
      // Removed from the local store while we were copying (garbage collection): not backed up,
      // not listed. Any other failure (a full disk) stops the backup.
      if (!(await this.local.has(blob.id))) return null;
      throw error;
    }
  }
}
