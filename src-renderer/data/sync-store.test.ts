import { describe, expect, it } from 'vitest';
import { conflictsOf } from '../../src-main/shared/sync/merge';
import type { SequencedOp } from '../../src-main/shared/sync/transport';
import { applyRemoteBatch, currentSyncRecord, currentSyncRecords, mergedRecord, readSyncMeta, recordsWithConflicts, toSyncOp } from './sync-store';
import { staffRepo } from './staff-repo';
import { pressReleaseRepo } from './press-repo';
import { SOMCHAI, TEST_DEVICE, openTestDb, testRelease } from './test-db';
import type { SyncHeldRow } from './types';
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

/** Two workstations, A and B: A creates SOMCHAI and B takes it in. */
async function twoWorkstations() {
  const { db: a, state: sa } = await openTestDb('staff-A');
  const { db: b, state: sb } = await openTestDb('staff-B', OTHER);
  const created = await staffRepo(a).create(SOMCHAI);
  await exchange(a, b);
  return { a, b, sa, sb, created };
}

/** A and B both change SOMCHAI's position, B an hour later; A's change then reaches B. */
async function concurrentPositions({ a, b, sa, sb, created }: Awaited<ReturnType<typeof twoWorkstations>>) {
  sa.now = new Date('2025-01-16T03:00:00Z');
  await staffRepo(a).update(created.id, { position: 'หัวหน้ากลุ่มงาน' });
  sb.now = new Date('2025-01-16T04:00:00Z');
  await staffRepo(b).update(created.id, { position: 'นักประชาสัมพันธ์ชำนาญการพิเศษ' });
  await exchange(a, b, 1);
}

describe('applying remote ops', () => {
  it('creates the record as the other workstation has it, logs nothing, and moves the cursor', async () => {
    const { a, b, created } = await twoWorkstations();
    const copy = await b.staff.get(created.id);
    expect(copy).toMatchObject({ firstName: 'สมชาย', createdBy: 'staff-A', deleted: false });
    expect(copy?.clocks).toEqual((await a.staff.get(created.id))?.clocks);
    expect(await b.outbox.count()).toBe(0); // remote state is not re-logged as local changes
    expect((await readSyncMeta(b)).cursor[a.writer.deviceId]).toBe(1);
  });

  it('keeps a concurrent edit as a conflict on both sides and settles it with a resolution', async () => {
    const office = await twoWorkstations();
    const { a, b, created } = office;
    await concurrentPositions(office);
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
    const { b, created } = await twoWorkstations();
    const stored = (await b.syncRecords.get(['staff', created.id])) as unknown as Record<string, unknown>;
    expect(stored).toBeDefined();
    expect('hasConflicts' in stored).toBe(false);
    expect((await currentSyncRecord(b, 'staff', created.id)).hasConflicts).toBe(0);
    expect(await b.syncRecords.where('hasConflicts').equals(0).count()).toBe(0);
  });

  it('folds local writes made after a merge into the merge state', async () => {
    const { b, created } = await twoWorkstations();
    await staffRepo(b).update(created.id, { phone: '081-2345678' });
    const row = await currentSyncRecord(b, 'staff', created.id);
    expect(row.state.fields.phone?.value).toBe('081-2345678');
  });

  it('reads every record of a table in bulk exactly as one by one (merged, local edits, never synced)', async () => {
    const { b, created: merged } = await twoWorkstations();
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
    const office = await twoWorkstations();
    const { b, created } = office;
    const calls: string[] = [];
    const derive = (table: string, record: Record<string, unknown>) => {
      calls.push(String(record.id));
      return { position: `derived ${table}`, lastName: 'not concurrent' };
    };
    const plain = await currentSyncRecord(b, 'staff', created.id);
    expect(mergedRecord({ ...plain, localSeq: 0 }, [], undefined, derive).position).toBe(SOMCHAI.position);
    expect(calls).toEqual([]); // one write per field: nothing to derive

    await concurrentPositions(office);
    const [concurrent] = await recordsWithConflicts(b);
    const record = mergedRecord({ ...concurrent!, localSeq: 0 }, [], undefined, derive);
    expect(calls).toEqual([created.id]);
    expect(record.position).toBe('derived staff'); // two heads: recomputed
    expect(record.lastName).toBe(SOMCHAI.lastName); // one head: as merged
  });
});

describe('ops judged by their author (issue 19)', () => {
  const ADMIN = 'staff-admin';
  const OFFICER = 'staff-officer';
  const DIRECTOR = 'staff-director';
  const THIRD = '0190a000-0000-7000-8000-0000000000d3';

  const release = () => testRelease({ status: 'review' });

  /** A sender that writes unchecked (forging is its point) as whoever `state.actor` names. */
  async function sendingOffice() {
    const { db, state } = await openTestDb(ADMIN);
    await staffRepo(db).createWithId(ADMIN, { ...SOMCHAI, firstName: 'ผู้ดูแล', role: 'admin' }); // the first administrator
    await staffRepo(db).createWithId(OFFICER, { ...SOMCHAI, role: 'officer' });
    await staffRepo(db).createWithId(DIRECTOR, { ...SOMCHAI, firstName: 'ผู้อำนวยการ', role: 'director' });
    state.actor = OFFICER;
    const written = await pressReleaseRepo(db).create(release());
    return { db, state, releaseId: written.id };
  }

  /** The receiving workstation: opened with a signed-in person, so incoming ops are judged. */
  const receiving = async (deviceId = OTHER) => (await openTestDb(DIRECTOR, deviceId, { role: 'director' })).db;

  const held = async (db: Awaited<ReturnType<typeof receiving>>): Promise<SyncHeldRow[]> => db.syncHeld.toArray();

  it("holds an officer's forged approval as 'not-permitted', applies the rest of the batch and moves the cursor", async () => {
    const { db: a, releaseId } = await sendingOffice();
    const b = await receiving();
    expect(await exchange(a, b)).toBe(4);
    expect(await held(b)).toEqual([]);

    const sent = await a.outbox.count();
    await pressReleaseRepo(a).update(releaseId, { status: 'approved', approvedBy: OFFICER, approvedAt: '2025-01-15T03:00:00.000Z' });
    await pressReleaseRepo(a).update(releaseId, { lead: 'แก้ไขหลังอนุมัติ' });
    await exchange(a, b, sent);

    const rows = await held(b);
    expect(rows).toMatchObject([{ deviceId: TEST_DEVICE, reason: 'not-permitted', item: { seq: sent + 1, op: { table: 'pressReleases', actor: OFFICER, fields: { status: 'approved', approvedBy: OFFICER } } } }]);
    expect(await b.pressReleases.get(releaseId)).toMatchObject({ status: 'review', approvedBy: null, lead: 'แก้ไขหลังอนุมัติ' });
    expect((await readSyncMeta(b)).cursor[TEST_DEVICE]).toBe(sent + 2);
    expect((await readSyncMeta(b)).signedInEra).toEqual({ [TEST_DEVICE]: true });

    // Offered again (as every sync does first): still refused, kept once.
    const again = await applyRemoteBatch(b, { deviceId: '', lastSeq: null, apply: rows.map((r) => r.item), hold: [], releasedHeldIds: rows.map((r) => r.id ?? 0) });
    expect(again.applied).toBe(0);
    expect(await held(b)).toHaveLength(1);
    expect((await b.pressReleases.get(releaseId))?.status).toBe('review');
  });

  it("applies the director's approval of an officer's release and holds the director's approval of their own", async () => {
    const { db: a, state, releaseId } = await sendingOffice();
    state.actor = DIRECTOR;
    const own = await pressReleaseRepo(a).create({ ...release(), headline: 'ข่าวที่ผู้อำนวยการเขียนเอง' });
    const b = await receiving();
    await exchange(a, b);
    const sent = await a.outbox.count();
    await pressReleaseRepo(a).update(releaseId, { status: 'approved', approvedBy: DIRECTOR, approvedAt: '2025-01-15T03:00:00.000Z' });
    await pressReleaseRepo(a).update(own.id, { status: 'approved', approvedBy: DIRECTOR, approvedAt: '2025-01-15T03:00:00.000Z' });
    await exchange(a, b, sent);
    expect((await b.pressReleases.get(releaseId))?.status).toBe('approved');
    expect((await b.pressReleases.get(own.id))?.status).toBe('review');
    expect((await held(b)).map((r) => r.item.op.recordId)).toEqual([own.id]);
  });

  it('holds an op whose author is not known here yet, and applies it when offered again after their staff record arrived', async () => {
    const { db: a, state } = await sendingOffice();
    const { db: newcomer } = await openTestDb('staff-newcomer', THIRD);
    const written = await pressReleaseRepo(newcomer).create({ ...release(), headline: 'ข่าวของบุคลากรใหม่' });
    const b = await receiving();
    await exchange(newcomer, b);
    expect((await held(b)).map((r) => r.item.op.actor)).toEqual(['staff-newcomer']);
    expect(await b.pressReleases.get(written.id)).toBeUndefined();

    state.actor = ADMIN;
    await staffRepo(a).createWithId('staff-newcomer', { ...SOMCHAI, firstName: 'บุคลากรใหม่', role: 'officer' });
    await exchange(a, b);
    const rows = await held(b);
    await applyRemoteBatch(b, { deviceId: '', lastSeq: null, apply: rows.map((r) => r.item), hold: [], releasedHeldIds: rows.map((r) => r.id ?? 0) });
    expect(await held(b)).toEqual([]);
    expect(await b.pressReleases.get(written.id)).toMatchObject({ headline: 'ข่าวของบุคลากรใหม่', createdBy: 'staff-newcomer' });
  });

  it('takes every op in on a database opened not-checked (bench seeders, tests of other behaviour)', async () => {
    const { db: a, releaseId } = await sendingOffice();
    const { db: b } = await openTestDb('staff-B', OTHER);
    const sent = await a.outbox.count();
    await pressReleaseRepo(a).update(releaseId, { status: 'approved', approvedBy: OFFICER });
    await exchange(a, b);
    expect(await b.syncHeld.count()).toBe(0);
    expect((await b.pressReleases.get(releaseId))?.status).toBe('approved');
    expect((await readSyncMeta(b)).signedInEra).toEqual({ [TEST_DEVICE]: true });
    expect(sent).toBeGreaterThan(0);
  });
});
