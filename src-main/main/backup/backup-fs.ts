import { constants, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyFile, lstat, mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { withRetries } from '../sync/atomic-file';

/**
 * The file-system calls the backup code makes, behind one small injectable object: tests
 * swap in a function that fails with ENOSPC or EACCES to prove that a failed backup says why
 * and leaves nothing half-written behind, without filling a real disk.
 */
export interface BackupFs {
  mkdir(path: string): Promise<void>;
  /** Writes a new file and fsyncs it (a power cut must not leave a truncated part). */
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  /**
   * Copies a file by the operating system: a clone where the file system can (btrfs, APFS,
   * ReFS), a kernel copy elsewhere. Never read into this process, never re-hashed.
   */
  copyFile(from: string, to: string): Promise<void>;
  /** Writes a new file from a stream of chunks and fsyncs it (a sealed photo: never whole in memory). */
  writeStream(path: string, chunks: AsyncIterable<Uint8Array>): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or folder tree; absent is fine. */
  remove(path: string): Promise<void>;
  /** Names in a folder; an absent folder is empty. */
  list(path: string): Promise<string[]>;
  /** Makes a rename inside this folder durable (no-op where folders cannot be fsynced, e.g. Windows). */
  syncDir(path: string): Promise<void>;
  /** True when anything (file, folder, link) has this name. */
  exists(path: string): Promise<boolean>;
  /** Size of a regular file, or null when absent or not a regular file (symlink, FIFO, folder). */
  fileSize(path: string): Promise<number | null>;
}

export const nodeBackupFs: BackupFs = {
  async mkdir(path) {
    await mkdir(path, { recursive: true });
  },
  async writeFile(path, data) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  readFile: (path) => readFile(path),
  async writeStream(path, chunks) {
    await pipeline(Readable.from(chunks), createWriteStream(path, { flags: 'wx', flush: true }));
  },
  copyFile: (from, to) => copyFile(from, to, constants.COPYFILE_FICLONE),
  rename: (from, to) => withRetries(() => rename(from, to)),
  remove: (path) => rm(path, { recursive: true, force: true, maxRetries: 3 }),
  async list(path) {
    try {
      return await readdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  },
  async syncDir(path) {
    let handle;
    try {
      handle = await open(path, 'r');
      await handle.sync();
    } catch {
      // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    } finally {
      await handle?.close();
    }
  },
  async exists(path) {
    try {
      await lstat(path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  },
  async fileSize(path) {
    try {
      const info = await lstat(path);
      return info.isFile() ? info.size : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
};
