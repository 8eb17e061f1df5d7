import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBackupKeyFile } from './backup-key';
import { storedBlobName, type BackupCrypto } from './backup-seal';

/**
 * For tests: the backup key of a backups folder whose KEY.json has a local wrap by the
 * identity protector (what tests and the E2E harness pass as this PC's protector).
 */
export function backupKeyOf(backupsDir: string): BackupCrypto {
  const file = parseBackupKeyFile(readFileSync(join(backupsDir, 'KEY.json'), 'utf8'));
  if (!file.local) throw new Error('KEY.json has no local wrap');
  return { key: Buffer.from(file.local, 'base64'), keyId: file.keyId };
}

/** Where the backup store keeps a photo (its HMAC name under the backup key). */
export function storedPhotoPath(backupsDir: string, crypto: BackupCrypto, id: string): string {
  const name = storedBlobName(crypto, id);
  return join(backupsDir, 'store', name.slice(0, 2), name);
}
