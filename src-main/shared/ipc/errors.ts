/**
 * Errors that cross the IPC boundary. Electron flattens thrown errors to a message string,
 * so handlers never throw across it: main answers with an `IpcResult` and the renderer turns
 * a failure back into an `IpcError`. Each code has a Thai and English text in the i18n files
 * (`errors.ipc.<code>`), so the UI can always say what went wrong in the user's language.
 */
export const IPC_ERROR_CODES = [
  'invalid-payload',
  'forbidden-sender',
  'unknown-channel',
  'not-allowed',
  'cancelled',
  'not-found',
  'io-failure',
  'sync-folder-missing',
  'sync-folder-foreign',
  'sync-folder-not-empty',
  'sync-device-clash',
  /** The passphrase (or key sheet) does not open this workspace. */
  'sync-wrong-passphrase',
  /** A new workspace's passphrase is shorter than MIN_PASSPHRASE_CHARS. */
  'sync-weak-passphrase',
  /** The typed office key fails its checksum, or belongs to another workspace. */
  'sync-key-mistyped',
  /** This workstation was revoked from the workspace (lost or retired): it may no longer publish. */
  'sync-device-revoked',
  /** A sync folder of the old, unencrypted format: the office makes a new one. */
  'sync-folder-old-format',
  /** A workstation cannot revoke itself (another workstation revokes it). */
  'sync-revoke-self',
  /** The device to revoke is not admitted to this workspace. */
  'sync-device-unknown',
  /** The device was already revoked. */
  'sync-device-already-revoked',
  /** The current passphrase typed to change it does not open FORMAT.json. */
  'sync-wrong-current-passphrase',
  /** The sync share is full (ENOSPC/EDQUOT) while publishing: nothing local is lost, the next sync sends it. */
  'sync-share-full',
  /** The sync share refuses writes (read-only, no permission) while publishing: as above. */
  'sync-share-read-only',
  /** The backups' key opens neither by this PC nor by an office key it holds: the backup passphrase is needed. */
  'backup-locked',
  /** The backup passphrase typed does not open the backups' key. */
  'backup-wrong-passphrase',
  /** A new backup passphrase is shorter than MIN_PASSPHRASE_CHARS. */
  'backup-weak-passphrase',
  /** Copying backups out needs an office key or a backup passphrase first (else only this PC could open them). */
  'backup-needs-passphrase',
  /** A new sign-in PIN or password is too short, too long or too easy to guess (detail: the secretProblem). */
  'auth-weak-secret',
  /**
   * A file would be saved under a name that ends in a program or script extension (.exe, .bat,
   * .js, .lnk, .app …), hides characters (U+202E) or names an NTFS stream or a Windows device;
   * nothing was written (shared/files/safe-file-name.ts).
   */
  'unsafe-file-name',
  /**
   * A folder or file channel was called without a token main issued for a path the user picked
   * in its dialog (unknown, expired, already used, or in use): nothing was touched; pick it again.
   */
  'path-not-chosen',
  'disk-full',
  'no-permission',
  'folder-gone',
  'damaged-file',
  'internal',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcIssue {
  path: (string | number)[];
  message: string;
}

export interface IpcErrorPayload {
  code: IpcErrorCode;
  /** Developer-facing detail for logs; the UI shows the translated code instead. */
  detail?: string;
  /** For `invalid-payload`: which fields were wrong. */
  issues?: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorPayload };

export class IpcError extends Error {
  readonly code: IpcErrorCode;
  readonly issues: IpcErrorPayload['issues'];

  constructor(payload: IpcErrorPayload) {
    super(payload.detail ?? payload.code);
    this.name = 'IpcError';
    this.code = payload.code;
    this.issues = payload.issues;
  }
}

export function ipcFailure(code: IpcErrorCode, detail?: string): IpcResult<never> {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}
