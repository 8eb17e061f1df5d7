import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openPrDeskDb } from '../db';
import { CURRENT_SCHEMA_VERSION } from '.';
import { SCHEMA_V1 } from './v1';
import { SCHEMA_V2 } from './v2';
import { SCHEMA_V10 } from './v10';
import { thaiSearchTerms } from '../../../src-main/shared/text/thai-words';

describe('schema upgrades', () => {
  it('opens a version-1 database with its data and gives old ops what sync needs', async () => {
    const name = `pr-desk-v1-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('staff').add({ id: 's1', firstName: 'สมชาย', lastName: 'ใจดี', deleted: false, clocks: {} });
    await v1.table('outbox').add({ opId: 'o1', table: 'staff', recordId: 's1', kind: 'create', fields: { firstName: 'สมชาย' }, before: {}, hlc: '1700000000000-0000-d', actor: 'a', deviceId: 'd', at: '2025-01-15T03:00:00.000Z', published: 0 });
    v1.close();

    // What the before-upgrade backup sees: the old database as it is on disk, at its version.
    const backups: { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> }[] = [];
    const db = await openPrDeskDb({
      name,
      deviceId: '0190a000-0000-7000-8000-0000000000d1',
      getActor: () => 'a', acting: 'not-checked',
      backupBeforeUpgrade: async (old, meta) => {
        const tables: Record<string, Record<string, unknown>[]> = {};
        for (const table of old.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
        backups.push({ schemaVersion: meta.schemaVersion, tables });
      },
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // The old database was backed up as it was, before the upgrade touched it.
    const [backup] = backups;
    expect(backup?.schemaVersion).toBe(1);
    expect(backup?.tables.staff).toHaveLength(1);
    expect(backup?.tables.outbox?.[0]?.bases).toBeUndefined();
    expect((await db.staff.get('s1'))?.firstName).toBe('สมชาย');
    expect(await db.outbox.toArray()).toMatchObject([{ opId: 'o1', bases: {}, schemaVersion: 1 }]);
    expect(await db.syncRecords.count()).toBe(0);
  });

  it('opens a version-2 database (before missions) with its sync state and empty mission tables', async () => {
    const name = `pr-desk-v2-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('staff').add({ id: 's1', firstName: 'สมหญิง', lastName: 'รักงาน', deleted: false, clocks: {} });
    await v2.table('syncMeta').put({ key: 'publishedSeq', value: 7 });
    v2.close();

    // What the before-upgrade backup sees: the old database as it is on disk, at its version.
    const backups: { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> }[] = [];
    const db = await openPrDeskDb({
      name,
      deviceId: '0190a000-0000-7000-8000-0000000000d1',
      getActor: () => 'a', acting: 'not-checked',
      backupBeforeUpgrade: async (old, meta) => {
        const tables: Record<string, Record<string, unknown>[]> = {};
        for (const table of old.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
        backups.push({ schemaVersion: meta.schemaVersion, tables });
      },
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(backups[0]?.schemaVersion).toBe(2);
    expect((await db.staff.get('s1'))?.lastName).toBe('รักงาน');
    expect(await db.syncMeta.get('publishedSeq')).toEqual({ key: 'publishedSeq', value: 7 });
    expect(await db.missions.count()).toBe(0);
    expect(await db.tasks.where('status').equals('pending').count()).toBe(0);
  });

  it('opens a version-10 database without the terms index, the terms kept in each release', async () => {
    const name = `pr-desk-v10-${Date.now()}`;
    const v10 = new Dexie(name);
    v10.version(10).stores(SCHEMA_V10);
    await v10.open();
    const release = { id: 'r1', status: 'approved', agencyId: 'a1', releaseDate: '2025-03-01', requestId: null, beYear: 2568, number: 12, tags: [], deleted: false, terms: thaiSearchTerms('ตลาดปาดังเบซาร์ นิทรรศการ'), clocks: {} };
    await v10.table('pressReleases').add(release);
    expect(v10.table('pressReleases').schema.idxByName.terms).toBeDefined();
    v10.close();

    const db = await openPrDeskDb({ name, deviceId: '0190a000-0000-7000-8000-0000000000d1', getActor: () => 'a', acting: 'not-checked', backupBeforeUpgrade: () => Promise.resolve() });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.pressReleases.schema.idxByName.terms).toBeUndefined();
    expect(await db.pressReleases.get('r1')).toMatchObject({ terms: release.terms });
    // Search reads the terms kept in the record (release-search.test.ts runs on this schema).
    expect(await db.pressReleases.where('releaseDate').equals('2025-03-01').primaryKeys()).toEqual(['r1']);
    db.close();
  });

  it('does not open (or upgrade) when the backup before the upgrade fails', async () => {
    const name = `pr-desk-v1-${Date.now()}-fail`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('staff').add({ id: 's1', firstName: 'สมชาย' });
    v1.close();
    await expect(
      openPrDeskDb({ name, deviceId: 'd', getActor: () => 'a', acting: 'not-checked', backupBeforeUpgrade: () => Promise.reject(new Error('disk full')) }),
    ).rejects.toThrow('disk full');
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(1);
    again.close();
  });
});
