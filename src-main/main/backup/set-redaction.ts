import { join } from 'node:path';
import { scrubValues } from '../../shared/pdpa/personal-fields';
import type { RedactTarget } from '../../shared/pdpa/erasure-records';
import { scrubStoredState } from '../../shared/pdpa/scrub-state';
import { isBlobId } from '../../shared/blobs/blob-refs';
import type { BlobStore } from '../blobs/blob-store';
import type { BackupFs } from './backup-fs';
import { SEALED_OVERHEAD } from '../workspace/sealed-file';
import { sealBackupFile, storedBlobName, type BackupCrypto } from './backup-seal';
import { BlobListWriter, SealedBlobListWriter } from './blob-list';
import { gzipText, sha256Of } from './gzip';
import { BLOB_LIST_FILE, MANIFEST_FILE, SEALED_BLOB_LIST_FILE, TABLES_DIR, type BackupLayout } from './layout';
import { manifestFileText, type BackupManifest, type PartEntry } from './manifest';
import { listSets, type BackupSet } from './sets';
import { blobIdsOf, isPlain, readPartBytes, storeNameOf } from './set-contents';

/**
 * PDPA erasure in this computer's backups (docs/PDPA.md): every kept backup is rewritten
 * without the erased person, so no restore of an older backup brings them back, and their
 * photos leave the backup store. The renderer names the records an erasure reached and the
 * fields it scrubbed (the same targets it scrubbed in its database, data/erasure.ts); each
 * backup part holding one of them is rewritten with the same placeholders.
 *
 * Crash-safe per backup: changed parts are written under new file names, then the manifest is
 * replaced in one rename, then the old parts are deleted. A crash leaves either the old
 * manifest with its old parts or the new one with the new parts; files of the set that no
 * manifest names (left by such a crash) are deleted at the next redaction.
 */

type Row = Record<string, unknown>;

/** The tables whose rows can hold a target's values: its own table, and the sync bookkeeping naming it. */
const BOOKKEEPING = new Set(['outbox', 'syncRecords', 'syncHeld']);

const keyOf = (table: unknown, recordId: unknown) => `${String(table)}\u0000${String(recordId)}`;

/** One backup row of `table` with the targets it holds scrubbed; the same object when untouched. */
export function redactRow(table: string, row: Row, targets: ReadonlyMap<string, RedactTarget>): Row {
  if (table === 'outbox') {
    const target = targets.get(keyOf(row.table, row.recordId));
    if (!target) return row;
    return { ...row, fields: scrubValues(target.table, target.recordId, row.fields as Row | undefined, target.fields), before: scrubValues(target.table, target.recordId, row.before as Row | undefined, target.fields) };
  }
  if (table === 'syncRecords') {
    const target = targets.get(keyOf(row.table, row.recordId));
    return target ? { ...row, state: scrubStoredState(target.table, target.recordId, row.state, target.fields) } : row;
  }
  if (table === 'syncHeld') {
    const item = row.item as { op?: Row } | undefined;
    const target = item?.op ? targets.get(keyOf(item.op.table, item.op.recordId)) : undefined;
    if (!target || !item?.op) return row;
    return { ...row, item: { ...item, op: { ...item.op, fields: scrubValues(target.table, target.recordId, item.op.fields as Row | undefined, target.fields) } } };
  }
  const target = targets.get(keyOf(table, row.id));
  return target ? scrubValues(table, target.recordId, row, target.fields) : row;
}

/** A part's NDJSON with its rows redacted; null when no row changed. */
function redactPart(table: string, text: string, targets: ReadonlyMap<string, RedactTarget>): string | null {
  let changed = false;
  const lines = text.split('\n').map((line) => {
    if (line.length === 0) return line;
    const row = JSON.parse(line) as Row;
    const next = redactRow(table, row, targets);
    if (next === row || JSON.stringify(next) === line) return line;
    changed = true;
    return JSON.stringify(next);
  });
  return changed ? lines.join('\n') : null;
}

/** A file name for a rewritten part that the set does not use yet (same table, a free number). */
function freshPartName(manifest: BackupManifest, dirFiles: readonly string[], table: string, plain: boolean): string {
  const used = new Set([...dirFiles, ...Object.values(manifest.tables).flatMap((t) => t.parts.map((p) => p.file))]);
  for (let n = 1_000_000; n < 10_000_000; n += 1) {
    const name = `${table}.${n}.${plain ? 'ndjson.gz' : 'sealed'}`;
    if (!used.has(name)) return name;
  }
  throw new Error('no free part name');
}

export interface RedactSetsDeps {
  fs: BackupFs;
  layout: BackupLayout;
  backupStore: BlobStore;
  crypto: BackupCrypto;
}

export interface RedactSetsResult {
  sets: number;
  parts: number;
  blobs: number;
}

/** Rewrites one set without the targets and the erased blobs; true when anything changed. */
async function redactSet(deps: RedactSetsDeps, set: BackupSet, targets: ReadonlyMap<string, RedactTarget>, erasedBlobs: ReadonlySet<string>): Promise<{ parts: number; changed: boolean }> {
  const { fs, layout, crypto } = deps;
  const dir = layout.setDir(set.name);
  const tablesDir = join(dir, TABLES_DIR);
  const plain = isPlain(set.manifest);
  const named = new Set(Object.values(set.manifest.tables).flatMap((t) => t.parts.map((p) => p.file)));
  // Parts an interrupted redaction left behind: no manifest names them, and they may hold the old values.
  const dirFiles = await fs.list(tablesDir);
  for (const file of dirFiles) if (!named.has(file)) await fs.remove(join(tablesDir, file));

  const targetTables = new Set([...targets.values()].map((t) => t.table));
  const tables: BackupManifest['tables'] = {};
  const replaced: string[] = [];
  let parts = 0;
  for (const [table, entry] of Object.entries(set.manifest.tables)) {
    if (!targetTables.has(table) && !BOOKKEEPING.has(table)) {
      tables[table] = entry;
      continue;
    }
    const next: PartEntry[] = [];
    for (const part of entry.parts) {
      const text = Buffer.from(await readPartBytes(fs, dir, set.manifest, plain ? null : crypto, part)).toString('utf8');
      const redacted = redactPart(table, text, targets);
      if (redacted === null) {
        next.push(part);
        continue;
      }
      const file = freshPartName(set.manifest, [...dirFiles, ...next.map((p) => p.file)], table, plain);
      const gz = await gzipText(redacted);
      const stored = plain ? gz : sealBackupFile(crypto, `${TABLES_DIR}/${file}`, gz);
      await fs.writeFile(join(tablesDir, file), stored);
      next.push({ file, sha256: sha256Of(stored), rows: part.rows, bytes: stored.byteLength });
      replaced.push(part.file);
      parts += 1;
    }
    tables[table] = { rows: entry.rows, parts: next };
  }

  let blobs = set.manifest.blobs;
  const listed: string[] = [];
  for await (const id of blobIdsOf(fs, dir, set.manifest, plain ? null : crypto)) listed.push(id);
  const dropped = listed.filter((id) => erasedBlobs.has(id));
  const listFile = plain ? BLOB_LIST_FILE : SEALED_BLOB_LIST_FILE;
  const newList = `${listFile}.redacted`;
  if (dropped.length > 0) {
    if (await fs.exists(join(dir, newList))) await fs.remove(join(dir, newList));
    const writer = plain ? await BlobListWriter.create(join(dir, newList)) : new SealedBlobListWriter(fs, join(dir, newList), crypto);
    let bytes = set.manifest.blobs.bytes;
    for (const id of listed) {
      if (erasedBlobs.has(id)) {
        const size = await deps.backupStore.sizeOf(storeNameOf(set.manifest, plain ? null : crypto, id));
        bytes -= size === null ? 0 : plain ? size : size - SEALED_OVERHEAD;
        continue;
      }
      await writer.add(id, 0);
    }
    const written = await writer.finish();
    blobs = { count: written.count, bytes: Math.max(0, bytes), listSha256: written.listSha256 };
  }
  if (parts === 0 && dropped.length === 0) return { parts: 0, changed: false };

  // The manifest no longer vouches for the tables' change tokens: a later backup reads them again.
  const { tableGens, ...rest } = set.manifest;
  const gens = tableGens ? Object.fromEntries(Object.entries(tableGens).filter(([table]) => !(table in tables) || tables[table] === set.manifest.tables[table])) : undefined;
  const manifest: BackupManifest = { ...rest, tables, blobs, ...(gens ? { tableGens: gens } : {}) };
  const manifestText = plain ? JSON.stringify(manifest) : manifestFileText(manifest, crypto);
  const pendingManifest = join(dir, `${MANIFEST_FILE}.redacted`);
  if (await fs.exists(pendingManifest)) await fs.remove(pendingManifest);
  if (dropped.length > 0) await fs.rename(join(dir, newList), join(dir, listFile));
  await fs.writeFile(pendingManifest, manifestText);
  await fs.rename(pendingManifest, join(dir, MANIFEST_FILE));
  await fs.syncDir(dir);
  for (const file of replaced) await fs.remove(join(tablesDir, file));
  return { parts, changed: true };
}

/**
 * Every complete backup of this computer rewritten without the targets, and the erased
 * photos removed from the backup store. Sets `isPinned` (being previewed or restored) are
 * skipped and reported: the caller tries again later.
 */
export async function redactSets(
  deps: RedactSetsDeps,
  request: { targets: readonly RedactTarget[]; blobIds: readonly string[] },
  isPinned: (name: string) => boolean,
): Promise<RedactSetsResult & { skipped: string[] }> {
  const targets = new Map(request.targets.map((t) => [keyOf(t.table, t.recordId), t]));
  const erasedBlobs = new Set(request.blobIds.filter(isBlobId));
  const result = { sets: 0, parts: 0, blobs: 0, skipped: [] as string[] };
  const sets = await listSets(deps.fs, deps.layout, deps.crypto);
  for (const set of sets) {
    if (isPinned(set.name)) {
      result.skipped.push(set.name);
      continue;
    }
    const outcome = await redactSet(deps, set, targets, erasedBlobs);
    if (outcome.changed) result.sets += 1;
    result.parts += outcome.parts;
  }
  if (result.skipped.length === 0) {
    for (const id of erasedBlobs) {
      // Its name in a sealed store, and (format 2, plain) its id.
      for (const name of [storedBlobName(deps.crypto, id), id]) {
        if ((await deps.backupStore.sizeOf(name)) === null) continue;
        await deps.backupStore.remove(name);
        result.blobs += 1;
      }
    }
  }
  return result;
}
