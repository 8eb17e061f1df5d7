import { join } from 'node:path';
import { isBlobId } from '../../shared/blobs/blob-refs';
import type { BlobStore, StoredBlob } from '../blobs/blob-store';
import type { BackupFs } from './backup-fs';
import type { BlobListWriter } from './blob-list';

/** Files copied at once: enough to keep a disk busy, few enough not to starve the UI's IPC. */
const PARALLEL = 8;

export interface CopyProgress {
  done: number;
  total: number;
  /** Bytes actually written to the backup store by this backup (0 for an unchanged office). */
  bytes: number;
  finished: boolean;
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
 * Copies this workstation's blobs into the backup store, a step of `maxFiles` at a time.
 * A blob already there with the same size is skipped: its name is its hash, so it is the same
 * file (incremental backups). New files are copied by the kernel (copyFile) without hashing:
 * a restore verifies each file's hash anyway. Every local id goes into the set's blob list.
 */
export class BlobCopier {
  private iterator: AsyncIterator<StoredBlob> | null = null;
  private progress: CopyProgress = { done: 0, total: 0, bytes: 0, finished: false };

  constructor(
    private readonly fs: BackupFs,
    private readonly local: BlobStore,
    private readonly backup: BlobStore,
    private readonly list: BlobListWriter,
  ) {}

  get finished(): boolean {
    return this.progress.finished;
  }

  async step(maxFiles: number): Promise<CopyProgress> {
    if (this.progress.finished) return { ...this.progress };
    if (!this.iterator) {
      this.progress.total = await countBlobFiles(this.fs, this.local);
      this.iterator = this.local.list()[Symbol.asyncIterator]();
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
    for (let i = 0; i < batch.length; i += PARALLEL) {
      const group = batch.slice(i, i + PARALLEL);
      const copied = await Promise.all(group.map((blob) => this.copyOne(blob)));
      // Added in the store's (sorted) order, after the copies: the list stays sorted.
      for (const [k, blob] of group.entries()) {
        const written = copied[k];
        if (written === null || written === undefined) continue;
        await this.list.add(blob.id, blob.size);
        this.progress.bytes += written;
      }
      this.progress.done += group.length;
    }
    if (this.progress.finished) this.progress.total = this.progress.done;
    else this.progress.total = Math.max(this.progress.total, this.progress.done);
    return { ...this.progress };
  }

  /** Bytes written for this blob (0 when already backed up), or null when it vanished meanwhile. */
  private async copyOne(blob: StoredBlob): Promise<number | null> {
    if ((await this.backup.sizeOf(blob.id)) === blob.size) return 0;
    try {
      return await this.local.copyOut(blob.id, this.backup.pathOf(blob.id), join(this.backup.dir, 'tmp'));
    } catch (error) {
      // Removed from the local store while we were copying (garbage collection): not backed up,
      // not listed. Any other failure (a full disk) stops the backup.
      if (!(await this.local.has(blob.id))) return null;
      throw error;
    }
  }
}
