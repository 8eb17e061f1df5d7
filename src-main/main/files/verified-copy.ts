import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { withRetries } from '../sync/atomic-file';

/**
 * Copies a content-addressed file in one streaming pass, hashing what is read: the copy is
 * renamed into place only if its SHA-256 equals `expectedId`. Used wherever a blob is read
 * from somewhere we do not fully trust (the share, a backup store). Nothing is held in memory
 * but the stream's buffers; a failed or damaged copy leaves no file behind.
 *
 * Answers 'copied', or 'damaged' (bytes do not hash to the id, or the source is not a regular
 * file: symlinks and FIFOs are never followed). A missing source throws ENOENT.
 */
export async function copyVerified(source: string, destination: string, expectedId: string, tmpDir: string, maxBytes: number): Promise<'copied' | 'damaged'> {
  const info = await lstat(source);
  if (!info.isFile() || info.size > maxBytes) return 'damaged';
  await mkdir(tmpDir, { recursive: true });
  const tmp = join(tmpDir, `${expectedId}.${randomUUID()}.tmp`);
  const hash = createHash('sha256');
  let seen = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) return callback(new RangeError('blob larger than allowed'));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), hashing, createWriteStream(tmp, { flags: 'wx', flush: true }));
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    if (error instanceof RangeError) return 'damaged';
    throw error;
  }
  if (hash.digest('hex') !== expectedId) {
    await unlink(tmp).catch(() => undefined);
    return 'damaged';
  }
  await mkdir(dirname(destination), { recursive: true });
  try {
    await withRetries(() => rename(tmp, destination));
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  return 'copied';
}

/** SHA-256 of a file, streamed (never the whole file in memory). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}
