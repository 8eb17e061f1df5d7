import { describe, expect, it } from 'vitest';
import { HardDeleteError } from './outbox-middleware';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { staffRepo } from './staff-repo';
import { SOMCHAI, openTestDb } from './test-db';

describe('outbox middleware', () => {
  it('logs a create through the repository with the envelope stamped', async () => {
    const { db } = await openTestDb('staff-A');
    const created = await staffRepo(db).create(SOMCHAI);
    expect(created.createdBy).toBe('staff-A');
    expect(created.deleted).toBe(false);
    expect(Object.keys(created.clocks)).toContain('firstName');
    const ops = await db.outbox.toArray();
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ table: 'staff', recordId: created.id, kind: 'create', actor: 'staff-A', published: 0 });
    expect(ops[0]?.fields.firstName).toBe('สมชาย');
  });

  it('captures every kind of raw table write too', async () => {
    const { db } = await openTestDb();
    const repo = staffRepo(db);
    const a = await repo.create(SOMCHAI);
    const b = await repo.create({ ...SOMCHAI, firstName: 'สมหญิง' });
    const before = await db.outbox.count();

    await db.staff.put({ ...a, position: 'ผู้อำนวยการ' });
    await db.staff.update(a.id, { phone: '081-0000000' });
    await db.staff.bulkPut([{ ...(await db.staff.get(b.id))!, lastName: 'รักดี' }]);
    await db.staff.where('workGroup').equals('public-relations').modify({ active: false });

    const ops = await db.outbox.where('seq').above(before).toArray();
    expect(ops.map((o) => Object.keys(o.fields))).toEqual([['position'], ['phone'], ['lastName'], ['active'], ['active']]);
    expect((await db.staff.get(a.id))?.clocks.phone).toBe(ops[1]?.hlc);
  });

  it('writes neither the record nor the op when the transaction fails', async () => {
    const { db } = await openTestDb();
    await expect(
      db.transaction('rw', db.staff, async () => {
        await staffRepo(db).create(SOMCHAI);
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await db.staff.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes nothing for an update that changes nothing', async () => {
    const { db } = await openTestDb();
    const repo = staffRepo(db);
    const created = await repo.create(SOMCHAI);
    await repo.update(created.id, { firstName: 'สมชาย' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses hard deletes on synced tables', async () => {
    const { db } = await openTestDb();
    const created = await staffRepo(db).create(SOMCHAI);
    await expect(db.staff.delete(created.id)).rejects.toThrow(HardDeleteError);
    await expect(db.staff.clear()).rejects.toThrow(HardDeleteError);
    expect(await db.staff.count()).toBe(1);
  });

  it('does not log writes to local-only tables', async () => {
    const { db } = await openTestDb();
    await db.localSettings.put({ key: 'language', value: 'en' });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('ops are ready for the sync merge', () => {
  it('record what each write knowingly replaces', async () => {
    const { db } = await openTestDb();
    const repo = staffRepo(db);
    const created = await repo.create(SOMCHAI);
    const createClock = (await db.staff.get(created.id))?.clocks.position;
    await repo.update(created.id, { position: 'ผู้อำนวยการ' });
    await repo.remove(created.id);
    const [create, update, remove] = await db.outbox.orderBy('seq').toArray();
    expect(create?.bases).toEqual({});
    expect(update?.bases).toEqual({ position: [createClock], deleted: [createClock] });
    expect(Object.keys(remove?.bases ?? {}).sort()).toEqual(Object.keys(SOMCHAI).concat('deleted').sort());
    expect(remove?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('replays through the merge to the same record', async () => {
    const { applyOp, emptyRecordState, materialize } = await import('../../src-main/shared/sync/merge');
    const { db } = await openTestDb();
    const repo = staffRepo(db);
    const created = await repo.create(SOMCHAI);
    await repo.update(created.id, { position: 'ผู้อำนวยการ', phone: '081-0000000' });
    await repo.remove(created.id);
    const ops = await db.outbox.orderBy('seq').toArray();
    const merged = materialize([...ops].reverse().reduce(applyOp, emptyRecordState()));
    const stored = await db.staff.get(created.id);
    const { id: _i, createdAt: _a, createdBy: _b, updatedAt: _c, updatedBy: _d, clocks: _e, ...values } = stored!;
    expect(merged).toEqual(values);
  });
});
