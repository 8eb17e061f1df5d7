import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Secrets kept on this workstation (the office key, this device's Ed25519 private key) in the
 * app's data folder. `protect`/`unprotect` are injected: on a real PC main passes Electron's
 * safeStorage.encryptString/decryptString (DPAPI on Windows), so a copy of the data folder —
 * a backup, a stolen disk image — does not carry a usable key without the Windows user's login.
 * Tests pass identity functions. The store never decides the protection itself because
 * safeStorage is only available after app `ready` and not at all in unit tests.
 */
export interface Protector {
  protect(plain: Buffer): Buffer | Promise<Buffer>;
  unprotect(wrapped: Buffer): Buffer | Promise<Buffer>;
}

export const identityProtector: Protector = { protect: (b) => b, unprotect: (b) => b };

export interface SecretStore {
  save(name: 'office-key' | 'device-key', value: Buffer): Promise<void>;
  /** null when absent (the workstation has not joined / has no device key yet). */
  load(name: 'office-key' | 'device-key'): Promise<Buffer | null>;
}

export function createSecretStore(dir: string, protector: Protector): SecretStore {
  const file = (name: string): string => join(dir, `${name}.bin`);
  return {
    async save(name, value) {
      const path = file(name);
      await mkdir(dirname(path), { recursive: true });
      // Write then rename so a crash never leaves half a key.
      await writeFile(`${path}.tmp`, await protector.protect(value), { mode: 0o600 });
      await rename(`${path}.tmp`, path);
    },
    async load(name) {
      let wrapped: Buffer;
      try {
        wrapped = await readFile(file(name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return Buffer.from(await protector.unprotect(wrapped));
    },
  };
}
