import * as fsp from 'node:fs/promises';

/** Windows and SMB shares answer EPERM/EBUSY while an antivirus or indexer holds the file. */
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES', 'EAGAIN']);

export async function withRetries<T>(action: () => Promise<T>, attempts = 6, delayMs = 50): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await action();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (i >= attempts || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * i));
    }
  }
}

/** The file handle calls an atomic write makes. */
export interface WriteHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The few file-system calls that write into the share. Injected so a test can make the share
 * fill up or turn read-only half-way through a write (tests/security/share-faults.test.ts);
 * the app uses node:fs.
 */
export interface ShareWriteFs {
  open(path: string, flags: 'wx'): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeShareWriteFs: ShareWriteFs = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
};

/**
 * Writes a file so that readers see either nothing or all of it: write to a temp name in the
 * same folder tree, fsync, rename into place. A crash before the rename leaves only a temp
 * file, which readers never look at. Every failure (a full share half-way through the write, a
 * failing fsync or close, a refused rename, even an open that created the file and then failed)
 * removes the temp file before the error goes up: a full share must not fill further with our
 * leftovers.
 */
export async function writeFileAtomic(tmpPath: string, finalPath: string, data: Uint8Array, fs: ShareWriteFs = nodeShareWriteFs): Promise<void> {
  let handle: WriteHandle;
  try {
    handle = await fs.open(tmpPath, 'wx');
  } catch (error) {
    // EEXIST is someone else's file (temp names are random): never ours to remove.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await removeTemp(fs, tmpPath);
    throw error;
  }
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withRetries(() => fs.rename(tmpPath, finalPath));
  } catch (error) {
    await removeTemp(fs, tmpPath);
    throw error;
  }
}

/** Best effort, with the antivirus retries: the original error is what the caller reports. */
async function removeTemp(fs: ShareWriteFs, tmpPath: string): Promise<void> {
  await withRetries(() => fs.unlink(tmpPath)).catch(() => undefined);
}
