import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import type { ScryptParams } from '../workspace/keys';
import type { Protector } from '../workspace/local-store';
import type { BackupFs } from './backup-fs';
import {
  BACKUP_KEY_FILE,
  newBackupKeyFile,
  parseBackupKeyFile,
  serializeBackupKeyFile,
  unwrapLocal,
  unwrapOffice,
  unwrapPassphrase,
  withLocalWrap,
  withOfficeWrap,
  withPassphraseWrap,
  type BackupKeyFile,
} from './backup-key';
import type { BackupCrypto } from './backup-seal';
import type { BackupLayout } from './layout';

export interface OfficeKey {
  workspaceId: string;
  key: Buffer;
  /** The workspace this PC syncs with now: the backup key gets a wrap for it. */
  current?: boolean;
}

export interface BackupKeyringDeps {
  fs: BackupFs;
  layout: BackupLayout;
  protector: Protector;
  /**
   * The office keys this workstation holds, the workspace it syncs with first (handlers/
   * index.ts reads them from the sync target and the workspace secret store). Empty when the
   * PC never joined a sync folder.
   */
  officeKeys: () => Promise<OfficeKey[]>;
  /** scrypt cost for the passphrase wrap (tests pass a cheap one). */
  kdf?: ScryptParams;
}

export interface BackupKeyStatus {
  /** KEY.json is here but neither this PC nor an office key opens it: the passphrase is needed. */
  locked: boolean;
  passphrase: boolean;
  office: boolean;
}

/**
 * This workstation's backup key, kept in `backups/KEY.json` (backup-key.ts), opened once and
 * held in memory while the app runs. Made on first use. Whenever it is opened, wraps that are
 * missing are added: the local one (a backups folder brought from another PC, opened by the
 * office key or the passphrase, opens by itself from then on) and the office one for the
 * workspace this PC syncs with (so a replacement PC can restore it).
 */
export function createBackupKeyring(deps: BackupKeyringDeps) {
  const path = join(deps.layout.root, BACKUP_KEY_FILE);
  let opened: { crypto: BackupCrypto; file: BackupKeyFile } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** One key operation at a time: two first backups must not make two keys. */
  function serial<T>(action: () => Promise<T>): Promise<T> {
    const run = queue.then(action);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readFileOrNull(): Promise<BackupKeyFile | null> {
    if ((await deps.fs.fileSize(path)) === null) {
      if (await deps.fs.exists(path)) throw new IpcError({ code: 'damaged-file', detail: 'KEY.json is not a regular file' });
      return null;
    }
    return parseBackupKeyFile((await deps.fs.readFile(path)).toString('utf8'));
  }

  async function save(file: BackupKeyFile): Promise<void> {
    await deps.fs.mkdir(deps.layout.root);
    const tmp = `${path}.${randomUUID()}.tmp`;
    try {
      await deps.fs.writeFile(tmp, serializeBackupKeyFile(file));
      await deps.fs.rename(tmp, path);
    } catch (error) {
      await deps.fs.remove(tmp).catch(() => undefined);
      throw error;
    }
  }

  /** Adds the wraps this PC can add and is missing; saves only when something changed. */
  async function complete(file: BackupKeyFile, crypto: BackupCrypto, openedLocally: boolean): Promise<BackupKeyFile> {
    let next = file;
    if (!openedLocally) next = await withLocalWrap(next, crypto, deps.protector);
    const current = (await deps.officeKeys().catch(() => [])).find((k) => k.current);
    if (current && !next.office?.some((entry) => entry.workspaceId === current.workspaceId)) next = withOfficeWrap(next, crypto, current.workspaceId, current.key);
    if (next !== file) await save(next);
    return next;
  }

  async function openOrCreate(): Promise<{ crypto: BackupCrypto; file: BackupKeyFile }> {
    if (opened) {
      // Joined a sync folder since: add its office wrap now.
      opened = { ...opened, file: await complete(opened.file, opened.crypto, true) };
      return opened;
    }
    const file = await readFileOrNull();
    if (!file) {
      const made = newBackupKeyFile();
      opened = { crypto: made.crypto, file: await complete(made.file, made.crypto, false) };
      return opened;
    }
    const local = await unwrapLocal(file, deps.protector).catch(() => null);
    const crypto = local ?? unwrapOffice(file, await deps.officeKeys().catch(() => []));
    if (!crypto) throw new IpcError({ code: 'backup-locked', detail: 'neither this PC nor an office key opens KEY.json' });
    opened = { crypto, file: await complete(file, crypto, local !== null) };
    return opened;
  }

  return {
    /** The key to write and read this PC's backups with; `backup-locked` when only the passphrase opens it. */
    current: (): Promise<BackupCrypto> => serial(async () => (await openOrCreate()).crypto),

    /** The wraps KEY.json holds now (for the export: without office or passphrase, it asks for one first). */
    file: (): Promise<BackupKeyFile> => serial(async () => (await openOrCreate()).file),

    status: (): Promise<BackupKeyStatus> =>
      serial(async () => {
        try {
          const { file } = await openOrCreate();
          return { locked: false, passphrase: file.passphrase !== undefined, office: (file.office?.length ?? 0) > 0 };
        } catch (error) {
          if (!(error instanceof IpcError) || error.code !== 'backup-locked') throw error;
          const file = await readFileOrNull();
          return { locked: true, passphrase: file?.passphrase !== undefined, office: (file?.office?.length ?? 0) > 0 };
        }
      }),

    /** Opens a locked KEY.json with the backup passphrase (then adds this PC's own wrap). */
    unlock: (passphrase: string): Promise<void> =>
      serial(async () => {
        if (opened) return;
        const file = await readFileOrNull();
        if (!file) throw new IpcError({ code: 'not-found', detail: 'no KEY.json' });
        const crypto = await unwrapPassphrase(file, passphrase);
        opened = { crypto, file: await complete(file, crypto, false) };
      }),

    /** Sets or changes the backup passphrase: the key (and every backup) stays the same. */
    setPassphrase: (passphrase: string): Promise<void> =>
      serial(async () => {
        const { crypto, file } = await openOrCreate();
        const next = await withPassphraseWrap(file, crypto, passphrase, deps.kdf);
        await save(next);
        opened = { crypto, file: next };
      }),
  };
}

export type BackupKeyring = ReturnType<typeof createBackupKeyring>;
