import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { isBlobId } from '../../shared/blobs/blob-refs';

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
