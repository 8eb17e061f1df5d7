import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { localBlobStore } from '../../src-main/main/blobs/blob-store';
import { openPrDeskDb, staffRepo, type PrDeskDb } from '../../src-renderer/data';
import { BACKUP_TABLES, streamBackup, type BackupProgress } from '../../src-renderer/data/backup';
import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { RESTORING_KEY, RestoreRefusedError, restoreBackup } from '../../src-renderer/data/restore';
import { SCHEMA_VERSIONS } from '../../src-renderer/data/schema';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { workstation } from './workstation';

/** localStorage for Node: what the restore marks while it replaces tables. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

/** The real main handlers, plus blob:put on main's real store (its handler is the lead's part). */
async function station(root: string, label: string) {
  const ws = await workstation(root, label);
  const store = localBlobStore(ws.userDataDir);
  const main: PrDeskClient = { ...ws.main, blobPut: ({ bytes }) => store.put(bytes) };
  return { ...ws, main, store };
}

async function dump(db: Dexie) {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) if (db.tables.some((t) => t.name === name)) out[name] = await db.table(name).toArray();
  return out;
}

async function seed(db: PrDeskDb, photoId: string) {
  await db.officeProfile.put({
    id: 'office',
    officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
    logoBlobId: photoId,
    stamp: new Uint8Array([0, 1, 2, 255]),
  } as never);
  for (const firstName of ['สมชาย', 'กัญญ์ณัฏฐ์', 'ปิยะนุช', 'ฟื้นฟู']) await staffRepo(db).create({ ...SOMCHAI, firstName });
  // Two ops already on the share, the rest not yet.
  const [first, second] = await db.outbox.orderBy('seq').limit(2).toArray();
  await db.outbox.bulkPut([{ ...first!, published: 1 }, { ...second!, published: 1 }]);
  await db.syncMeta.bulkPut([
    { key: 'publishedThrough', value: 2 },
    { key: 'cursor', value: { '0190a000-0000-7000-8000-0000000000e1': 17 } },
    { key: 'snapshotCovered', value: 2 },
  ]);
}

describe('streamed backup and restore against the real main handlers', () => {
  it('round-trips every table in small parts, brings photos back, renews the device and re-attributes unpublished ops', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-restore-'));
    const a = await station(root, 'pc1');
    const photo = randomBytes(50_000);
    const { id: photoId } = await a.store.put(photo);
    await seed(a.db, photoId);
    const oldDevice = a.db.writer.deviceId;
    const before = await dump(a.db);

    const progress: BackupProgress[] = [];
    // Tiny chunks so every table is read and written in several steps.
    const info = await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main, chunkRows: 2, onProgress: (p) => progress.push(p) });
    expect(info).toMatchObject({ reason: 'manual', blobCount: 1, blobBytes: 50_000 });
    expect(progress.at(-1)).toMatchObject({ phase: 'photos', done: 1, total: 1, bytes: 50_000 });
    const preview = await a.main.backupOpen({ name: info.name });
    expect(preview.tables.find((t) => t.table === 'staff')?.rows).toBe(4);
    expect(preview.tables.map((t) => t.table)).not.toContain('blobs');

    // Work after the backup: a new record, and the photo lost from this PC's store.
    await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'หลังสำรอง' });
    await a.store.remove(photoId);

    const storage = memoryStorage();
    const result = await restoreBackup(a.db, info.name, { keep: 5, main: a.main, storage });
    expect(result.photosDamaged).toBe(0);
    expect(result.newDeviceId).not.toBe(oldDevice);
    expect((await a.main.deviceGetIdentity()).deviceId).toBe(result.newDeviceId);
    expect(storage.map.has(RESTORING_KEY)).toBe(false);
    expect(await a.store.read(photoId)).toEqual(photo);

    const after = await dump(a.db);
    const { outbox: outBefore, syncMeta: _m1, ...restBefore } = before;
    const { outbox: outAfter, syncMeta: metaAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    expect((after.officeProfile?.[0] as { stamp: Uint8Array }).stamp).toEqual(new Uint8Array([0, 1, 2, 255]));
    // Same ops (ids, stamps); unpublished ones now belong to the new device.
    expect(outAfter?.map((op) => ({ ...(op as object), deviceId: undefined }))).toEqual(outBefore?.map((op) => ({ ...(op as object), deviceId: undefined })));
    for (const op of outAfter as { published: number; deviceId: string }[]) expect(op.deviceId).toBe(op.published ? oldDevice : result.newDeviceId);
    const meta = Object.fromEntries((metaAfter as { key: string; value: unknown }[]).map((r) => [r.key, r.value]));
    expect(meta.publishedThrough).toBe(0);
    expect(meta.cursor).toEqual({ '0190a000-0000-7000-8000-0000000000e1': 17, [oldDevice]: 2 });
    expect(meta.snapshotCovered).toBeUndefined();

    // The state before the restore was itself backed up, and can be listed.
    const list = await a.main.backupList();
    expect(list.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    expect(result.safetyBackup).toBe(list[0]?.name);
  });

  it('refuses a backup with a damaged record part before changing anything', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-restore-'));
    const a = await station(root, 'pc1');
    await staffRepo(a.db).create(SOMCHAI);
    const info = await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main });
    const part = join(a.userDataDir, 'backups', 'sets', info.name, 'tables', 'staff.0.sealed');
    rmSync(part);
    await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'ยังอยู่' });
    const storage = memoryStorage();
    await expect(restoreBackup(a.db, info.name, { keep: 5, main: a.main, storage })).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await a.db.staff.count()).toBe(2);
    expect(storage.map.size).toBe(0);
    expect((await a.main.backupList()).map((b) => b.reason)).toEqual(['manual']);
  });

  it('a cancelled backup leaves no backup and no temp folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-restore-'));
    const a = await station(root, 'pc1');
    for (let i = 0; i < 5; i++) await staffRepo(a.db).create(SOMCHAI);
    const controller = new AbortController();
    const run = streamBackup(a.db, {
      reason: 'manual',
      keep: 5,
      main: a.main,
      chunkRows: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(await a.main.backupList()).toEqual([]);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(a.userDataDir, 'backups', 'tmp'))).toEqual([]);
  });

  it('a before-upgrade backup of a version-9 database keeps its photo bytes and restores them into main\'s store', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-restore-'));
    const a = await station(root, 'pc1');
    const name = `pr-desk-v9-${Date.now()}`;
    const old = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= 9)) old.version(version).stores(stores);
    await old.open();
    // One photo larger than a row piece, so it travels as several rows.
    const big = randomBytes(5 * 1024 * 1024 + 17);
    const small = randomBytes(300);
    const { createHash } = await import('node:crypto');
    const idOf = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    await old.table('blobs').bulkAdd([
      { id: idOf(big), mime: 'image/jpeg', size: big.length, data: new Uint8Array(big), createdAt: '2026-01-01T00:00:00Z' },
      { id: idOf(small), mime: 'image/png', size: small.length, data: new Uint8Array(small), createdAt: '2026-01-01T00:00:00Z' },
    ]);
    await old.table('staff').add({ id: 'staff-old', firstName: 'รุ่นเก่า', deleted: false });
    old.close();

    const { deviceId } = await a.main.deviceGetIdentity();
    const db = await openPrDeskDb({
      name,
      deviceId,
      getActor: () => 'actor',
      acting: 'not-checked',
      backupBeforeUpgrade: async (raw, meta) => {
        await streamBackup(raw, { reason: 'before-upgrade', keep: 5, main: a.main, includeLegacyBlobs: true, ...meta });
      },
    });
    const [made] = await a.main.backupList();
    expect(made?.reason).toBe('before-upgrade');
    const preview = await a.main.backupOpen({ name: made!.name });
    expect(preview.schemaVersion).toBe(9);
    expect(preview.tables.find((t) => t.table === 'blobs')?.rows).toBe(4); // 3 pieces of the big one, 1 small

    expect(await a.store.has(idOf(big))).toBe(false);
    const result = await restoreBackup(db, made!.name, { keep: 5, main: a.main, storage: memoryStorage() });
    expect(result.photosDamaged).toBe(0);
    // Compared by hash: a deep toEqual over megabytes of bytes takes vitest tens of seconds.
    expect(idOf((await a.store.read(idOf(big)))!)).toBe(idOf(big));
    expect(idOf((await a.store.read(idOf(small)))!)).toBe(idOf(small));
    expect((await db.staff.get('staff-old'))?.firstName).toBe('รุ่นเก่า');
  });
});

describe('incremental records: a table unchanged since a backup is taken from it', () => {
  /** Main's client, counting the rows the renderer sends per table. */
  function counting(main: PrDeskClient) {
    const sent = new Map<string, number>();
    const client: PrDeskClient = {
      ...main,
      backupWriteRows: (input) => {
        sent.set(input.table, (sent.get(input.table) ?? 0) + input.rows);
        return main.backupWriteRows(input);
      },
    };
    return { client, sent };
  }

  it('sends no rows for an unchanged office, only the written tables after an edit, and each backup restores whole', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-incremental-'));
    const a = await station(root, 'pc1');
    const { id: photoId } = await a.store.put(randomBytes(1000));
    await seed(a.db, photoId);

    const first = counting(a.main);
    await streamBackup(a.db, { reason: 'manual', keep: 5, main: first.client, chunkRows: 2 });
    expect(first.sent.get('staff')).toBe(4);

    const unchanged = counting(a.main);
    const second = await streamBackup(a.db, { reason: 'manual', keep: 5, main: unchanged.client });
    expect([...unchanged.sent]).toEqual([]);
    const secondPreview = await a.main.backupOpen({ name: second.name });
    expect(secondPreview.tables.find((t) => t.table === 'staff')).toMatchObject({ rows: 4, damagedParts: 0 });

    await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'หลังสำรอง' });
    const edited = counting(a.main);
    const third = await streamBackup(a.db, { reason: 'manual', keep: 5, main: edited.client });
    expect(Object.fromEntries(edited.sent)).toEqual({ staff: 5, outbox: 6 });

    // A part damaged in the newest backup that holds a table is never carried on: the rows are read again.
    const staffPart = join(a.userDataDir, 'backups', 'sets', third.name, 'tables', 'officeProfile.0.sealed');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(staffPart, 'damaged');
    const afterDamage = counting(a.main);
    await streamBackup(a.db, { reason: 'manual', keep: 5, main: afterDamage.client });
    expect(Object.fromEntries(afterDamage.sent)).toEqual({ officeProfile: 1 });

    // The second backup (every table taken from the first) restores to exactly what was backed up.
    const before = await dump(a.db);
    await restoreBackup(a.db, second.name, { keep: 5, main: a.main, storage: memoryStorage(), safetyBackup: false });
    const restored = await dump(a.db);
    expect(restored.staff).toHaveLength(4);
    expect(restored.officeProfile).toEqual(before.officeProfile);
    a.db.close();
    rmSync(root, { recursive: true, force: true });
  });
});
