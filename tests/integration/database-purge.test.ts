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

/** A workstation whose "clear the IndexedDB files" deletes its (fake) database, as Chromium deletes the origin's folder. */
async function station(withClear = true) {
  root = mkdtempSync(join(tmpdir(), 'pr-desk-purge-'));
  let name = '';
  const ws = await workstation(root, 'pc1', withClear ? { clearAppDatabases: () => Dexie.delete(name) } : {});
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
    const a = await station(false);
    await seed(a.db);
    const before = await dump(a.db);
    await a.main.databasePurgeWant();
    await expect(clearDatabaseFiles(a.db, a.main, 5)).rejects.toMatchObject({ code: 'not-allowed' });
    expect(a.db.isOpen()).toBe(true);
    expect(await dump(a.db)).toEqual(before);
    expect(await a.main.databasePurgeStatus()).toEqual({ wanted: true, rebuildFrom: null });
  });
});
