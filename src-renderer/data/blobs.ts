import type { PrDeskDb } from './db';
import type { BlobRecord } from './types';

/** Upper bound for one attachment; a logo or a photo, not a video archive. */
export const MAX_BLOB_BYTES = 25 * 1024 * 1024;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Stores bytes under their SHA-256 and returns that id; the same bytes are stored once.
 * Blobs are immutable and not in the op log: records reference them by id, and sync copies
 * the blob files before the ops that reference them (DESIGN.md §5).
 */
export async function putBlob(db: PrDeskDb, bytes: Uint8Array, mime: string): Promise<string> {
  if (bytes.byteLength > MAX_BLOB_BYTES) throw new RangeError('File too large');
  const id = await sha256Hex(bytes);
  const existing = await db.blobs.get(id);
  if (!existing) {
    await db.blobs.put({ id, mime, size: bytes.byteLength, data: bytes, createdAt: new Date().toISOString() });
  }
  return id;
}

export function getBlob(db: PrDeskDb, id: string): Promise<BlobRecord | undefined> {
  return db.blobs.get(id);
}
