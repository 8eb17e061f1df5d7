import { z } from 'zod';

/**
 * Where records keep blob ids (photos, attachments, logos), declared once per table. Sync,
 * backup, restore, export, PDPA erasure and garbage collection all read this one declaration
 * (DESIGN.md §4), so a new blob field is declared here or a test fails
 * (`blob-refs.test.ts` walks every table's schema for `blobIdSchema`).
 *
 * A path is dot-separated field names; a name ending in `[]` is a list whose items are walked:
 * `logoBlobId`, `photos[].blobId`, `snapshot.attachments[].blobId`.
 */
export type BlobRefPath = string;

/** A blob's id is the SHA-256 of its bytes, in lower-case hex. */
export const BLOB_ID_PATTERN = /^[0-9a-f]{64}$/;
export const blobIdSchema = z.string().regex(BLOB_ID_PATTERN);

export function isBlobId(value: unknown): value is string {
  return typeof value === 'string' && BLOB_ID_PATTERN.test(value);
}

/** Tables not listed hold no blob references. */
export const BLOB_REFS: Readonly<Record<string, readonly BlobRefPath[]>> = {
  officeProfile: ['logoBlobId'],
  interns: ['photoBlobId'],
  tasks: ['attachments[].blobId'],
  complaints: ['attachments[].blobId'],
  briefings: ['attachments[].blobId'],
  briefingVersions: ['snapshot.attachments[].blobId'],
  pressReleases: ['photos[].blobId', 'photos[].thumbBlobId'],
  mediaItems: ['clippingBlobId'],
};

export function blobRefsOf(table: string): readonly BlobRefPath[] {
  return Object.hasOwn(BLOB_REFS, table) ? (BLOB_REFS[table] ?? []) : [];
}

function own(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function walk(value: unknown, segments: readonly string[], out: string[]): void {
  if (segments.length === 0) {
    if (isBlobId(value)) out.push(value);
    return;
  }
  const [head = '', ...rest] = segments;
  const isList = head.endsWith('[]');
  const next = own(value, isList ? head.slice(0, -2) : head);
  if (!isList) return walk(next, rest, out);
  if (Array.isArray(next)) for (const item of next) walk(item, rest, out);
}

/** Every blob id a whole record (or a record's changed fields) of `table` refers to, once each. */
export function blobIdsOf(table: string, record: unknown): string[] {
  const out: string[] = [];
  for (const path of blobRefsOf(table)) walk(record, path.split('.'), out);
  return [...new Set(out)];
}

/** True when the table can refer to blobs at all (most tables cannot: skip them cheaply). */
export function tableHasBlobs(table: string): boolean {
  return blobRefsOf(table).length > 0;
}

/** The tables that can refer to blobs. */
export function tablesWithBlobs(): string[] {
  return Object.keys(BLOB_REFS);
}
