import { describe, expect, it } from 'vitest';
import { conflictsOf } from '../../src-main/shared/sync/merge';
import type { SequencedOp } from '../../src-main/shared/sync/transport';
import { applyRemoteBatch, currentSyncRecord, currentSyncRecords, mergedRecord, readSyncMeta, recordsWithConflicts, toSyncOp } from './sync-store';
import { staffRepo } from './staff-repo';
import { SOMCHAI, openTestDb } from './test-db';
import { SYNC_DIRECTIVE } from './outbox-middleware';
import { refreshSyncRecord } from './sync-store';

const OTHER = '0190a000-0000-7000-8000-0000000000d2';

/** Copies every op of one workstation into another, as the folder transport would. */
async function exchange(from: Awaited<ReturnType<typeof openTestDb>>['db'], to: Awaited<ReturnType<typeof openTestDb>>['db'], fromSeq = 0) {
  const ops = (await from.outbox.orderBy('seq').toArray()).filter((o) => (o.seq ?? 0) > fromSeq);
  const items: SequencedOp[] = ops.map((op, i) => ({ seq: fromSeq + i + 1, op: toSyncOp(op) }));
  await applyRemoteBatch(to, { deviceId: from.writer.deviceId, lastSeq: fromSeq + items.length, apply: items, hold: [] });
  return ops.length;
}

describe('applying remote ops', () => {
  it('creates the record as the other workstation has it, logs nothing, and moves the cursor', async () => {
    const { db: a } = await openTestDb('staff-A');
    const { db: b } = await openTestDb('staff-B', OTHER);
    const created = await staffRepo(a).create(SOMCHAI);
    await exchange(a, b);
    const copy = await b.staff.get(created.id);
    expect(copy).toMatchObject({ firstName: 'สมชาย', createdBy: 'staff-A', deleted: false });
    expect(copy?.clocks).toEqual((await a.staff.get(created.id))?.clocks);
    expect(await b.outbox.count()).toBe(0); // remote state is not re-logged as local changes
    expect((await readSyncMeta(b)).cursor[a.writer.deviceId]).toBe(1);
  });

  it('keeps a concurrent edit as a conflict on both sides and settles it with a resolution', async () => {
    const { db: a, state: sa } = await openTestDb('staff-A');
    const { db: b, state: sb } = await openTestDb('staff-B', OTHER);
    const created = await staffRepo(a).create(SOMCHAI);
    await exchange(a, b);
    sa.now = new Date('2025-01-16T03:00:00Z');
    await staffRepo(a).update(created.id, { position: 'หัวหน้ากลุ่มงาน' });
    sb.now = new Date('2025-01-16T04:00:00Z');
    await staffRepo(b).update(created.id, { position: 'นักประชาสัมพันธ์ชำนาญการพิเศษ' });
    await exchange(a, b, 1);
    await exchange(b, a, 0);

    for (const db of [a, b]) {
      expect((await db.staff.get(created.id))?.position).toBe('นักประชาสัมพันธ์ชำนาญการพิเศษ');
      const [row] = await recordsWithConflicts(db);
      expect(conflictsOf(row!.state)).toMatchObject([{ kind: 'edit', field: 'position', losing: { value: 'หัวหน้ากลุ่มงาน' } }]);
    }

    // A resolves by keeping its own value; the resolution travels like any change.
    const [row] = await recordsWithConflicts(a);
    const stamps = conflictsOf(row!.state).flatMap((c) => (c.kind === 'edit' ? [c.current.clock, c.losing.clock] : []));
    const record = await a.staff.get(created.id);
    await a.staff.put({ ...record!, position: 'หัวหน้ากลุ่มงาน', [SYNC_DIRECTIVE]: { extraBases: { position: stamps } } } as never);
    await refreshSyncRecord(a, 'staff', created.id);
    expect(await recordsWithConflicts(a)).toEqual([]);
    await exchange(a, b, 2);
    expect(await recordsWithConflicts(b)).toEqual([]);
    expect((await b.staff.get(created.id))?.position).toBe('หัวหน้ากลุ่มงาน');
  });

  it('indexes only rows in conflict: a settled row is stored without the flag and read back as 0', async () => {
    const { db: a } = await openTestDb('staff-A');
    const { db: b } = await openTestDb('staff-B', OTHER);
    const created = await staffRepo(a).create(SOMCHAI);
    await exchange(a, b);
    const stored = (await b.syncRecords.get(['staff', created.id])) as unknown as Record<string, unknown>;
    expect(stored).toBeDefined();
    expect('hasConflicts' in stored).toBe(false);
    expect((await currentSyncRecord(b, 'staff', created.id)).hasConflicts).toBe(0);
    expect(await b.syncRecords.where('hasConflicts').equals(0).count()).toBe(0);
  });

  it('folds local writes made after a merge into the merge state', async () => {
    const { db: a } = await openTestDb('staff-A');
    const { db: b } = await openTestDb('staff-B', OTHER);
    const created = await staffRepo(a).create(SOMCHAI);
    await exchange(a, b);
    await staffRepo(b).update(created.id, { phone: '081-2345678' });
    const row = await currentSyncRecord(b, 'staff', created.id);
    expect(row.state.fields.phone?.value).toBe('081-2345678');
  });

  it('reads every record of a table in bulk exactly as one by one (merged, local edits, never synced)', async () => {
    const { db: a } = await openTestDb('staff-A');
    const { db: b } = await openTestDb('staff-B', OTHER);
    const merged = await staffRepo(a).create(SOMCHAI);
    await exchange(a, b);
    await staffRepo(b).update(merged.id, { phone: '081-2345678' });
    const localOnly = await staffRepo(b).create({ ...SOMCHAI, firstName: 'สมหญิง' });
    await staffRepo(b).update(localOnly.id, { position: 'นักประชาสัมพันธ์' });
    const bulk = await currentSyncRecords(b, 'staff');
    const oneByOne = await Promise.all([merged.id, localOnly.id].map((id) => currentSyncRecord(b, 'staff', id)));
    expect(bulk.sort((x, y) => x.recordId.localeCompare(y.recordId))).toEqual(oneByOne.sort((x, y) => x.recordId.localeCompare(y.recordId)));
    expect(bulk).toHaveLength(2);
  });
});

describe('a record that arrives as a state without its create op', () => {
  it('takes createdAt/createdBy from its first write, never undefined', async () => {
    const { db: a } = await openTestDb('staff-A');
    const created = await staffRepo(a).create(SOMCHAI);
    await staffRepo(a).update(created.id, { position: 'หัวหน้ากลุ่มงาน' });
    const [row] = await currentSyncRecords(a, 'staff', [created.id]);
    const record = mergedRecord({ ...row!, localSeq: 0 }, [], undefined);
    expect(record.createdAt).toBe((await a.staff.get(created.id))?.createdAt);
    expect(record.createdBy).toBe('staff-A');
  });
});

describe('derived fields on merge', () => {
  it('derives only a record that holds a concurrent write, and then only its concurrent derived fields', async () => {
    const { db: a, state: sa } = await openTestDb('staff-A');
    const { db: b, state: sb } = await openTestDb('staff-B', OTHER);
    const created = await staffRepo(a).create(SOMCHAI);
    await exchange(a, b);
    const calls: string[] = [];
    const derive = (table: string, record: Record<string, unknown>) => {
      calls.push(String(record.id));
      return { position: `derived ${table}`, lastName: 'not concurrent' };
    };
    const plain = await currentSyncRecord(b, 'staff', created.id);
    expect(mergedRecord({ ...plain, localSeq: 0 }, [], undefined, derive).position).toBe(SOMCHAI.position);
    expect(calls).toEqual([]); // one write per field: nothing to derive

    sa.now = new Date('2025-01-16T03:00:00Z');
    await staffRepo(a).update(created.id, { position: 'หัวหน้ากลุ่มงาน' });
    sb.now = new Date('2025-01-16T04:00:00Z');
    await staffRepo(b).update(created.id, { position: 'นักประชาสัมพันธ์ชำนาญการพิเศษ' });
    await exchange(a, b, 1);
    const [concurrent] = await recordsWithConflicts(b);
    const record = mergedRecord({ ...concurrent!, localSeq: 0 }, [], undefined, derive);
    expect(calls).toEqual([created.id]);
    expect(record.position).toBe('derived staff'); // two heads: recomputed
    expect(record.lastName).toBe(SOMCHAI.lastName); // one head: as merged
  });
});

