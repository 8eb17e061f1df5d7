import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { MIN_BACKUP_KEEP, type BackupInfo, type BackupReason } from '../../shared/ipc/channels/backup';
import type { BlobStore } from '../blobs/blob-store';
import type { BackupFs } from './backup-fs';
import type { BackupCrypto } from './backup-seal';
import { MANIFEST_FILE, parseSetName, setName, type BackupLayout } from './layout';
import { manifestFileText, parseManifest, recordBytesOf, type BackupManifest } from './manifest';
import { blobIdsOf, storeNameOf } from './set-contents';

export interface BackupSet {
  name: string;
  seq: number;
  reason: BackupReason;
  manifest: BackupManifest;
}

/**
 * A set's manifest, or null when the folder is not a complete backup — or a sealed one that
 * `crypto` does not open (another key's, or tampered with).
 */
export async function readSet(fs: BackupFs, layout: BackupLayout, name: string, crypto: BackupCrypto | null): Promise<BackupSet | null> {
  const parsedName = parseSetName(name);
  if (!parsedName) return null;
  const path = join(layout.setDir(name), MANIFEST_FILE);
  if ((await fs.fileSize(path)) === null) return null;
  const manifest = parseManifest((await fs.readFile(path)).toString('utf8'), crypto);
  if (!manifest || manifest.seq !== parsedName.seq || manifest.reason !== parsedName.reason) return null;
  return { name, ...parsedName, manifest };
}

/** Every complete backup, newest (highest sequence) first. */
export async function listSets(fs: BackupFs, layout: BackupLayout, crypto: BackupCrypto | null): Promise<BackupSet[]> {
  const sets: BackupSet[] = [];
  for (const name of await fs.list(layout.sets)) {
    const set = await readSet(fs, layout, name, crypto).catch(() => null);
    if (set) sets.push(set);
  }
  return sets.sort((a, b) => b.seq - a.seq);
}

export function infoOf(set: BackupSet): BackupInfo {
  return {
    name: set.name,
    seq: set.seq,
    reason: set.reason,
    createdAt: set.manifest.createdAt,
    recordBytes: recordBytesOf(set.manifest),
    blobCount: set.manifest.blobs.count,
    blobBytes: set.manifest.blobs.bytes,
  };
}

/**
 * The next sequence number. The counter file is written (fsynced) before the number is used,
 * and never goes below what existing sets already used: a number is never given out twice,
 * even if the counter file was lost. Never derived from the clock.
 */
export async function allocateSeq(fs: BackupFs, layout: BackupLayout): Promise<number> {
  let next = 1;
  try {
    const saved = JSON.parse((await fs.readFile(layout.seqFile)).toString('utf8')) as { next?: unknown };
    if (typeof saved.next === 'number' && Number.isSafeInteger(saved.next) && saved.next > 0) next = saved.next;
  } catch {
    // No counter yet (or a damaged one): the sets themselves say how far we got.
  }
  for (const name of await fs.list(layout.sets)) {
    const parsed = parseSetName(name);
    if (parsed && parsed.seq >= next) next = parsed.seq + 1;
  }
  const tmp = `${layout.seqFile}.${randomUUID()}.tmp`;
  try {
    await fs.writeFile(tmp, JSON.stringify({ next: next + 1 }));
    await fs.rename(tmp, layout.seqFile);
  } catch (error) {
    await fs.remove(tmp).catch(() => undefined);
    throw error;
  }
  return next;
}

/**
 * Makes a finished temp folder a backup: the manifest is written and fsynced inside it, then
 * the folder is renamed into `sets/` in one step. Until that rename nothing counts.
 */
export async function publishSet(fs: BackupFs, layout: BackupLayout, workDir: string, manifest: BackupManifest, crypto: BackupCrypto): Promise<BackupSet> {
  await fs.writeFile(join(workDir, MANIFEST_FILE), manifestFileText(manifest, crypto));
  await fs.syncDir(workDir);
  await fs.mkdir(layout.sets);
  const name = setName(manifest.seq, manifest.reason);
  await fs.rename(workDir, layout.setDir(name));
  await fs.syncDir(layout.sets);
  return { name, seq: manifest.seq, reason: manifest.reason, manifest };
}

/**
 * Removes a set: first renamed out of `sets/` (so a half-deleted folder is never listed as a
 * backup), then deleted.
 */
export async function removeSet(fs: BackupFs, layout: BackupLayout, name: string): Promise<void> {
  await fs.mkdir(layout.tmp);
  const doomed = join(layout.tmp, `deleting-${randomUUID()}`);
  await fs.rename(layout.setDir(name), doomed);
  await fs.remove(doomed);
}

/** Keep-N per reason, by sequence number (a clock set to 2027 and back changes nothing). */
export async function rotate(
  fs: BackupFs,
  layout: BackupLayout,
  crypto: BackupCrypto,
  reason: BackupReason,
  keep: number,
  isPinned: (name: string) => boolean = () => false,
): Promise<string[]> {
  const same = (await listSets(fs, layout, crypto)).filter((s) => s.reason === reason);
  const removed: string[] = [];
  // The contract refuses a keep below the floor; this holds it for any other caller too (0, 1, NaN).
  const kept = Number.isInteger(keep) ? Math.max(MIN_BACKUP_KEEP, keep) : MIN_BACKUP_KEEP;
  for (const old of same.slice(kept)) {
    if (isPinned(old.name)) continue;
    await removeSet(fs, layout, old.name);
    removed.push(old.name);
  }
  return removed;
}

/**
 * Deletes blobs in the backup store that no remaining backup lists (by their file names:
 * HMAC names for format 3, ids for format 2). Must not run while a backup is being written
 * (its blobs are not listed yet). A list that cannot be read stops the collection: deleting
 * photos a damaged list no longer names could delete the only copy.
 */
export async function collectStoreGarbage(fs: BackupFs, layout: BackupLayout, store: BlobStore, crypto: BackupCrypto): Promise<{ removed: number; bytes: number }> {
  const needed = new Set<string>();
  for (const set of await listSets(fs, layout, crypto)) {
    for await (const id of blobIdsOf(fs, layout.setDir(set.name), set.manifest, crypto)) needed.add(storeNameOf(set.manifest, crypto, id));
  }
  let removed = 0;
  let bytes = 0;
  for await (const blob of store.list()) {
    if (needed.has(blob.id)) continue;
    await store.remove(blob.id);
    removed += 1;
    bytes += blob.size;
  }
  return { removed, bytes };
}
