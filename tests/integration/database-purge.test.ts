import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { clearDatabaseFiles, openPrDeskDb, rebuildFromBackup, staffRepo, type PrDeskDb } from '../../src-renderer/data';
import { BACKUP_TABLES } from '../../src-renderer/data/backup';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { localBlobStore } from '../../src-main/main/blobs/blob-store';
import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { rebuildDatabaseFilesIfWanted } from '../../src-renderer/data/database-rebuild';
import { workstation } from './workstation';

/** Every table as it is, ops with their seq and device, sync state and all. */
async function dump(db: Dexie) {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) out[name] = await db.table(name).toArray();
  return out;
}

async function seed(db: PrDeskDb) {
  for (const firstName of ['สมชาย', 'กัญญ์ณัฏฐ์', 'ปิยะนุช']) await staffRepo(db).create({ ...SOMCHAI, firstName });
  const [first] = await db.outbox.orderBy('seq').limit(1).toArray();
  await db.outbox.put({ ...first!, published: 1 });
  await db.syncMeta.bulkPut([
    { key: 'publishedThrough', value: 1 },
    { key: 'cursor', value: { '0190a000-0000-7000-8000-0000000000e1': 17 } },
  ]);
}

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/**
 * A workstation whose "clear the IndexedDB files" deletes its (fake) database, as Chromium
 * deletes the origin's folder; 'fails' deletes it and then reports an I/O error (a clear that
 * died part-way); 'none' has nothing to clear with.
 */
async function station(clear: 'works' | 'fails' | 'none' = 'works') {
  root = mkdtempSync(join(tmpdir(), 'pr-desk-purge-'));
  let name = '';
  const clearAppDatabases = async () => {
    await Dexie.delete(name);
    if (clear === 'fails') throw new Error('EIO');
  };
  const ws = await workstation(root, 'pc1', clear === 'none' ? {} : { clearAppDatabases });
  name = ws.db.name;
  const store = localBlobStore(ws.userDataDir);
  const main: PrDeskClient = { ...ws.main, blobPut: ({ bytes }) => store.put(bytes) };
  const reopen = () => openPrDeskDb({ name, deviceId: ws.db.writer.deviceId, getActor: () => 'actor', acting: 'not-checked' });
  return { ...ws, main, reopen };
}

describe('rebuilding the database files after an erasure', () => {
  it('clears the files only after a checked backup, then writes every record back as it was: same device, same sync state', async () => {
    const a = await station();
    await seed(a.db);
    const before = await dump(a.db);
    expect(await a.main.databasePurgeWant()).toEqual({ wanted: true, rebuildFrom: null });

    const backup = await clearDatabaseFiles(a.db, a.main, 5);
    expect(backup).toMatch(/^\d{6}-after-erasure$/);
    expect(await Dexie.exists(a.db.name)).toBe(false);
    // Main remembers where to rebuild from, outside the database: a crash here finishes it at the next start.
    expect(await a.main.databasePurgeStatus()).toEqual({ wanted: true, rebuildFrom: backup });

    const fresh = await a.reopen();
    await rebuildFromBackup(fresh, a.main, backup!);
    expect(await dump(fresh)).toEqual(before);
    expect(await a.main.databasePurgeStatus()).toEqual({ wanted: false, rebuildFrom: null });
    // The op counter goes on after the highest seq written back: no op is ever numbered twice.
    await staffRepo(fresh).create({ ...SOMCHAI, firstName: 'หลังล้าง' });
    const seqs = (await fresh.outbox.toArray()).map((op) => op.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(Math.max(...(seqs as number[]))).toBeGreaterThan(Math.max(...(before.outbox as { seq: number }[]).map((op) => op.seq)));
  });

  it('a rebuild cut off half-way and run again at the next start ends with the same records', async () => {
    const a = await station();
    await seed(a.db);
    const before = await dump(a.db);
    const backup = (await clearDatabaseFiles(a.db, a.main, 5))!;
    const first = await a.reopen();
    // Cut off after the first tables: main's answer to the staff part never comes.
    const cut = { ...a.main, backupReadRows: (input: { name: string; table: string; part: number }) => (input.table === 'staff' ? Promise.reject(new Error('window closed')) : a.main.backupReadRows(input)) };
    await expect(rebuildFromBackup(first, cut, backup)).rejects.toThrow('window closed');
    first.close();
    expect((await a.main.databasePurgeStatus()).rebuildFrom).toBe(backup);
    const again = await a.reopen();
    await rebuildFromBackup(again, a.main, backup);
    expect(await dump(again)).toEqual(before);
  });

  it('when main cannot clear the files, the database stays open and whole, and the wish stays for the next start', async () => {
    const a = await station('none');
    await seed(a.db);
    const before = await dump(a.db);
    await a.main.databasePurgeWant();
    await expect(clearDatabaseFiles(a.db, a.main, 5)).rejects.toMatchObject({ code: 'not-allowed' });
    expect(a.db.isOpen()).toBe(true);
    expect(await dump(a.db)).toEqual(before);
    expect(await a.main.databasePurgeStatus()).toEqual({ wanted: true, rebuildFrom: null });
  });
});

describe('the rebuild at the start of the window (data/database-rebuild.ts)', () => {
  const noProgress = () => undefined;

  it('does nothing when no erasure asked for it', async () => {
    const a = await station();
    await seed(a.db);
    expect(await rebuildDatabaseFilesIfWanted(a.db, a.reopen, a.main, noProgress)).toEqual({ db: a.db, outcome: 'none' });
    expect(a.db.isOpen()).toBe(true);
  });

  it('after an erasure: new files, every record as it was, and the wish forgotten', async () => {
    const a = await station();
    await seed(a.db);
    const before = await dump(a.db);
    await a.main.databasePurgeWant();
    const phases: string[] = [];
    const { db, outcome } = await rebuildDatabaseFilesIfWanted(a.db, a.reopen, a.main, (p) => phases.push(p.phase));
    expect(outcome).toBe('rebuilt');
    expect(db).not.toBe(a.db);
    expect(await dump(db)).toEqual(before);
    expect(new Set(phases)).toEqual(new Set(['backup', 'clear', 'records']));
    expect(await a.main.databasePurgeStatus()).toEqual({ wanted: false, rebuildFrom: null });
  });

  it('a start after a crash with the files already gone writes the records back from the marker’s backup', async () => {
    const a = await station();
    await seed(a.db);
    const before = await dump(a.db);
    await clearDatabaseFiles(a.db, a.main, 5); // the window died right after this
    const empty = await a.reopen();
    const { db, outcome } = await rebuildDatabaseFilesIfWanted(empty, a.reopen, a.main, noProgress);
    expect(outcome).toBe('rebuilt');
    expect(db).toBe(empty);
    expect(await dump(db)).toEqual(before);
  });

  it('when main refuses to clear, the app goes on with its records, says it failed, and keeps the wish', async () => {
    const a = await station('none');
    await seed(a.db);
    const before = await dump(a.db);
    await a.main.databasePurgeWant();
    const { db, outcome } = await rebuildDatabaseFilesIfWanted(a.db, a.reopen, a.main, noProgress);
    expect(outcome).toBe('failed');
    expect(db).toBe(a.db);
    expect(await dump(db)).toEqual(before);
    expect(await a.main.databasePurgeStatus()).toEqual({ wanted: true, rebuildFrom: null });
  });

  it('a clear that dies after removing the files still ends with every record, and asks again for the next start', async () => {
    const a = await station('fails');
    await seed(a.db);
    const before = await dump(a.db);
    await a.main.databasePurgeWant();
    const { db, outcome } = await rebuildDatabaseFilesIfWanted(a.db, a.reopen, a.main, noProgress);
    expect(outcome).toBe('failed');
    expect(await dump(db)).toEqual(before);
    expect(await a.main.databasePurgeStatus()).toEqual({ wanted: true, rebuildFrom: null });
  });
});
