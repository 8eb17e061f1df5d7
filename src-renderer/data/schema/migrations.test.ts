import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { reopenTestDb } from '../test-db';
import { CURRENT_SCHEMA_VERSION } from '.';
import { SCHEMA_V1 } from './v1';
import { SCHEMA_V2 } from './v2';
import { SCHEMA_V10 } from './v10';
import { SCHEMA_V13 } from './v13';
import { complaintTypeOf } from '../../../src-main/shared/domain/complaint';
import { checkStoredRecord } from '../read-check';
import { thaiSearchTerms } from '../../../src-main/shared/text/thai-words';

/** A database as an earlier release left it: schema `version`, filled by `fill`, closed. */
async function oldDatabase(name: string, version: number, schema: Record<string, string>, fill: (old: Dexie) => Promise<unknown>): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(schema);
  await old.open();
  await fill(old);
  old.close();
}

/** Opens it with this release, keeping what the before-upgrade backup saw: the old database as it is on disk, at its version. */
async function upgrade(name: string) {
  const backups: { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> }[] = [];
  const db = await reopenTestDb(name, {
    backupBeforeUpgrade: async (old, meta) => {
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const table of old.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
      backups.push({ schemaVersion: meta.schemaVersion, tables });
    },
  });
  return { db, backups };
}

describe('schema upgrades', () => {
  it('opens a version-1 database with its data and gives old ops what sync needs', async () => {
    const name = `pr-desk-v1-${Date.now()}`;
    await oldDatabase(name, 1, SCHEMA_V1, async (v1) => {
      await v1.table('staff').add({ id: 's1', firstName: 'สมชาย', lastName: 'ใจดี', deleted: false, clocks: {} });
      await v1.table('outbox').add({ opId: 'o1', table: 'staff', recordId: 's1', kind: 'create', fields: { firstName: 'สมชาย' }, before: {}, hlc: '1700000000000-0000-d', actor: 'a', deviceId: 'd', at: '2025-01-15T03:00:00.000Z', published: 0 });
    });

    const { db, backups } = await upgrade(name);
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
    await oldDatabase(name, 2, SCHEMA_V2, async (v2) => {
      await v2.table('staff').add({ id: 's1', firstName: 'สมหญิง', lastName: 'รักงาน', deleted: false, clocks: {} });
      await v2.table('syncMeta').put({ key: 'publishedSeq', value: 7 });
    });

    const { db, backups } = await upgrade(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(backups[0]?.schemaVersion).toBe(2);
    expect((await db.staff.get('s1'))?.lastName).toBe('รักงาน');
    expect(await db.syncMeta.get('publishedSeq')).toEqual({ key: 'publishedSeq', value: 7 });
    expect(await db.missions.count()).toBe(0);
    expect(await db.tasks.where('status').equals('pending').count()).toBe(0);
  });

  it('opens a version-10 database without the terms index, the terms kept in each release', async () => {
    const name = `pr-desk-v10-${Date.now()}`;
    const release = { id: 'r1', status: 'approved', agencyId: 'a1', releaseDate: '2025-03-01', requestId: null, beYear: 2568, number: 12, tags: [], deleted: false, terms: thaiSearchTerms('ตลาดปาดังเบซาร์ นิทรรศการ'), clocks: {} };
    await oldDatabase(name, 10, SCHEMA_V10, async (v10) => {
      await v10.table('pressReleases').add(release);
      expect(v10.table('pressReleases').schema.idxByName.terms).toBeDefined();
    });

    const db = await reopenTestDb(name, { backupBeforeUpgrade: () => Promise.resolve() });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.pressReleases.schema.idxByName.terms).toBeUndefined();
    expect(await db.pressReleases.get('r1')).toMatchObject({ terms: release.terms });
    // Search reads the terms kept in the record (release-search.test.ts runs on this schema).
    expect(await db.pressReleases.where('releaseDate').equals('2025-03-01').primaryKeys()).toEqual(['r1']);
    db.close();
  });

  it('opens a version-13 database whose complaints have no type: they read, as general or by their corruption sub-category', async () => {
    const name = `pr-desk-v13-${Date.now()}`;
    const complaint = (id: string, subcategory: string) => ({
      id, yearBE: 2569, seq: 1, receivedDate: '2026-03-01', channel: 'phone', consent: false, complainantName: '', complainantPhone: '', complainantEmail: '', complainantAddress: '',
      subject: 'เรื่อง', details: 'รายละเอียด', category: subcategory === 'delay' ? 'service' : 'misconduct', subcategory, assigneeId: null, attachments: [], erasedAt: null,
      createdAt: '2026-03-01T02:00:00.000Z', createdBy: null, updatedAt: '2026-03-01T02:00:00.000Z', updatedBy: null, deleted: false, clocks: {},
    });
    await oldDatabase(name, 13, SCHEMA_V13, async (v13) => {
      await v13.table('complaints').bulkAdd([complaint('c1', 'delay'), complaint('c2', 'corruption')]);
    });
    const db = await reopenTestDb(name, { backupBeforeUpgrade: () => Promise.resolve() });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const [general, corruption] = await db.complaints.bulkGet(['c1', 'c2']);
    expect(checkStoredRecord('complaints', general)).toBeNull();
    expect(general?.complaintType).toBeUndefined();
    expect(complaintTypeOf(general!)).toBe('general');
    expect(complaintTypeOf(corruption!)).toBe('corruption');
    db.close();
  });

  it('does not open (or upgrade) when the backup before the upgrade fails', async () => {
    const name = `pr-desk-v1-${Date.now()}-fail`;
    await oldDatabase(name, 1, SCHEMA_V1, (v1) => v1.table('staff').add({ id: 's1', firstName: 'สมชาย' }));
    await expect(reopenTestDb(name, { backupBeforeUpgrade: () => Promise.reject(new Error('disk full')) })).rejects.toThrow('disk full');
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(1);
    again.close();
  });
});
