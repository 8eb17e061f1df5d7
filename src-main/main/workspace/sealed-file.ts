import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, type CipherGCM, type DecipherGCM } from 'node:crypto';

/**
 * Sealed files: every file the app writes to the share (ops, snapshots, blobs, registry) is
 * encrypted and authenticated with the office key (DESIGN.md §5, docs/SYNC-FORMAT.md).
 *
 * Layout (all integers big-endian):
 *   0  4  magic "PRDS"
 *   4  1  format version (1)
 *   5  1  kind code (see KIND_CODES)
 *   6 16  salt (random per file) → HKDF-SHA256(officeKey, salt, info="pr-desk/sealed/v1/"+kind)
 *  22 12  AES-256-GCM nonce (random; the key is fresh per file, so a nonce is never reused)
 *  34  n  ciphertext
 *  ..  16 GCM tag
 * AAD = the 34-byte header ‖ JSON [workspaceId, kind, path]. Binding the path means a file copied
 * to another device's folder or renamed fails ('wrong-place'); binding the header means a flipped
 * kind/version byte fails. A per-file HKDF key keeps the GCM nonce space per key tiny.
 */
export const SEALED_MAGIC = Buffer.from('PRDS', 'ascii');
export const SEALED_VERSION = 1;
export const KIND_CODES = { op: 1, snapshot: 2, blob: 3, registry: 4, revocation: 5, device: 6, backup: 7 } as const;
export type SealedKind = keyof typeof KIND_CODES;
const HEADER_LEN = 34;
const TAG_LEN = 16;
/** Default cap before decryption; callers pass tighter ones per kind. */
export const DEFAULT_MAX_SEALED_BYTES = 256 * 1024 * 1024;

export interface SealedPlace {
  workspaceId: string;
  kind: SealedKind;
  /** Path relative to the share root with forward slashes, e.g. "devices/<id>/log/1-9.ndjson.gz". */
  path: string;
}

export type OpenFailure = 'not-ours' | 'unsupported-version' | 'wrong-kind' | 'truncated' | 'too-large' | 'tampered-or-wrong-place';
export type OpenResult = { ok: true; plaintext: Buffer } | { ok: false; reason: OpenFailure };

function checkKey(key: Uint8Array): void {
  if (key.length !== 32) throw new Error('The office key must be 32 bytes');
}

function normalisePath(path: string): string {
  // One spelling per place, so Windows and POSIX workstations compute the same AAD.
  return path.replace(/\\/g, '/').replace(/^\/+/, '');
}

function fileKey(officeKey: Uint8Array, salt: Uint8Array, kind: SealedKind): Buffer {
  return Buffer.from(hkdfSync('sha256', officeKey, salt, `pr-desk/sealed/v1/${kind}`, 32));
}

function aad(header: Buffer, place: SealedPlace): Buffer {
  return Buffer.concat([header, Buffer.from(JSON.stringify([place.workspaceId, place.kind, normalisePath(place.path)]), 'utf8')]);
}

export function seal(officeKey: Uint8Array, place: SealedPlace, plaintext: Uint8Array): Buffer {
  const { header, cipher } = sealStreamStart(officeKey, place);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function open(officeKey: Uint8Array, place: SealedPlace, sealed: Uint8Array, maxBytes = DEFAULT_MAX_SEALED_BYTES): OpenResult {
  checkKey(officeKey);
  const file = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (file.length > maxBytes) return { ok: false, reason: 'too-large' };
  if (file.length < 6) return { ok: false, reason: file.length < 4 || file.subarray(0, 4).equals(SEALED_MAGIC.subarray(0, file.length)) ? 'truncated' : 'not-ours' };
  if (!file.subarray(0, 4).equals(SEALED_MAGIC)) return { ok: false, reason: 'not-ours' };
  if (file[4] !== SEALED_VERSION) return { ok: false, reason: 'unsupported-version' };
  if (file[5] !== KIND_CODES[place.kind]) return { ok: false, reason: 'wrong-kind' };
  if (file.length < HEADER_LEN + TAG_LEN) return { ok: false, reason: 'truncated' };
  const header = file.subarray(0, HEADER_LEN);
  const key = fileKey(officeKey, header.subarray(6, 22), place.kind);
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(22, 34));
  decipher.setAAD(aad(header, place));
  decipher.setAuthTag(file.subarray(file.length - TAG_LEN));
  try {
    const plaintext = Buffer.concat([decipher.update(file.subarray(HEADER_LEN, file.length - TAG_LEN)), decipher.final()]);
    return { ok: true, plaintext };
  } catch {
    // GCM cannot tell a flipped bit from a wrong key or a moved file: all three fail the tag.
    return { ok: false, reason: 'tampered-or-wrong-place' };
  }
}

/** Header and tag sizes of a sealed file: a sealed file is exactly this much larger than its plaintext. */
export const SEALED_OVERHEAD = HEADER_LEN + TAG_LEN;
export const SEALED_HEADER_LEN = HEADER_LEN;
export const SEALED_TAG_LEN = TAG_LEN;

/**
 * The same sealed file as `seal`, for a file too large to hold in memory (a backup's photo):
 * the caller writes `header`, then `cipher.update(chunk)` for every chunk, then
 * `cipher.final()` and `cipher.getAuthTag()`. Same header, per-file key and AAD as `seal`, so
 * `open` reads the result (sealed-file.test.ts checks both ways).
 */
export function sealStreamStart(officeKey: Uint8Array, place: SealedPlace): { header: Buffer; cipher: CipherGCM } {
  checkKey(officeKey);
  const header = Buffer.alloc(HEADER_LEN);
  SEALED_MAGIC.copy(header, 0);
  header[4] = SEALED_VERSION;
  header[5] = KIND_CODES[place.kind];
  randomBytes(16).copy(header, 6);
  randomBytes(12).copy(header, 22);
  const cipher = createCipheriv('aes-256-gcm', fileKey(officeKey, header.subarray(6, 22), place.kind), header.subarray(22, 34));
  cipher.setAAD(aad(header, place));
  return { header, cipher };
}

/**
 * The streamed counterpart of `open`: given the file's header and tag (read first), a
 * decipher for the body. Its plaintext is NOT authentic until `final()` returns without
 * throwing: the caller writes it to a temp file and uses it only after that.
 */
export function openStreamStart(officeKey: Uint8Array, place: SealedPlace, header: Uint8Array, tag: Uint8Array): { ok: true; decipher: DecipherGCM } | { ok: false; reason: OpenFailure } {
  checkKey(officeKey);
  const head = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  if (head.length !== HEADER_LEN || tag.length !== TAG_LEN) return { ok: false, reason: 'truncated' };
  if (!head.subarray(0, 4).equals(SEALED_MAGIC)) return { ok: false, reason: 'not-ours' };
  if (head[4] !== SEALED_VERSION) return { ok: false, reason: 'unsupported-version' };
  if (head[5] !== KIND_CODES[place.kind]) return { ok: false, reason: 'wrong-kind' };
  const decipher = createDecipheriv('aes-256-gcm', fileKey(officeKey, head.subarray(6, 22), place.kind), head.subarray(22, 34));
  decipher.setAAD(aad(head, place));
  decipher.setAuthTag(tag);
  return { ok: true, decipher };
}

/**
 * The blob's file name on the share: HMAC-SHA256(officeKey, blobId) in hex, so equal photos are
 * not recognisable by name and a name says nothing about the content. After `open`, the caller
 * must check `blobContentMatches(plaintext, blobId)`.
 */
export function blobShareName(officeKey: Uint8Array, blobId: string): string {
  checkKey(officeKey);
  return createHmac('sha256', Buffer.from(hkdfSync('sha256', officeKey, Buffer.alloc(0), 'pr-desk/blob-name/v1', 32))).update(blobId, 'utf8').digest('hex');
}

export function blobContentMatches(plaintext: Uint8Array, blobId: string): boolean {
  return createHash('sha256').update(plaintext).digest('hex') === blobId.toLowerCase();
}
