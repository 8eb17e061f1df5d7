import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * The workspace's office key and how a workstation joins (DESIGN.md §5). The share's FORMAT.json
 * is plaintext so a joining workstation can read it; it holds the office key wrapped under a key
 * derived from the office passphrase with scrypt (memory-hard; Node 20 has no Argon2), then
 * AES-256-GCM with AAD = format name + version + workspaceId, so a FORMAT.json whose id or version
 * was edited no longer unwraps.
 */
const scrypt = promisify(scryptCb) as (pw: Buffer, salt: Buffer, len: number, opts: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;

export const FORMAT_NAME = 'pr-desk-sync';
export const FORMAT_VERSION = 2;
export const MIN_PASSPHRASE_CHARS = 12;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
/** 2^17 × 8 × 128 B = 128 MiB and ~0.3–0.6 s on an office PC; recorded in the file so it can be raised. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
/** Refuse absurd parameters from a hostile FORMAT.json (a memory/CPU bomb) before running them. */
const MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024;

export interface FormatFile {
  format: typeof FORMAT_NAME;
  version: number;
  workspaceId: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  wrappedKey: { alg: 'aes-256-gcm'; nonce: string; ciphertext: string; tag: string };
}

export type WorkspaceErrorCode = 'wrong-passphrase' | 'weak-passphrase' | 'bad-format-file' | 'bad-key-file' | 'key-checksum' | 'other-workspace';

/** Typed so the UI maps each code to Thai (e.g. wrong-passphrase → "รหัสผ่านไม่ถูกต้อง"). */
export class WorkspaceKeyError extends Error {
  constructor(readonly code: WorkspaceErrorCode, message: string) {
    super(message);
    this.name = 'WorkspaceKeyError';
  }
}

/** NFC so the same Thai passphrase typed with different keyboards/IMEs gives the same bytes. */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export function checkPassphrase(passphrase: string): void {
  const value = normalisePassphrase(passphrase);
  if (value.trim().length === 0) throw new WorkspaceKeyError('weak-passphrase', 'The passphrase is empty');
  // Count code points, not UTF-16 units, so Thai combining marks count as typed.
  if ([...value].length < MIN_PASSPHRASE_CHARS) throw new WorkspaceKeyError('weak-passphrase', `The passphrase needs at least ${MIN_PASSPHRASE_CHARS} characters`);
}

function wrapAad(workspaceId: string, version: number): Buffer {
  return Buffer.from(JSON.stringify([FORMAT_NAME, version, workspaceId]), 'utf8');
}

/**
 * Scrypt parameters safe to run when they come from a file anyone may have edited (FORMAT.json,
 * a synced sign-in hash): a power-of-two N from 2^14, sane r and p, at most 1 GiB of memory.
 */
export function acceptableScryptParams(p: ScryptParams): boolean {
  const ok = Number.isInteger(p.N) && p.N >= 2 ** 14 && (p.N & (p.N - 1)) === 0 && Number.isInteger(p.r) && p.r >= 1 && p.r <= 32 && Number.isInteger(p.p) && p.p >= 1 && p.p <= 16;
  return ok && 128 * p.N * p.r <= MAX_SCRYPT_MEMORY;
}

function checkParams(p: ScryptParams): void {
  if (!acceptableScryptParams(p)) throw new WorkspaceKeyError('bad-format-file', 'FORMAT.json has unacceptable KDF parameters');
}

async function deriveWrappingKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  checkParams(params);
  return scrypt(Buffer.from(normalisePassphrase(passphrase), 'utf8'), salt, 32, { ...params, maxmem: 128 * params.N * params.r + 16 * 1024 * 1024 });
}

export function newOfficeKey(): Buffer {
  return randomBytes(32);
}

/** "Create sync folder": a new workspace id and office key, and the FORMAT.json to write. */
export async function createWorkspace(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<{ workspaceId: string; officeKey: Buffer; format: FormatFile }> {
  checkPassphrase(passphrase);
  const workspaceId = randomUUID();
  const officeKey = newOfficeKey();
  return { workspaceId, officeKey, format: await wrapOfficeKey(officeKey, workspaceId, passphrase, params) };
}

/** Also used to change the passphrase: the office key (and every sealed file) stays the same. */
export async function wrapOfficeKey(officeKey: Uint8Array, workspaceId: string, passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<FormatFile> {
  checkPassphrase(passphrase);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const kek = await deriveWrappingKey(passphrase, salt, params);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(wrapAad(workspaceId, FORMAT_VERSION));
  const ciphertext = Buffer.concat([cipher.update(officeKey), cipher.final()]);
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    workspaceId,
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    wrappedKey: { alg: 'aes-256-gcm', nonce: nonce.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
  };
}

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;
function b64(value: unknown, bytes: number): Buffer {
  if (typeof value !== 'string' || !B64.test(value)) throw new WorkspaceKeyError('bad-format-file', 'FORMAT.json is damaged');
  const out = Buffer.from(value, 'base64');
  if (out.length !== bytes) throw new WorkspaceKeyError('bad-format-file', 'FORMAT.json is damaged');
  return out;
}

/** Checks the shape of an untrusted FORMAT.json (it lives on the share: anyone may have edited it). */
export function parseFormatFile(text: string): FormatFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new WorkspaceKeyError('bad-format-file', 'FORMAT.json is not JSON');
  }
  const f = raw as Partial<FormatFile> | null;
  if (!f || typeof f !== 'object' || f.format !== FORMAT_NAME || f.version !== FORMAT_VERSION || typeof f.workspaceId !== 'string' || !/^[0-9a-f-]{36}$/.test(f.workspaceId)) {
    throw new WorkspaceKeyError('bad-format-file', 'Not a PR Desk sync folder of this version');
  }
  const kdf = f.kdf;
  const wk = f.wrappedKey;
  if (!kdf || kdf.name !== 'scrypt' || !wk || wk.alg !== 'aes-256-gcm') throw new WorkspaceKeyError('bad-format-file', 'FORMAT.json is damaged');
  checkParams({ N: kdf.N, r: kdf.r, p: kdf.p });
  b64(kdf.salt, 16);
  b64(wk.nonce, 12);
  b64(wk.ciphertext, 32);
  b64(wk.tag, 16);
  return { format: FORMAT_NAME, version: f.version, workspaceId: f.workspaceId, kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt }, wrappedKey: { alg: 'aes-256-gcm', nonce: wk.nonce, ciphertext: wk.ciphertext, tag: wk.tag } };
}

/** Join by passphrase. A wrong passphrase (or an edited FORMAT.json) throws code 'wrong-passphrase'. */
export async function unwrapOfficeKey(format: FormatFile, passphrase: string): Promise<Buffer> {
  const f = parseFormatFile(JSON.stringify(format));
  const kek = await deriveWrappingKey(passphrase, b64(f.kdf.salt, 16), f.kdf);
  const decipher = createDecipheriv('aes-256-gcm', kek, b64(f.wrappedKey.nonce, 12));
  decipher.setAAD(wrapAad(f.workspaceId, f.version));
  decipher.setAuthTag(b64(f.wrappedKey.tag, 16));
  try {
    return Buffer.concat([decipher.update(b64(f.wrappedKey.ciphertext, 32)), decipher.final()]);
  } catch {
    throw new WorkspaceKeyError('wrong-passphrase', 'The passphrase does not open this workspace');
  }
}

/*
 * Key file: the office key as a printable sheet, shown once. Base32 (RFC 4648, no padding) in
 * groups of 4 so it can be typed from paper without 0/O 1/I confusion, plus a checksum so a
 * mistyped key is caught before it is used (a wrong key would otherwise only show up as every
 * file on the share failing to open).
 */
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}
function unbase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text) {
    const i = B32.indexOf(ch);
    if (i < 0) return null;
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function checksum(workspaceId: string, key: Uint8Array): Buffer {
  return createHash('sha256').update(`pr-desk/key-file/v1\0${workspaceId}\0`).update(key).digest().subarray(0, 5);
}

export interface KeyFile {
  format: 'pr-desk-office-key';
  version: 1;
  workspaceId: string;
  /** base32 of key(32) ‖ checksum(5), in groups of four letters. */
  key: string;
}

export function exportKeyFile(workspaceId: string, officeKey: Uint8Array): KeyFile {
  const letters = base32(Buffer.concat([officeKey, checksum(workspaceId, officeKey)]));
  return { format: 'pr-desk-office-key', version: 1, workspaceId, key: letters.match(/.{1,4}/g)!.join('-') };
}

/** Accepts the JSON document or just the typed key (with the workspace id from FORMAT.json). */
export function importKeyFile(input: string | KeyFile, expectWorkspaceId: string): Buffer {
  let doc: Partial<KeyFile>;
  if (typeof input === 'string') {
    const trimmed = input.trim();
    if (trimmed.startsWith('{')) {
      try {
        doc = JSON.parse(trimmed) as Partial<KeyFile>;
      } catch {
        throw new WorkspaceKeyError('bad-key-file', 'The key file is damaged');
      }
    } else doc = { format: 'pr-desk-office-key', version: 1, workspaceId: expectWorkspaceId, key: trimmed };
  } else doc = input;
  if (doc.format !== 'pr-desk-office-key' || doc.version !== 1 || typeof doc.key !== 'string' || typeof doc.workspaceId !== 'string') throw new WorkspaceKeyError('bad-key-file', 'Not a PR Desk key file');
  if (doc.workspaceId !== expectWorkspaceId) throw new WorkspaceKeyError('other-workspace', 'This key belongs to another workspace');
  const bytes = unbase32(doc.key.toUpperCase().replace(/[\s-]/g, ''));
  if (!bytes || bytes.length !== 37) throw new WorkspaceKeyError('key-checksum', 'The key was mistyped');
  const key = bytes.subarray(0, 32);
  if (!timingSafeEqual(bytes.subarray(32), checksum(doc.workspaceId, key))) throw new WorkspaceKeyError('key-checksum', 'The key was mistyped');
  return Buffer.from(key);
}
