import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import type { SecretHash } from '../../shared/auth/credential';
import { acceptableScryptParams, type ScryptParams } from '../workspace/keys';

/**
 * A staff member's PIN or password as stored (issue 19): scrypt, memory-hard, so a copied
 * staffCredentials table (it syncs, DESIGN.md §5) costs an attacker 64 MiB and a fraction of a
 * second per guess. Six-digit PINs have only a million values: the sign-in delay
 * (throttle-store.ts) is the real guard at the keyboard, this is the guard for a stolen copy.
 */

/** 2^16 × 8 × 128 B = 64 MiB: half the office passphrase's cost, paid at every sign-in. */
export const DEFAULT_SECRET_SCRYPT: ScryptParams = { N: 2 ** 16, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** The scrypt call itself; injected so tests can count runs (never run while a person must wait). */
export type DeriveKey = (secret: Buffer, salt: Buffer, params: ScryptParams) => Promise<Buffer>;

export const scryptDerive: DeriveKey = (secret, salt, params) =>
  new Promise((resolve, reject) => {
    // Node refuses more than 32 MiB by default; allow exactly what these parameters need.
    const maxmem = 128 * params.N * params.r + 16 * 1024 * 1024;
    scryptCb(secret, salt, KEY_BYTES, { ...params, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** A stored hash comes from the synced database: anyone may have edited its parameters. */
export const acceptableParams = acceptableScryptParams;

/** NFC so a Thai password typed with another keyboard or IME (NFD marks) gives the same bytes. */
function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.normalize('NFC'), 'utf8');
}

/** Callers check secretProblem first: this hashes whatever it is given. */
export async function hashSecret(secret: string, params: ScryptParams = DEFAULT_SECRET_SCRYPT, derive: DeriveKey = scryptDerive): Promise<SecretHash> {
  if (!acceptableParams(params)) throw new Error('Sign-in secret: unacceptable scrypt parameters');
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secretBytes(secret), salt, params);
  return { kdf: 'scrypt', N: params.N, r: params.r, p: params.p, salt: salt.toString('base64'), hash: key.toString('base64') };
}

/**
 * True when the secret matches. Hostile parameters answer false without running scrypt, so
 * an edited record can neither exhaust memory nor stall main; the caller counts it as a wrong PIN.
 */
export async function verifySecret(secret: string, stored: SecretHash, derive: DeriveKey = scryptDerive): Promise<boolean> {
  const params = { N: stored.N, r: stored.r, p: stored.p };
  if (!acceptableParams(params)) return false;
  const salt = Buffer.from(stored.salt, 'base64');
  const expected = Buffer.from(stored.hash, 'base64');
  if (salt.length !== SALT_BYTES || expected.length !== KEY_BYTES) return false;
  const actual = await derive(secretBytes(secret), salt, params);
  // Constant time: how far the bytes match must not show in how long the answer takes.
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
