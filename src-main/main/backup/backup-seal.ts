import { createHash, randomUUID, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, open as openFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import { withRetries } from '../sync/atomic-file';
import {
  SEALED_HEADER_LEN,
  SEALED_OVERHEAD,
  SEALED_TAG_LEN,
  blobShareName,
  open,
  openStreamStart,
  seal,
  sealStreamStart,
  type SealedPlace,
} from '../workspace/sealed-file';
import type { BackupFs } from './backup-fs';

/**
 * A backup key in use: the 32 random bytes every format-3 backup file is sealed with, and the
 * id that names it (KEY.json and every sealed manifest say which key they belong to).
 */
export interface BackupCrypto {
  key: Buffer;
  keyId: string;
}

/**
 * Every backup file is a sealed file (workspace/sealed-file.ts: AES-256-GCM, a key of its own
 * per file by HKDF, header and place bound as AAD) of kind 'backup', with the backup key in
 * place of an office key and the key's id in place of a workspace id. The path says which
 * file it is: `manifest`, `blobs`, `tables/<file>`, `store/<photo id>`. A part copied from an
 * earlier backup keeps its bytes (same path), and the sealed manifest holds each part's
 * SHA-256, so a part moved between backups is still caught.
 */
export function placeOf(crypto: BackupCrypto, path: string): SealedPlace {
  return { workspaceId: crypto.keyId, kind: 'backup', path };
}

export function sealBackupFile(crypto: BackupCrypto, path: string, plaintext: Uint8Array): Buffer {
  return seal(crypto.key, placeOf(crypto, path), plaintext);
}

/** The plaintext, or `damaged-file` (tampered, truncated, another key's or another place's file). */
export function openBackupFile(crypto: BackupCrypto, path: string, sealed: Uint8Array, maxBytes?: number): Buffer {
  const opened = open(crypto.key, placeOf(crypto, path), sealed, maxBytes);
  if (!opened.ok) throw new IpcError({ code: 'damaged-file', detail: `${path}: ${opened.reason}` });
  return opened.plaintext;
}

/**
 * A photo's file name in the backup store: HMAC of its id under the backup key, so the name
 * does not give away the photo's SHA-256 (anyone holding a copy of a photo could otherwise
 * tell it is in the backup). The same photo has the same name in every backup sealed with the
 * same key: each photo is stored once across all backups.
 */
export function storedBlobName(crypto: BackupCrypto, id: string): string {
  return blobShareName(crypto.key, id);
}

export function blobPlace(crypto: BackupCrypto, id: string): SealedPlace {
  return placeOf(crypto, `store/${id}`);
}

/** A sealed photo's size on disk, from its plain size (header and tag). */
export function sealedSizeOf(plainBytes: number): number {
  return plainBytes + SEALED_OVERHEAD;
}

/** Where the bytes of a photo come from: a plain file (this PC's store, an old backup) or a sealed one. */
export type BlobSource = { path: string; sealed?: undefined } | { path: string; sealed: BackupCrypto; id: string };

/**
 * The plaintext of a source as a stream of chunks. A sealed source is deciphered as read; its
 * tag is checked at the end (an exception then), so nothing read from it may be used before
 * the stream has ended without error. Never more than a stream buffer in memory.
 */
async function* plainChunks(source: BlobSource, maxBytes: number): AsyncGenerator<Buffer> {
  const info = await lstat(source.path);
  if (!info.isFile()) throw new IpcError({ code: 'damaged-file', detail: 'not a regular file' });
  if (!source.sealed) {
    if (info.size > maxBytes) throw new IpcError({ code: 'damaged-file', detail: 'larger than a photo may be' });
    for await (const chunk of createReadStream(source.path)) yield chunk as Buffer;
    return;
  }
  if (info.size < SEALED_OVERHEAD || info.size - SEALED_OVERHEAD > maxBytes) throw new IpcError({ code: 'damaged-file', detail: 'sealed photo of impossible size' });
  const handle = await openFile(source.path, 'r');
  const header = Buffer.alloc(SEALED_HEADER_LEN);
  const tag = Buffer.alloc(SEALED_TAG_LEN);
  try {
    await handle.read(header, 0, SEALED_HEADER_LEN, 0);
    await handle.read(tag, 0, SEALED_TAG_LEN, info.size - SEALED_TAG_LEN);
  } finally {
    await handle.close();
  }
  const started = openStreamStart(source.sealed.key, blobPlace(source.sealed, source.id), header, tag);
  if (!started.ok) throw new IpcError({ code: 'damaged-file', detail: started.reason });
  const { decipher } = started;
  if (info.size > SEALED_OVERHEAD) {
    for await (const chunk of createReadStream(source.path, { start: SEALED_HEADER_LEN, end: info.size - SEALED_TAG_LEN - 1 })) {
      yield decipher.update(chunk as Buffer);
    }
  }
  try {
    yield decipher.final();
  } catch {
    throw new IpcError({ code: 'damaged-file', detail: 'tampered-or-wrong-place' });
  }
}

async function* hashed(chunks: AsyncIterable<Buffer>, hash: Hash | null): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    hash?.update(chunk);
    yield chunk;
  }
}

/** Passes chunks through, adding their lengths to `counter.bytes` (the plaintext size of a copy). */
async function* counted(chunks: AsyncIterable<Buffer>, counter: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    counter.bytes += chunk.length;
    yield chunk;
  }
}

async function* sealedChunks(chunks: AsyncIterable<Buffer>, crypto: BackupCrypto, id: string): AsyncGenerator<Buffer> {
  const { header, cipher } = sealStreamStart(crypto.key, blobPlace(crypto, id));
  yield header;
  for await (const chunk of chunks) yield cipher.update(chunk);
  yield cipher.final();
  yield cipher.getAuthTag();
}

async function placeFile(tmp: string, destination: string, ensureDir: (dir: string) => Promise<void>): Promise<void> {
  await ensureDir(dirname(destination));
  await withRetries(() => rename(tmp, destination));
}

const mkdirs = async (dir: string): Promise<void> => {
  await mkdir(dir, { recursive: true });
};

export interface SealedCopy {
  /** Plain bytes of the photo. */
  bytes: number;
}

/**
 * Seals a photo into the backup store, streamed (a 200 MB video never sits in memory):
 * read → (decipher, if it comes from another backup) → hash → cipher → temp file → rename.
 * With `verifyId` the plaintext must hash to it, or nothing is kept ('damaged'); this PC's
 * own store is trusted (its files were verified when they arrived) and is not re-hashed.
 */
export async function sealBlobInto(
  fs: BackupFs,
  crypto: BackupCrypto,
  id: string,
  source: BlobSource,
  storeDir: string,
  tmpDir: string,
  { verifyId, maxBytes, ensureDir = mkdirs }: { verifyId: boolean; maxBytes: number; ensureDir?: (dir: string) => Promise<void> },
): Promise<SealedCopy | 'damaged'> {
  await ensureDir(tmpDir);
  const tmp = join(tmpDir, `${id}.${randomUUID()}.tmp`);
  const hash = verifyId ? createHash('sha256') : null;
  const counter = { bytes: 0 };
  try {
    await fs.writeStream(tmp, sealedChunks(counted(hashed(plainChunks(source, maxBytes), hash), counter), crypto, id));
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    if (error instanceof IpcError && error.code === 'damaged-file') return 'damaged';
    throw error;
  }
  if (hash && hash.digest('hex') !== id) {
    await unlink(tmp).catch(() => undefined);
    return 'damaged';
  }
  try {
    const name = storedBlobName(crypto, id);
    await placeFile(tmp, join(storeDir, name.slice(0, 2), name), ensureDir);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  return { bytes: counter.bytes };
}

/**
 * Opens a sealed photo of the backup store into a plain store (a restore), streamed: the
 * plaintext goes to a temp file and is renamed into place only when the GCM tag holds and the
 * bytes hash to the id. Answers 'damaged' otherwise; nothing is left behind.
 */
export async function openBlobInto(
  fs: BackupFs,
  crypto: BackupCrypto,
  id: string,
  sourcePath: string,
  destination: string,
  tmpDir: string,
  maxBytes: number,
): Promise<{ bytes: number } | 'damaged'> {
  await mkdir(tmpDir, { recursive: true });
  const tmp = join(tmpDir, `${id}.${randomUUID()}.tmp`);
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  try {
    await fs.writeStream(tmp, counted(hashed(plainChunks({ path: sourcePath, sealed: crypto, id }, maxBytes), hash), counter));
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    if (error instanceof IpcError && error.code === 'damaged-file') return 'damaged';
    throw error;
  }
  if (hash.digest('hex') !== id) {
    await unlink(tmp).catch(() => undefined);
    return 'damaged';
  }
  try {
    await placeFile(tmp, destination, mkdirs);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  return { bytes: counter.bytes };
}

/**
 * Seals a photo held in memory (one from the previous version's single-file backups, which
 * were read whole anyway) into the backup store; the same file as `sealBlobInto` writes.
 */
export async function sealBlobBytes(fs: BackupFs, crypto: BackupCrypto, bytes: Uint8Array, storeDir: string, tmpDir: string): Promise<{ id: string; size: number }> {
  const id = createHash('sha256').update(bytes).digest('hex');
  const name = storedBlobName(crypto, id);
  const destination = join(storeDir, name.slice(0, 2), name);
  if ((await fs.fileSize(destination)) === sealedSizeOf(bytes.byteLength)) return { id, size: bytes.byteLength };
  await mkdir(tmpDir, { recursive: true });
  const tmp = join(tmpDir, `${id}.${randomUUID()}.tmp`);
  try {
    await fs.writeFile(tmp, seal(crypto.key, blobPlace(crypto, id), bytes));
    await placeFile(tmp, destination, mkdirs);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  return { id, size: bytes.byteLength };
}
