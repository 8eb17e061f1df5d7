import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { isBlobId } from '../../shared/blobs/blob-refs';
import { IpcError } from '../../shared/ipc/errors';
import type { BackupFs } from './backup-fs';
import { openBackupFile, sealBackupFile, type BackupCrypto } from './backup-seal';
import { gunzipCapped, gzipText } from './gzip';

/**
 * `blobs.txt`: the sorted ids of the blobs a backup needs, one per line. Read and written as
 * a stream, so a backup of 100,000 photos never holds its list as one string.
 */
export async function* readBlobList(path: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const id = line.trim();
      if (id.length === 0) continue;
      // A line that is not an id is damage: it is skipped here and caught by the list's hash.
      if (isBlobId(id)) yield id;
    }
  } finally {
    lines.close();
  }
}

/** SHA-256 and line count of a blob list, streamed. */
export async function hashBlobList(path: string): Promise<{ sha256: string; count: number }> {
  const hash = createHash('sha256');
  let count = 0;
  for await (const id of readBlobList(path)) {
    hash.update(`${id}\n`);
    count += 1;
  }
  return { sha256: hash.digest('hex'), count };
}

/**
 * Appends ids in order, hashing exactly the text `hashBlobList` will read back, so a copy can
 * be checked against the manifest's `listSha256`. Buffers a few thousand lines per write.
 */
export class BlobListWriter {
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  count = 0;
  bytes = 0;
  private last = '';

  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<BlobListWriter> {
    return new BlobListWriter(await open(path, 'wx'));
  }

  async add(id: string, size: number): Promise<void> {
    // The list must stay sorted and unique: readers merge it and GC relies on it.
    if (id <= this.last) throw new RangeError('blob ids must come in ascending order');
    this.last = id;
    this.pending.push(`${id}\n`);
    this.hash.update(`${id}\n`);
    this.count += 1;
    this.bytes += size;
    if (this.pending.length >= 4096) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    await this.handle.write(text);
  }

  /** Flushes, fsyncs and closes; answers the manifest's `blobs` entry. */
  async finish(): Promise<{ count: number; bytes: number; listSha256: string }> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    return { count: this.count, bytes: this.bytes, listSha256: this.hash.digest('hex') };
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/** Cap on a sealed list (about 70 bytes an id: ten million photos) and on its gunzipped text. */
const MAX_SEALED_LIST_BYTES = 1024 * 1024 * 1024;

/**
 * Format 3's list: the same sorted lines, kept in memory while the backup runs (about 70
 * bytes an id: 7 MB for 100,000 photos), then gzip and sealed in one file at the end — a
 * plain list would give away the SHA-256 of every photo in the backup.
 */
export class SealedBlobListWriter {
  private readonly hash: Hash = createHash('sha256');
  private lines: string[] = [];
  count = 0;
  bytes = 0;
  private last = '';

  constructor(
    private readonly fs: BackupFs,
    private readonly path: string,
    private readonly crypto: BackupCrypto,
  ) {}

  add(id: string, size: number): Promise<void> {
    if (id <= this.last) return Promise.reject(new RangeError('blob ids must come in ascending order'));
    this.last = id;
    this.lines.push(`${id}\n`);
    this.hash.update(`${id}\n`);
    this.count += 1;
    this.bytes += size;
    return Promise.resolve();
  }

  async finish(): Promise<{ count: number; bytes: number; listSha256: string }> {
    const gz = await gzipText(this.lines.join(''));
    this.lines = [];
    await this.fs.writeFile(this.path, sealBackupFile(this.crypto, SEALED_LIST_PLACE, gz));
    return { count: this.count, bytes: this.bytes, listSha256: this.hash.digest('hex') };
  }

  discard(): Promise<void> {
    this.lines = [];
    return Promise.resolve();
  }
}

export const SEALED_LIST_PLACE = 'blobs';

/**
 * The ids a set's list holds, checked against the manifest's `listSha256`: the sealed list
 * (format 3) is opened and checked whole; `damaged-file` when it is missing or amiss.
 */
export async function readSealedBlobList(fs: BackupFs, path: string, crypto: BackupCrypto, listSha256: string): Promise<string[]> {
  const size = await fs.fileSize(path);
  if (size === null || size > MAX_SEALED_LIST_BYTES) throw new IpcError({ code: 'damaged-file', detail: 'blob list missing' });
  const text = (await gunzipCapped(openBackupFile(crypto, SEALED_LIST_PLACE, await fs.readFile(path), MAX_SEALED_LIST_BYTES), MAX_SEALED_LIST_BYTES)).toString('utf8');
  if (createHash('sha256').update(text).digest('hex') !== listSha256) throw new IpcError({ code: 'damaged-file', detail: 'blob list does not match the manifest' });
  const ids = text.split('\n').filter((line) => line.length > 0);
  if (!ids.every(isBlobId)) throw new IpcError({ code: 'damaged-file', detail: 'blob list holds a line that is no id' });
  return ids;
}
