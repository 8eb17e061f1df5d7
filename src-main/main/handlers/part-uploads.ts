import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';

interface Part {
  uploadId: string;
  part: number;
  final: boolean;
  text: string;
}

/**
 * Reassembles a large text sent over IPC in numbered parts. Parts go to a file, not memory, so
 * an abandoned upload costs disk until the next one (which clears the folder), never RAM. A part
 * out of order throws and drops the upload: the renderer starts again.
 */
export function createPartUploads(dir: string) {
  let current: { uploadId: string; next: number; file: string } | null = null;
  return {
    /** Stores one part; on the final part returns the whole text and forgets the upload. */
    async receive({ uploadId, part, final, text }: Part): Promise<string | null> {
      if (part === 0) {
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true });
        current = { uploadId, next: 0, file: join(dir, `${uploadId}.part`) };
      }
      if (!current || current.uploadId !== uploadId || current.next !== part) {
        current = null;
        throw new IpcError({ code: 'invalid-payload', detail: 'snapshot part out of order' });
      }
      await appendFile(current.file, text, 'utf8');
      current.next += 1;
      if (!final) return null;
      const whole = await readFile(current.file, 'utf8');
      await rm(dir, { recursive: true, force: true });
      current = null;
      return whole;
    },
  };
}
