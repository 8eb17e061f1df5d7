import type { Protector } from './local-store';

/** The part of Electron's safeStorage used here (injected: main passes the real one). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

const PLAIN = 0x00;
const OS_PROTECTED = 0x01;

/**
 * Wraps the office key and device key with the operating system's user secret (DPAPI on
 * Windows, Keychain on macOS, the desktop keyring on Linux), so a copy of the data folder or a
 * stolen disk image does not carry usable keys. A PC without any OS store (a Linux box with no
 * keyring) keeps them plain, tagged so, and the file says which: a later start with a keyring
 * still reads them. The first byte is the tag.
 */
export function safeStorageProtector(safeStorage: SafeStorageLike): Protector {
  return {
    protect(plain) {
      if (!safeStorage.isEncryptionAvailable()) return Buffer.concat([Buffer.from([PLAIN]), plain]);
      return Buffer.concat([Buffer.from([OS_PROTECTED]), safeStorage.encryptString(plain.toString('base64'))]);
    },
    unprotect(wrapped) {
      const body = wrapped.subarray(1);
      if (wrapped[0] === PLAIN) return Buffer.from(body);
      if (wrapped[0] === OS_PROTECTED) return Buffer.from(safeStorage.decryptString(body), 'base64');
      throw new Error('unknown key protection');
    },
  };
}
