import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Writes to a temporary file beside the target, then renames it over: a crash or a full disk
 * never leaves a half-written PDF where the old one was. Windows refuses the rename for a moment
 * while a virus scanner or indexer holds the file, so that is retried briefly; a file kept open
 * in a PDF viewer still fails, and the caller reports it.
 */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array, retries = 5): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(temporary, filePath);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= retries || !RETRYABLE.has(code)) {
        await rm(temporary, { force: true });
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}
