import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHlc } from '../../src-main/shared/sync/hlc';
import { staffRepo, type PrDeskDb } from '../../src-renderer/data';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { workstation } from './workstation';

const YEAR = 365 * 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/**
 * Issue 18: "A clock that was once ahead keeps stamping the future after it is fixed." Three
 * workstations run the real renderer sync engine against the real main handlers and a real
 * share folder. The process clock (Date, faked) is the clock of whichever workstation acts:
 * set a year ahead while A works, right again for B and C, and right for A once it is fixed.
 */
describe('a workstation whose clock was a year ahead, then fixed', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The wall time of this workstation's clock position (its last stamp issued or followed). */
  const clockOf = (db: PrDeskDb) => parseHlc(db.writer.clock.last()).wallMs;
  /**
   * Every staff row as stored, the same on every workstation once all have synced — except
   * `createdAt` of a record on the workstation that created it: the repository stamps it a few
   * milliseconds before the op's `at`, which is what the others store (a separate, older
   * difference that has nothing to do with clocks; left out so the test does not depend on timing).
   */
  const table = async (db: PrDeskDb) =>
    (await db.table<Record<string, unknown>, string>('staff').toArray())
      .map(({ createdAt: _createdAt, ...row }) => row)
      .sort((x, y) => String(x.id).localeCompare(String(y.id)));

  it('reaches every workstation, converges, and the next edits win normally', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-clock-'));
    const folder = join(root, 'share');
    const [a, b, c] = [await workstation(root, 'pc1'), await workstation(root, 'pc2'), await workstation(root, 'pc3')];
    await a.createShare(folder);
    await b.joinShare(folder);
    await c.joinShare(folder);
    const realNow = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: realNow });

    // Before: B records a staff member; everyone has it.
    const existing = await staffRepo(b.db).create({ ...SOMCHAI, firstName: 'สมศรี' });
    for (const w of [b, a, c]) await runSync(w.db, w.main, { downloadFiles: false });

    // A's clock is set a year ahead; A edits the existing record, adds one, and syncs.
    vi.setSystemTime(realNow + YEAR);
    await staffRepo(a.db).update(existing.id, { position: 'ตำแหน่งที่แก้ขณะนาฬิกาเร็ว' });
    const added = await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'เพิ่มขณะนาฬิกาเร็ว' });
    const aheadOps = await a.db.outbox.where('published').equals(0).toArray();
    expect(aheadOps.map((op) => parseHlc(op.hlc).wallMs >= realNow + YEAR)).toEqual([true, true]);
    expect((await runSync(a.db, a.main, { downloadFiles: false })).sent).toBe(2);

    // B and C (right clocks) receive A's edits: nothing is held back for a year. Their sync
    // report warns that A's clock and theirs disagree.
    vi.setSystemTime(Date.now() - YEAR);
    const aName = (await a.main.deviceGetIdentity()).deviceName;
    for (const w of [b, c]) {
      const summary = await runSync(w.db, w.main, { downloadFiles: false });
      expect(summary.received).toBe(2);
      expect(summary.held).toBe(0);
      expect(summary.clock).toEqual({ kind: 'ahead-of-here', deviceNames: [aName] });
      expect((await staffRepo(w.db).get(existing.id))?.position).toBe('ตำแหน่งที่แก้ขณะนาฬิกาเร็ว');
      expect((await staffRepo(w.db).get(added.id))?.firstName).toBe('เพิ่มขณะนาฬิกาเร็ว');
      // …and their clocks did not follow A's into the future.
      expect(clockOf(w.db)).toBeLessThan(Date.now() + HOUR);
    }

    // A's clock is fixed: its report says its last edits were stamped ahead (and all is well).
    expect((await runSync(a.db, a.main, { downloadFiles: false })).clock).toMatchObject({ kind: 'was-ahead' });

    // B edits the record A added (it saw A's future value); A edits the
    // record it changed while ahead, and adds another.
    await staffRepo(b.db).update(added.id, { firstName: 'บีแก้หลังเห็นแล้ว' });
    await staffRepo(a.db).update(existing.id, { position: 'เอแก้หลังแก้นาฬิกา' });
    const later = await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'เพิ่มหลังแก้นาฬิกา' });
    // A's clock is back near the real time: its new record is stamped now, not a year ahead.
    const laterOp = await a.db.outbox.where('[table+recordId]').equals(['staff', later.id]).first();
    expect(parseHlc(laterOp!.hlc).wallMs).toBeLessThan(Date.now() + HOUR);
    expect(clockOf(a.db)).toBeLessThan(Date.now() + HOUR);
    // The edits of values written while A was ahead are already current where they were made.
    expect((await staffRepo(a.db).get(existing.id))?.position).toBe('เอแก้หลังแก้นาฬิกา');
    expect((await staffRepo(b.db).get(added.id))?.firstName).toBe('บีแก้หลังเห็นแล้ว');

    const reports = [];
    for (let round = 0; round < 2; round++) for (const w of [a, b, c]) reports.push((await runSync(w.db, w.main, { downloadFiles: false })).clock);
    expect(reports.slice(3)).toEqual([null, null, null]); // once A has written at the right time, no warning is left

    // Everyone converged, the next edits won everywhere, and nobody sees a conflict.
    const reference = await table(a.db);
    expect(await table(b.db)).toEqual(reference);
    expect(await table(c.db)).toEqual(reference);
    const byId = new Map(reference.map((row) => [String(row.id), row]));
    expect(byId.get(existing.id)?.position).toBe('เอแก้หลังแก้นาฬิกา');
    expect(byId.get(added.id)?.firstName).toBe('บีแก้หลังเห็นแล้ว');
    expect(byId.get(later.id)?.firstName).toBe('เพิ่มหลังแก้นาฬิกา');
    for (const w of [a, b, c]) expect(await w.db.syncRecords.where('hasConflicts').equals(1).count()).toBe(0);
    // No workstation's clock was dragged (or stayed) a year ahead.
    for (const w of [a, b, c]) expect(clockOf(w.db)).toBeLessThan(Date.now() + HOUR);
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes edits made while the clock was ahead once it is fixed, instead of stopping as "clock behind"', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-clock-'));
    const folder = join(root, 'share');
    const [a, b] = [await workstation(root, 'pc1'), await workstation(root, 'pc2')];
    await a.createShare(folder);
    await b.joinShare(folder);
    const realNow = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: realNow + YEAR });
    const added = await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'เพิ่มขณะนาฬิกาเร็ว' });
    vi.setSystemTime(realNow); // fixed before A ever synced
    expect((await runSync(a.db, a.main, { downloadFiles: false })).sent).toBe(1);
    await runSync(b.db, b.main, { downloadFiles: false });
    await staffRepo(b.db).update(added.id, { firstName: 'บีแก้แล้ว' });
    for (const w of [b, a]) await runSync(w.db, w.main, { downloadFiles: false });
    expect((await staffRepo(a.db).get(added.id))?.firstName).toBe('บีแก้แล้ว');
    expect(await table(a.db)).toEqual(await table(b.db));
    rmSync(root, { recursive: true, force: true });
  });
});
