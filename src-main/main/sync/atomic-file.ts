import { open, rename, unlink } from 'node:fs/promises';

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

/**
 * Writes a file so that readers see either nothing or all of it: write to a temp name in the
 * same folder tree, fsync, rename into place. A crash before the rename leaves only a temp
 * file, which readers never look at; a failed write (a full disk) removes its temp file.
 */
export async function writeFileAtomic(tmpPath: string, finalPath: string, data: Uint8Array): Promise<void> {
  const handle = await open(tmpPath, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withRetries(() => rename(tmpPath, finalPath));
  } catch (error) {
    await unlink(tmpPath).catch(() => undefined);
    throw error;
  }
}
