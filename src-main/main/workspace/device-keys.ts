import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { SecretStore } from './local-store';

/**
 * Each workstation's own Ed25519 key pair (node:crypto). The private key stays in the data
 * folder via the SecretStore (safeStorage-protected on a real PC); the public key goes into the
 * registry on the share. The office key proves membership; the device key proves *which*
 * workstation published a file, so one workstation can be revoked without re-keying the office.
 */
export interface DeviceKey {
  privateKey: KeyObject;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
}

export function generateDeviceKey(): DeviceKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: rawPublicKey(publicKey) };
}

function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('base64');
}

export function publicKeyObject(base64: string): KeyObject | null {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return null;
  }
}

export async function loadOrCreateDeviceKey(store: SecretStore): Promise<DeviceKey> {
  const saved = await store.load('device-key');
  if (saved) {
    const privateKey = createPrivateKey({ key: saved, format: 'der', type: 'pkcs8' });
    return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
  }
  const key = generateDeviceKey();
  await store.save('device-key', key.privateKey.export({ format: 'der', type: 'pkcs8' }));
  return key;
}

export function signBytes(key: DeviceKey, message: Uint8Array): string {
  return sign(null, message, key.privateKey).toString('base64');
}

export function verifyBytes(publicKey: string, message: Uint8Array, signature: string): boolean {
  const key = publicKeyObject(publicKey);
  const sig = Buffer.from(signature, 'base64');
  if (!key || sig.length !== 64) return false;
  try {
    return verify(null, message, key, sig);
  } catch {
    return false;
  }
}

/** Canonical bytes: a JSON array has one spelling, so signer and verifier hash the same bytes. */
export function canonical(domain: string, parts: readonly (string | number)[]): Buffer {
  return Buffer.from(JSON.stringify([domain, ...parts]), 'utf8');
}
