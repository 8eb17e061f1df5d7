import { MIN_BACKUP_KEEP } from '../../shared/ipc/channels/backup';
import type { AuthSession } from '../auth/session';
import { createRestoreGate } from '../backup/restore-gate';
import type { HandlerTable } from '../ipc/dispatch';
import { createBlobStore, localBlobStore, type BlobStore } from '../blobs/blob-store';
import { asIpcErrors } from '../files/fs-errors';
import { nodeBackupFs, type BackupFs } from '../backup/backup-fs';
import { createBackupReader } from '../backup/backup-reader';
import { createBackupWriter } from '../backup/backup-writer';
import { backupLayout } from '../backup/layout';
import { createPins } from '../backup/pins';
import { convertLegacyLocalBackups } from '../backup/legacy-local';
import { collectStoreGarbage, infoOf, listSets, rotate } from '../backup/sets';
import { erasureLedger } from '../backup/erasure-ledger';
import { redactSets } from '../backup/set-redaction';
import { exportSet, importPicked } from '../backup/transfer';
import { createBackupKeyring, type OfficeKey } from '../backup/backup-keyring';
import { IpcError } from '../../shared/ipc/errors';
import type { ScryptParams } from '../workspace/keys';
import type { Protector } from '../workspace/local-store';

export interface BackupHandlerDeps {
  userDataDir: string;
  now?: () => Date;
  /** The folder picker (export goes into a new folder inside it); null when the user cancels. */
  chooseFolder: () => Promise<string | null>;
  /** The open dialog for an import (an exported folder's manifest.json, or an old .json.gz). */
  chooseOpenFile: () => Promise<string | null>;
  /** Tests inject failing file functions (a full disk) and a wrapped local store. */
  fs?: BackupFs;
  localStore?: BlobStore;
  log?: (message: string, error?: unknown) => void;
  /** Cap on an old single-file export (default MAX_LEGACY_BYTES; tests lower it). */
  maxLegacyBytes?: number;
  /** This PC's own protection of the backup key (Electron safeStorage in the app). */
  protector: Protector;
  /** The office keys this PC holds, the workspace it syncs with first (none before joining). */
  officeKeys?: () => Promise<OfficeKey[]>;
  /** scrypt cost of the backup passphrase (tests pass a cheap one). */
  kdf?: ScryptParams;
  /**
   * Who is signed in (issue 19): a restore starts only for an administrator, or on a fresh PC
   * (restore-gate.ts). Unit tests of other behaviour leave it out and restore unchecked.
   */
  session?: Pick<AuthSession, 'require' | 'everSignedIn'>;
}

/** How long a picked folder waits for its passphrase (`backup:import-unlock`). */
const PENDING_IMPORT_MS = 30 * 60 * 1000;

/** Imported backups of each kind kept, newest first, like any other kind. */
export const IMPORTED_KEEP = Math.max(MIN_BACKUP_KEEP, 10);

type BackupChannels =
  | 'backup:begin'
  | 'backup:write-rows'
  | 'backup:reuse-table'
  | 'backup:copy-blobs'
  | 'backup:commit'
  | 'backup:abort'
  | 'backup:list'
  | 'backup:open'
  | 'backup:read-rows'
  | 'backup:restore-blobs'
  | 'backup:export-folder'
  | 'backup:import'
  | 'backup:import-unlock'
  | 'backup:key-status'
  | 'backup:set-passphrase'
  | 'backup:unlock'
  | 'backup:redact'
  | 'backup:erasure-ledger';

/**
 * Local backups (docs/BACKUPS.md): streamed from the renderer part by part, blobs copied
 * file by file into one content-addressed store shared by every backup (incremental), each
 * backup made visible by a single rename, rotated by sequence number.
 */
export function createBackupHandlers(deps: BackupHandlerDeps): Pick<HandlerTable, BackupChannels> {
  const restoreGate = deps.session ? createRestoreGate({ userDataDir: deps.userDataDir, session: deps.session, ...(deps.now ? { now: deps.now } : {}) }) : null;
  const fs = deps.fs ?? nodeBackupFs;
  const layout = backupLayout(deps.userDataDir);
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const local = deps.localStore ?? localBlobStore(deps.userDataDir);
  const backupStore = createBlobStore(layout.store);
  const pins = createPins(now);
  const officeKeys = deps.officeKeys ?? (() => Promise.resolve([]));
  const keyring = createBackupKeyring({ fs, layout, protector: deps.protector, officeKeys, ...(deps.kdf ? { kdf: deps.kdf } : {}) });
  const writer = createBackupWriter({ fs, layout, local, backupStore, now, pins, keyring, log });
  const reader = createBackupReader({ fs, layout, local, backupStore, pins, keyring });
  const ledger = erasureLedger(deps.userDataDir);
  const transfer = { fs, layout, backupStore, keyring, officeKeys, protector: deps.protector, hold: (token: string) => writer.hold(token), ...(deps.maxLegacyBytes ? { maxLegacyBytes: deps.maxLegacyBytes } : {}) };
  /** The folder picked for an import that waits for its backup passphrase (never a path from the renderer). */
  let pendingImport: { path: string; until: number } | null = null;

  /** After an import: rotate its kind, and collect blobs no backup needs (unless one is being written). */
  async function tidy(reason: 'imported'): Promise<void> {
    try {
      const crypto = await keyring.current();
      await rotate(fs, layout, crypto, reason, IMPORTED_KEEP, pins.isPinned);
      if (!writer.busy) await collectStoreGarbage(fs, layout, backupStore, crypto);
    } catch (error) {
      log('backup rotation failed', error);
    }
  }

  /** Imports a picked file; a sealed folder that needs its passphrase is remembered for `backup:import-unlock`. */
  async function importFrom(path: string, passphrase?: string): Promise<{ name: string }> {
    try {
      const set = await importPicked(transfer, path, passphrase);
      pendingImport = null;
      await tidy('imported');
      return { name: set.name };
    } catch (error) {
      if (error instanceof IpcError && (error.code === 'backup-locked' || error.code === 'backup-wrong-passphrase')) pendingImport = { path, until: now().getTime() + PENDING_IMPORT_MS };
      else pendingImport = null;
      throw error;
    }
  }

  const status = () => keyring.status();

  return {
    'backup:begin': ({ reason }) => writer.begin(reason),
    'backup:write-rows': (input) => writer.writeRows(input),
    'backup:reuse-table': (input) => writer.reuseTable(input),
    'backup:copy-blobs': (input) => writer.copyBlobs(input),
    'backup:commit': (input) => writer.commit(input),
    'backup:abort': ({ token }) => writer.abort(token),
    'backup:list': () =>
      asIpcErrors(async () => {
        const crypto = await keyring.current();
        await convertLegacyLocalBackups({ ...transfer, log }, crypto);
        return (await listSets(fs, layout, crypto)).map(infoOf);
      }),
    'backup:open': ({ name }) => reader.open(name),
    'backup:read-rows': (input) => reader.readRows(input),
    'backup:restore-blobs': async (input) => {
      await restoreGate?.check(input.name);
      return reader.restoreBlobs(input);
    },
    'backup:export-folder': ({ name, thisPcOnly }) =>
      asIpcErrors(async () => {
        const parent = await deps.chooseFolder();
        if (!parent) return { path: null };
        return { path: await exportSet(transfer, name, parent, { thisPcOnly: thisPcOnly === true }) };
      }),
    'backup:import': () =>
      asIpcErrors(async () => {
        const path = await deps.chooseOpenFile();
        if (!path) return { name: null };
        return importFrom(path);
      }),
    'backup:import-unlock': ({ passphrase }) =>
      asIpcErrors(async () => {
        const pending = pendingImport;
        const left = pending ? pending.until - now().getTime() : -1;
        if (!pending || left < 0 || left > PENDING_IMPORT_MS) throw new IpcError({ code: 'not-found', detail: 'no import waits for a passphrase' });
        return importFrom(pending.path, passphrase);
      }),
    'backup:key-status': () => asIpcErrors(status),
    'backup:set-passphrase': ({ passphrase }) =>
      asIpcErrors(async () => {
        await keyring.setPassphrase(passphrase);
        return status();
      }),
    'backup:unlock': ({ passphrase }) =>
      asIpcErrors(async () => {
        await keyring.unlock(passphrase);
        return status();
      }),
    'backup:redact': ({ erasures, targets, blobIds }) =>
      asIpcErrors(async () => {
        // Noted first: should the rewrite fail or wait, a restore still re-applies the erasure.
        const known = new Set((await ledger.list()).map((entry) => entry.erasure.id));
        for (const erasure of erasures) if (!known.has(erasure.id)) await ledger.note(erasure);
        // Never beside a backup being written: its parts would be copied from a set mid-rewrite.
        if (writer.busy) return { sets: 0, parts: 0, blobs: 0, pending: true };
        const done = await redactSets({ fs, layout, backupStore, crypto: await keyring.current() }, { targets, blobIds }, pins.isPinned);
        const pending = done.skipped.length > 0;
        if (!pending) for (const erasure of erasures) await ledger.markDone(erasure.id);
        // Said only when a backup changed or must wait: a sync with nothing to redact stays quiet.
        if (done.sets > 0 || pending) log(`PDPA erasure: ${done.sets} backup(s) rewritten, ${done.parts} part(s), ${done.blobs} photo(s) removed${pending ? `, ${done.skipped.length} in use (later)` : ''}`);
        return { sets: done.sets, parts: done.parts, blobs: done.blobs, pending };
      }),
    'backup:erasure-ledger': () => asIpcErrors(async () => ({ erasures: (await ledger.list()).map((entry) => entry.erasure) })),
  };
}
