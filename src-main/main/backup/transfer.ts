import { randomUUID } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import type { BlobStore } from '../blobs/blob-store';
import type { BackupFs } from './backup-fs';
import { hashBlobList, readBlobList } from './blob-list';
import { sha256Of } from './gzip';
import { exportFolderName } from './folder-name';
import { BLOB_LIST_FILE, MANIFEST_FILE, TABLES_DIR, type BackupLayout } from './layout';
import { MAX_LEGACY_BYTES, convertLegacyBackup, parseLegacyBackup } from './legacy-file';
import { parseManifest } from './manifest';
import { MAX_PART_BYTES } from './backup-reader';
import { SetBuilder } from './set-builder';
import { readSet, type BackupSet } from './sets';

export const EXPORT_BLOBS_DIR = 'blobs';
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export interface TransferDeps {
  fs: BackupFs;
  layout: BackupLayout;
  backupStore: BlobStore;
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

/**
 * Copies a backup into a new folder under `parent` (a USB drive): manifest, record parts,
 * blob list and `blobs/<ab>/<id>` — everything needed to restore on another PC. Written under
 * a hidden temp name and renamed when complete, so a pulled-out drive leaves no folder that
 * looks like a finished export. A damaged record part stops the export (`damaged-file`).
 */
export async function exportSet(deps: TransferDeps, name: string, parent: string): Promise<string> {
  const { fs, layout } = deps;
  const set = await readSet(fs, layout, name);
  if (!set) throw new IpcError({ code: 'not-found', detail: name });
  const work = join(parent, `.pr-desk-export-${randomUUID()}`);
  try {
    await fs.mkdir(join(work, TABLES_DIR));
    for (const { parts } of Object.values(set.manifest.tables)) {
      for (const part of parts) {
        const read = await hashOf(fs, join(layout.setDir(name), TABLES_DIR, part.file), MAX_PART_BYTES);
        if (read?.sha256 !== part.sha256) throw new IpcError({ code: 'damaged-file', detail: part.file });
        await fs.writeFile(join(work, TABLES_DIR, part.file), read.bytes);
      }
    }
    const listPath = join(layout.setDir(name), BLOB_LIST_FILE);
    await copyFile(listPath, join(work, BLOB_LIST_FILE));
    const blobTmp = join(work, '.tmp');
    for await (const id of readBlobList(listPath)) {
      // A blob the backup store lost is left out; the importing PC's preview counts it as absent.
      if ((await deps.backupStore.sizeOf(id)) === null) continue;
      await deps.backupStore.copyOut(id, join(work, EXPORT_BLOBS_DIR, id.slice(0, 2), id), blobTmp);
    }
    await fs.remove(blobTmp);
    await fs.writeFile(join(work, MANIFEST_FILE), JSON.stringify(set.manifest, null, 1));
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

/**
 * Brings an exported folder in (the user picked its manifest.json): every record part and
 * the blob list are checked against the manifest, every blob file against its own name
 * (hash) as it is copied into the backup store. A damaged record part refuses the whole
 * import; a damaged or missing photo is left out and shown as absent in the preview.
 */
const IMPORT_PARALLEL = 8;
const IMPORT_BATCH = 200;

async function importFolder(deps: TransferDeps, dir: string): Promise<BackupSet> {
  const { fs } = deps;
  const manifestFile = await hashOf(fs, join(dir, MANIFEST_FILE), MAX_MANIFEST_BYTES);
  const manifest = manifestFile ? parseManifest(manifestFile.bytes.toString('utf8')) : null;
  if (!manifest) throw new IpcError({ code: 'not-allowed', detail: 'not a PR Desk backup manifest' });
  const listPath = join(dir, BLOB_LIST_FILE);
  if ((await fs.fileSize(listPath)) === null) throw new IpcError({ code: 'damaged-file', detail: BLOB_LIST_FILE });
  const list = await hashBlobList(listPath);
  if (list.sha256 !== manifest.blobs.listSha256) throw new IpcError({ code: 'damaged-file', detail: BLOB_LIST_FILE });

  const token = randomUUID();
  const release = deps.hold(token);
  let builder: SetBuilder | null = null;
  try {
    builder = await SetBuilder.begin(fs, deps.layout, token);
    for (const [table, { parts }] of Object.entries(manifest.tables)) {
      for (const [index, part] of parts.entries()) {
        const read = await hashOf(fs, join(dir, TABLES_DIR, part.file), MAX_PART_BYTES);
        if (read?.sha256 !== part.sha256) throw new IpcError({ code: 'damaged-file', detail: part.file });
        await builder.writeCompressedPart(table, index, part.rows, read.bytes);
      }
    }
    // Eight files at a time (each read, hashed and written in one pass), listed in order: one
    // at a time, importing 5 GiB from a USB drive took five times as long as copying it.
    const importBatch = async (ids: string[]) => {
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < ids.length; i = next++) {
          const id = ids[i] as string;
          const source = join(dir, EXPORT_BLOBS_DIR, id.slice(0, 2), id);
          if ((await fs.fileSize(source)) !== null) await deps.backupStore.importVerified(source, id);
        }
      };
      await Promise.all(Array.from({ length: Math.min(IMPORT_PARALLEL, ids.length) }, worker));
      for (const id of ids) await builder?.blobList.add(id, (await deps.backupStore.sizeOf(id)) ?? 0);
    };
    let batch: string[] = [];
    for await (const id of readBlobList(listPath)) {
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
export async function importPicked(deps: TransferDeps, path: string): Promise<BackupSet> {
  const size = await deps.fs.fileSize(path);
  if (size === null) throw new IpcError({ code: 'not-allowed', detail: 'not a regular file' });
  if (basename(path).toLowerCase() === MANIFEST_FILE) return importFolder(deps, dirname(path));
  const maxBytes = deps.maxLegacyBytes ?? MAX_LEGACY_BYTES;
  if (size > maxBytes) throw new IpcError({ code: 'not-allowed', detail: 'file too large to be a PR Desk export' });
  const legacy = await parseLegacyBackup(await deps.fs.readFile(path), maxBytes);
  return convertLegacyBackup(deps, legacy, 'imported');
}
