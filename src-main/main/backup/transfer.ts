import type { Protector } from '../workspace/local-store';
import { randomUUID } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_BLOB_BYTES } from '../../shared/ipc/channels/blob';
import { IpcError } from '../../shared/ipc/errors';
import type { BlobStore } from '../blobs/blob-store';
import type { BackupFs } from './backup-fs';
import { exportableKeyFile, parseBackupKeyFile, serializeBackupKeyFile, unwrapLocal, unwrapOffice, unwrapPassphrase, BACKUP_KEY_FILE } from './backup-key';
import type { BackupKeyring, OfficeKey } from './backup-keyring';
import { sealBlobInto, sealedSizeOf, storedBlobName, type BackupCrypto, type BlobSource } from './backup-seal';
import { hashBlobList } from './blob-list';
import { sha256Of } from './gzip';
import { exportFolderName } from './folder-name';
import { BLOB_LIST_FILE, MANIFEST_FILE, SEALED_BLOB_LIST_FILE, TABLES_DIR, type BackupLayout } from './layout';
import { MAX_LEGACY_BYTES, convertLegacyBackup, parseLegacyBackup } from './legacy-file';
import { manifestKeyId, parseManifest, type BackupManifest } from './manifest';
import { SetBuilder } from './set-builder';
import { MAX_PART_BYTES, blobIdsOf, isPlain, partGzip, readStoredPart, storeNameOf } from './set-contents';
import { readSet, type BackupSet } from './sets';

export const EXPORT_BLOBS_DIR = 'blobs';
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAX_KEY_FILE_BYTES = 64 * 1024;

export interface TransferDeps {
  fs: BackupFs;
  layout: BackupLayout;
  backupStore: BlobStore;
  keyring: BackupKeyring;
  /** The office keys this PC holds (an export sealed for the office opens with them). */
  officeKeys: () => Promise<OfficeKey[]>;
  /** This PC's safeStorage: a rescue copy (`thisPcOnly`) carries this PC's own wrap. */
  protector: Protector;
  hold: (token: string) => () => void;
  /** Cap on an old single-file export, compressed and decompressed (tests lower it). */
  maxLegacyBytes?: number;
}

async function hashOf(fs: BackupFs, path: string, maxBytes: number): Promise<{ bytes: Buffer; sha256: string } | null> {
  const size = await fs.fileSize(path);
  if (size === null || size > maxBytes) return null;
  const bytes = await fs.readFile(path);
  return { bytes, sha256: sha256Of(bytes) };
}

/** Copies a file by the OS under a temp name, then renames it into place. */
async function copyInto(fs: BackupFs, from: string, to: string, tmpDir: string): Promise<void> {
  await fs.mkdir(tmpDir);
  await fs.mkdir(dirname(to));
  const tmp = join(tmpDir, `${basename(to)}.${randomUUID()}.tmp`);
  try {
    await fs.copyFile(from, tmp);
    await fs.rename(tmp, to);
  } catch (error) {
    await fs.remove(tmp).catch(() => undefined);
    throw error;
  }
}

/**
 * Copies a backup into a new folder under `parent` (a USB drive): KEY.json (without this PC's
 * own wrap), manifest, record parts, blob list and `blobs/<ab>/<name>` — everything needed to
 * restore on another PC, every file as sealed in the backup (nothing is decrypted on the way).
 * A sealed backup whose key neither an office key nor a backup passphrase opens elsewhere is
 * refused with `backup-needs-passphrase`: such a folder could be restored nowhere else — unless
 * the caller asks for a rescue copy for this PC (`thisPcOnly`, the startup recovery screen when
 * the database cannot open): then KEY.json keeps this PC's own wrap, so this PC (the same
 * Windows user, after a reinstall) can import it, and no other PC can. Written
 * under a hidden temp name and renamed when complete, so a pulled-out drive leaves no folder
 * that looks like a finished export. A damaged record part stops the export (`damaged-file`).
 */
export async function exportSet(deps: TransferDeps, name: string, parent: string, options: { thisPcOnly?: boolean } = {}): Promise<string> {
  const { fs, layout } = deps;
  const crypto = await deps.keyring.current();
  const set = await readSet(fs, layout, name, crypto);
  if (!set) throw new IpcError({ code: 'not-found', detail: name });
  const plain = isPlain(set.manifest);
  const keyFile = await deps.keyring.file();
  const onlyThisPc = !plain && !keyFile.passphrase && (keyFile.office?.length ?? 0) === 0;
  if (onlyThisPc && options.thisPcOnly !== true) {
    throw new IpcError({ code: 'backup-needs-passphrase', detail: 'only this PC can open these backups' });
  }
  const setDir = layout.setDir(name);
  const work = join(parent, `.pr-desk-export-${randomUUID()}`);
  try {
    await fs.mkdir(join(work, TABLES_DIR));
    for (const { parts } of Object.values(set.manifest.tables)) {
      for (const part of parts) {
        const stored = await readStoredPart(fs, setDir, part);
        if (!stored) throw new IpcError({ code: 'damaged-file', detail: part.file });
        await fs.writeFile(join(work, TABLES_DIR, part.file), stored);
      }
    }
    const listFile = plain ? BLOB_LIST_FILE : SEALED_BLOB_LIST_FILE;
    await copyFile(join(setDir, listFile), join(work, listFile));
    const blobTmp = join(work, '.tmp');
    for await (const id of blobIdsOf(fs, setDir, set.manifest, crypto)) {
      const stored = storeNameOf(set.manifest, crypto, id);
      // A blob the backup store lost is left out; the importing PC's preview counts it as absent.
      if ((await deps.backupStore.sizeOf(stored)) === null) continue;
      await copyInto(fs, deps.backupStore.pathOf(stored), join(work, EXPORT_BLOBS_DIR, stored.slice(0, 2), stored), blobTmp);
    }
    await fs.remove(blobTmp);
    if (!plain) await fs.writeFile(join(work, BACKUP_KEY_FILE), serializeBackupKeyFile(onlyThisPc ? keyFile : exportableKeyFile(keyFile)));
    await copyFile(join(setDir, MANIFEST_FILE), join(work, MANIFEST_FILE));
    const wanted = exportFolderName(new Date(set.manifest.createdAt), set.seq);
    let target = join(parent, wanted);
    for (let n = 2; await fs.exists(target); n++) target = join(parent, `${wanted} ${n}`);
    await fs.rename(work, target);
    return target;
  } catch (error) {
    await fs.remove(work).catch(() => undefined);
    throw error;
  }
}

const IMPORT_PARALLEL = 8;
const IMPORT_BATCH = 200;

/**
 * The key a sealed exported folder was made with, from its own KEY.json: this PC's key (its
 * own export coming back), an office key this PC holds, or the backup passphrase. Without any
 * of them: `backup-locked` (the UI asks for the passphrase and tries again).
 */
async function folderKey(deps: TransferDeps, dir: string, keyId: string, passphrase: string | undefined): Promise<BackupCrypto> {
  const own = await deps.keyring.current().catch(() => null);
  if (own?.keyId === keyId) return own;
  const read = await hashOf(deps.fs, join(dir, BACKUP_KEY_FILE), MAX_KEY_FILE_BYTES);
  if (!read) throw new IpcError({ code: 'damaged-file', detail: 'KEY.json missing from the folder' });
  const file = parseBackupKeyFile(read.bytes.toString('utf8'));
  if (file.keyId !== keyId) throw new IpcError({ code: 'damaged-file', detail: 'KEY.json is of another backup' });
  // A rescue copy made by this PC (same Windows user, e.g. after a reinstall) opens by its own wrap.
  const byThisPc = await unwrapLocal(file, deps.protector).catch(() => null);
  if (byThisPc) return byThisPc;
  const byOffice = unwrapOffice(file, await deps.officeKeys().catch(() => []));
  if (byOffice) return byOffice;
  if (passphrase === undefined) throw new IpcError({ code: 'backup-locked', detail: 'the folder needs its backup passphrase' });
  return unwrapPassphrase(file, passphrase);
}

/**
 * Brings an exported folder in (the user picked its manifest.json). Every record part and the
 * blob list are checked against the manifest (sealed: opened with the folder's key), then
 * sealed again with this PC's backup key; every photo is opened, checked against its id and
 * sealed again in one streamed pass. A damaged record part refuses the whole import; a
 * damaged or missing photo is left out and shown as absent in the preview. A format-2 (plain)
 * folder from an older version comes in the same way, and is sealed on the way in.
 */
async function importFolder(deps: TransferDeps, dir: string, passphrase: string | undefined): Promise<BackupSet> {
  const { fs } = deps;
  const manifestFile = await hashOf(fs, join(dir, MANIFEST_FILE), MAX_MANIFEST_BYTES);
  const text = manifestFile?.bytes.toString('utf8') ?? '';
  const keyId = manifestKeyId(text);
  const foreign = keyId === null ? null : await folderKey(deps, dir, keyId, passphrase);
  const manifest: BackupManifest | null = manifestFile ? parseManifest(text, foreign) : null;
  if (!manifest) throw new IpcError({ code: keyId === null ? 'not-allowed' : 'damaged-file', detail: 'not a PR Desk backup manifest, or one that was altered' });
  if (isPlain(manifest)) {
    const listPath = join(dir, BLOB_LIST_FILE);
    if ((await fs.fileSize(listPath)) === null) throw new IpcError({ code: 'damaged-file', detail: BLOB_LIST_FILE });
    if ((await hashBlobList(listPath)).sha256 !== manifest.blobs.listSha256) throw new IpcError({ code: 'damaged-file', detail: BLOB_LIST_FILE });
  }
  const crypto = await deps.keyring.current();
  const token = randomUUID();
  const release = deps.hold(token);
  let builder: SetBuilder | null = null;
  try {
    builder = await SetBuilder.begin(fs, deps.layout, crypto, token);
    for (const [table, { parts }] of Object.entries(manifest.tables)) {
      for (const [index, part] of parts.entries()) {
        const stored = await readStoredPart(fs, dir, part);
        if (!stored || stored.byteLength > MAX_PART_BYTES) throw new IpcError({ code: 'damaged-file', detail: part.file });
        await builder.writeCompressedPart(table, index, part.rows, partGzip(manifest, foreign, part, stored));
      }
    }
    const storeTmp = join(deps.backupStore.dir, 'tmp');
    // Eight files at a time (each read, opened, hashed, sealed and written in one pass), listed
    // in order: one at a time, importing 5 GiB from a USB drive took five times as long.
    const importBatch = async (ids: string[]) => {
      const sizes = new Array<number>(ids.length).fill(0);
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < ids.length; i = next++) {
          const id = ids[i] as string;
          const name = storeNameOf(manifest, foreign, id);
          const path = join(dir, EXPORT_BLOBS_DIR, name.slice(0, 2), name);
          const size = await fs.fileSize(path);
          if (size === null) continue;
          const plainSize = foreign ? size - sealedSizeOf(0) : size;
          if ((await deps.backupStore.sizeOf(storedBlobName(crypto, id))) === sealedSizeOf(plainSize)) {
            sizes[i] = plainSize;
            continue;
          }
          const source: BlobSource = foreign ? { path, sealed: foreign, id } : { path };
          const sealed = await sealBlobInto(fs, crypto, id, source, deps.backupStore.dir, storeTmp, { verifyId: true, maxBytes: MAX_BLOB_BYTES });
          if (sealed !== 'damaged') sizes[i] = sealed.bytes;
        }
      };
      await Promise.all(Array.from({ length: Math.min(IMPORT_PARALLEL, ids.length) }, worker));
      for (const [i, id] of ids.entries()) await builder?.blobList.add(id, sizes[i] ?? 0);
    };
    let batch: string[] = [];
    for await (const id of blobIdsOf(fs, dir, manifest, foreign)) {
      batch.push(id);
      if (batch.length >= IMPORT_BATCH) {
        await importBatch(batch);
        batch = [];
      }
    }
    await importBatch(batch);
    return await builder.commit({
      reason: 'imported',
      createdAt: manifest.createdAt,
      schemaVersion: manifest.schemaVersion,
      // No change tokens: a later backup reuses parts only from backups this computer wrote.
      deviceId: manifest.deviceId,
    });
  } catch (error) {
    await builder?.discard().catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}

/**
 * Imports what the user picked: an exported folder's manifest.json, or an older single-file
 * export (`.prdesk.json.gz` / `.json`). Only regular files are read (no symlink, FIFO or
 * device), and sizes are capped before anything is decompressed.
 */
export async function importPicked(deps: TransferDeps, path: string, passphrase?: string): Promise<BackupSet> {
  const size = await deps.fs.fileSize(path);
  if (size === null) throw new IpcError({ code: 'not-allowed', detail: 'not a regular file' });
  if (basename(path).toLowerCase() === MANIFEST_FILE) return importFolder(deps, dirname(path), passphrase);
  const maxBytes = deps.maxLegacyBytes ?? MAX_LEGACY_BYTES;
  if (size > maxBytes) throw new IpcError({ code: 'not-allowed', detail: 'file too large to be a PR Desk export' });
  const legacy = await parseLegacyBackup(await deps.fs.readFile(path), maxBytes);
  return convertLegacyBackup(deps, await deps.keyring.current(), legacy, 'imported');
}
