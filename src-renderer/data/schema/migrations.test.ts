import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openPrDeskDb } from '../db';
import { SCHEMA_V1 } from './v1';

describe('schema upgrades', () => {
  it('opens a version-1 database with its data and gives old ops what sync needs', async () => {
    const name = `pr-desk-v1-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('staff').add({ id: 's1', firstName: 'สมชาย', lastName: 'ใจดี', deleted: false, clocks: {} });
    await v1.table('outbox').add({ opId: 'o1', table: 'staff', recordId: 's1', kind: 'create', fields: { firstName: 'สมชาย' }, before: {}, hlc: '1700000000000-0000-d', actor: 'a', deviceId: 'd', at: '2025-01-15T03:00:00.000Z', published: 0 });
    v1.close();

    const db = await openPrDeskDb({ name, deviceId: '0190a000-0000-7000-8000-0000000000d1', getActor: () => 'a' });
    expect(db.verno).toBe(2);
    expect((await db.staff.get('s1'))?.firstName).toBe('สมชาย');
    expect(await db.outbox.toArray()).toMatchObject([{ opId: 'o1', bases: {}, schemaVersion: 1 }]);
    expect(await db.syncRecords.count()).toBe(0);
  });
});
