import type { PrDeskDb } from '../../../data';

/**
 * The staff PIN that ends kiosk mode. Stored in this workstation's local settings (not synced)
 * as a salted PBKDF2-SHA-256 hash, so reading the database does not reveal it.
 */
export const KIOSK_PIN_KEY = 'surveys.kioskPin';
const ITERATIONS = 150_000;

export interface StoredPin {
  salt: string;
  hash: string;
  iterations: number;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => new Uint8Array((text.match(/../g) ?? []).map((h) => parseInt(h, 16)));

export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return hex(new Uint8Array(bits));
}

export async function hashPin(pin: string, salt = crypto.getRandomValues(new Uint8Array(16))): Promise<StoredPin> {
  return { salt: hex(salt), hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS };
}

export async function verifyPin(pin: string, stored: StoredPin): Promise<boolean> {
  const hash = await derive(pin, unhex(stored.salt), stored.iterations);
  // Same length hex strings; compare all of it whatever matches first.
  let diff = 0;
  for (let i = 0; i < hash.length; i++) diff |= hash.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  return diff === 0 && hash.length === stored.hash.length;
}

export async function readKioskPin(db: PrDeskDb): Promise<StoredPin | null> {
  const row = await db.localSettings.get(KIOSK_PIN_KEY);
  const v = row?.value as Partial<StoredPin> | undefined;
  return v && typeof v.salt === 'string' && typeof v.hash === 'string' && typeof v.iterations === 'number' ? (v as StoredPin) : null;
}

export async function writeKioskPin(db: PrDeskDb, pin: string): Promise<void> {
  await db.localSettings.put({ key: KIOSK_PIN_KEY, value: await hashPin(pin) });
}
