import { createHmac, hkdfSync, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { IpcError } from '../../shared/ipc/errors';
import { DEFAULT_SCRYPT, WorkspaceKeyError, parseFormatFile, unwrapOfficeKey, wrapOfficeKey, type FormatFile, type ScryptParams } from '../workspace/keys';
import type { Protector } from '../workspace/local-store';
import { open, seal } from '../workspace/sealed-file';
import type { BackupCrypto } from './backup-seal';

/**
 * `backups/KEY.json`: the backup key (32 random bytes), never written plain, wrapped up to
 * three ways (docs/BACKUPS.md "Encryption"):
 *
 * - `local`: by this workstation's Protector (Electron safeStorage: DPAPI on Windows), so this
 *   PC opens its own backups without asking anything. Never copied into an export.
 * - `office`: sealed with an office key (one entry per workspace this PC belongs to), so any
 *   workstation that joined the office's sync folder — a replacement PC — opens it.
 * - `passphrase`: by a backup passphrase the user sets, with the office passphrase's scrypt
 *   wrapping (workspace/keys.ts), the key's id standing in for a workspace id.
 *
 * `check` is an HMAC of the key's id under the key: whichever wrap opened, the key must match
 * it, so a KEY.json edited by hand (a swapped `local` field) is refused, not used.
 */
export const BACKUP_KEY_FORMAT = 'pr-desk-backup-key';
export const BACKUP_KEY_FILE = 'KEY.json';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(4096);
const keyFileSchema = z.object({
  format: z.literal(BACKUP_KEY_FORMAT),
  version: z.literal(1),
  keyId: z.uuid(),
  check: z.string().regex(/^[0-9a-f]{64}$/),
  local: b64.optional(),
  office: z.array(z.object({ workspaceId: z.uuid(), sealed: b64 })).max(16).optional(),
  passphrase: z.unknown().optional(),
});
export type BackupKeyFile = Omit<z.infer<typeof keyFileSchema>, 'passphrase'> & { passphrase?: FormatFile };

function checkOf(key: Uint8Array, keyId: string): string {
  return createHmac('sha256', Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'pr-desk/backup-key-check/v1', 32))).update(keyId, 'utf8').digest('hex');
}

function damaged(detail: string): IpcError {
  return new IpcError({ code: 'damaged-file', detail: `KEY.json: ${detail}` });
}

/** Parses an untrusted KEY.json (a folder from a USB stick); `damaged-file` when it is not one. */
export function parseBackupKeyFile(text: string): BackupKeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw damaged('not JSON');
  }
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success) throw damaged('not a backup key file');
  const { passphrase, ...rest } = parsed.data;
  if (passphrase === undefined) return rest;
  let format: FormatFile;
  try {
    format = parseFormatFile(JSON.stringify(passphrase));
  } catch {
    throw damaged('passphrase entry damaged');
  }
  // The passphrase wrap must be for this key, not lifted from another KEY.json.
  if (format.workspaceId !== rest.keyId) throw damaged('passphrase entry of another key');
  return { ...rest, passphrase: format };
}

/** The key, after checking it against the file's `check`; `damaged-file` when it does not match. */
function verified(file: BackupKeyFile, key: Buffer): BackupCrypto {
  const expected = Buffer.from(file.check, 'hex');
  if (key.length !== 32 || !timingSafeEqual(Buffer.from(checkOf(key, file.keyId), 'hex'), expected)) throw damaged('key does not match its check');
  return { key, keyId: file.keyId };
}

export function newBackupKeyFile(): { file: BackupKeyFile; crypto: BackupCrypto } {
  const key = randomBytes(32);
  const keyId = randomUUID();
  return { file: { format: BACKUP_KEY_FORMAT, version: 1, keyId, check: checkOf(key, keyId) }, crypto: { key, keyId } };
}

const officePlace = (workspaceId: string, keyId: string) => ({ workspaceId, kind: 'backup' as const, path: `backup-key/${keyId}` });

export async function withLocalWrap(file: BackupKeyFile, crypto: BackupCrypto, protector: Protector): Promise<BackupKeyFile> {
  return { ...file, local: Buffer.from(await protector.protect(crypto.key)).toString('base64') };
}

export function withOfficeWrap(file: BackupKeyFile, crypto: BackupCrypto, workspaceId: string, officeKey: Uint8Array): BackupKeyFile {
  const others = (file.office ?? []).filter((entry) => entry.workspaceId !== workspaceId);
  const sealed = seal(officeKey, officePlace(workspaceId, crypto.keyId), crypto.key).toString('base64');
  return { ...file, office: [...others, { workspaceId, sealed }] };
}

/** Adds (or replaces) the passphrase wrap; `backup-weak-passphrase` below the office passphrase's minimum. */
export async function withPassphraseWrap(file: BackupKeyFile, crypto: BackupCrypto, passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<BackupKeyFile> {
  try {
    return { ...file, passphrase: await wrapOfficeKey(crypto.key, crypto.keyId, passphrase, params) };
  } catch (error) {
    if (error instanceof WorkspaceKeyError && error.code === 'weak-passphrase') throw new IpcError({ code: 'backup-weak-passphrase', detail: error.message });
    throw error;
  }
}

/** By this PC's Protector; null when there is no local wrap or it is another PC's (or user's). */
export async function unwrapLocal(file: BackupKeyFile, protector: Protector): Promise<BackupCrypto | null> {
  if (!file.local) return null;
  let key: Buffer;
  try {
    key = Buffer.from(await protector.unprotect(Buffer.from(file.local, 'base64')));
  } catch {
    return null; // DPAPI of another Windows user, a keyring that is gone: try the other wraps
  }
  return verified(file, key);
}

/** By an office key this PC holds; null when none of the file's workspaces is one of them. */
export function unwrapOffice(file: BackupKeyFile, officeKeys: readonly { workspaceId: string; key: Uint8Array }[]): BackupCrypto | null {
  for (const entry of file.office ?? []) {
    const office = officeKeys.find((k) => k.workspaceId === entry.workspaceId);
    if (!office) continue;
    const opened = open(office.key, officePlace(entry.workspaceId, file.keyId), Buffer.from(entry.sealed, 'base64'), 1024);
    if (!opened.ok) throw damaged(`office entry: ${opened.reason}`);
    return verified(file, opened.plaintext);
  }
  return null;
}

/** By the backup passphrase: `backup-wrong-passphrase` when it does not open the key. */
export async function unwrapPassphrase(file: BackupKeyFile, passphrase: string): Promise<BackupCrypto> {
  if (!file.passphrase) throw new IpcError({ code: 'backup-wrong-passphrase', detail: 'no passphrase was set for these backups' });
  let key: Buffer;
  try {
    key = await unwrapOfficeKey(file.passphrase, passphrase);
  } catch (error) {
    if (error instanceof WorkspaceKeyError && error.code === 'wrong-passphrase') throw new IpcError({ code: 'backup-wrong-passphrase', detail: error.message });
    throw damaged('passphrase entry damaged');
  }
  return verified(file, key);
}

/** KEY.json as it goes into an exported folder: without the local wrap (useless, or worse, elsewhere). */
export function exportableKeyFile(file: BackupKeyFile): BackupKeyFile {
  const { local: _local, ...rest } = file;
  return rest;
}

export function serializeBackupKeyFile(file: BackupKeyFile): string {
  return JSON.stringify(file, null, 1);
}
