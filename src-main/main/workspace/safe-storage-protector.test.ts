import { describe, expect, it } from 'vitest';
import { safeStorageProtector, type SafeStorageLike } from './safe-storage-protector';

const fakeOs = (available: boolean): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from(plain.split('').reverse().join(''), 'utf8'),
  decryptString: (encrypted) => encrypted.toString('utf8').split('').reverse().join(''),
});

describe('keys at rest under the OS secret store', () => {
  const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7));

  it('round-trips through the OS store, and the stored bytes are not the key', async () => {
    const protector = safeStorageProtector(fakeOs(true));
    const stored = await protector.protect(key);
    expect(stored.includes(key)).toBe(false);
    expect(await protector.unprotect(stored)).toEqual(key);
  });

  it('without an OS store keeps the key readable, and a later start with one still reads it', async () => {
    const stored = await safeStorageProtector(fakeOs(false)).protect(key);
    expect(await safeStorageProtector(fakeOs(true)).unprotect(stored)).toEqual(key);
  });

  it('refuses an unknown tag instead of guessing', () => {
    expect(() => safeStorageProtector(fakeOs(true)).unprotect(Buffer.from([9, 1, 2]))).toThrow();
  });
});
