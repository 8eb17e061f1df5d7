import { mkdtempSync, renameSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IpcError } from '../../shared/ipc/errors';
import { createHlcClock, type HlcClock } from '../../shared/sync/hlc';
import { clockProblem, clockWarning, sortIntake } from '../../shared/sync/intake';
import { DELETED_FIELD, applyOp, conflictsOf, emptyRecordState, materialize, newestBase, type RecordState } from '../../shared/sync/merge';
import type { SyncOp } from '../../shared/sync/sync-op';
import type { SequencedOp, SyncTarget } from '../../shared/sync/transport';
import { joinSyncFolder } from './folder-transport';
import { logFileName } from './log-file';
import { TEST_PASSPHRASE, testDevice, testWorkspace, type TestDevice } from './testing/workspace';

/**
 * Three (and a cloned fourth) workstations sharing one folder, with the faults offices meet:
 * damaged files, crashes mid-publish, stale listings, an unplugged share, a copied profile and
 * a clock set back. Devices run the shared merge and intake rules the renderer runs.
 */
class SimDevice {
  records = new Map<string, RecordState>();
  ops: SyncOp[] = [];
  published = 0;
  cursor: Record<string, number> = {};
  /** deviceId → when its newest op applied here was written (its clock), as sync-store keeps it. */
  deviceTimes: Record<string, string> = {};
  held: SequencedOp[] = [];
  writes: { recordId: string; field: string; value: unknown; hlc: string }[] = [];
  readonly clock: HlcClock;
  readonly id: string;

  constructor(
    readonly device: TestDevice,
    readonly world: { now: number },
    public skewMs = 0,
  ) {
    this.id = device.deviceId;
    this.clock = createHlcClock(this.id, () => this.world.now + this.skewMs);
  }

  /** A workstation with its own data folder and keys (it still has to create or join a workspace). */
  static async create(id: string, world: { now: number }): Promise<SimDevice> {
    return new SimDevice(await testDevice(id), world);
  }

  private state(recordId: string): RecordState {
    return this.records.get(recordId) ?? emptyRecordState();
  }

  write(recordId: string, fields: Record<string, unknown>, wholeRecord = false): void {
    this.world.now += 1000;
    const state = this.state(recordId);
    const bases: Record<string, string[]> = {};
    for (const name of wholeRecord ? Object.keys(state.fields) : [...Object.keys(fields), DELETED_FIELD]) {
      const clock = state.fields[name]?.clock;
      if (clock) bases[name] = [clock];
    }
    const hlc = this.clock.tick(newestBase(bases) || undefined);
    const op: SyncOp = {
      opId: `${this.id.slice(-4)}-${this.ops.length}-${hlc.slice(0, 18)}`,
      table: 'pressReleases',
      recordId,
      kind: 'update',
      hlc,
      fields,
      bases,
      actor: this.id,
      deviceId: this.id,
      at: new Date(this.world.now + this.skewMs).toISOString(),
      schemaVersion: 1,
    };
    this.ops.push(op);
    for (const [field, value] of Object.entries(fields)) this.writes.push({ recordId, field, value, hlc });
    this.records.set(recordId, applyOp(state, op));
  }

  async sync(target: SyncTarget, transport = this.device.transport): Promise<void> {
    const now = this.world.now + this.skewMs;
    const unpublished = this.ops.slice(this.published);
    if (unpublished.length > 0) {
      if (clockProblem(now, this.deviceTimes)) throw new Error('clock-behind');
      await transport.publish(target, {
        deviceId: this.id,
        deviceName: this.id.slice(-4),
        publishedThrough: this.published,
        ops: unpublished.map((op, i) => ({ seq: this.published + i + 1, op })),
      });
      this.published = this.ops.length;
    }
    // Ops held back earlier (our clock was wrong, or the app was older) get another look first.
    const retry = this.held;
    this.held = [];
    const batches = [{ ops: retry, deviceId: '', lastSeq: 0 }];
    for (;;) {
      const result = await transport.pull(target, { deviceId: this.id, cursor: this.cursor, maxOps: 3 });
      for (const batch of [...batches.splice(0), ...result.batches]) {
        const intake = sortIntake(batch.ops, 1);
        for (const { op } of intake.apply) {
          this.clock.receive(op.hlc);
          this.records.set(op.recordId, applyOp(this.state(op.recordId), op));
        }
        const newestOfDevice = intake.apply.at(-1)?.op;
        if (batch.deviceId && newestOfDevice) this.deviceTimes[batch.deviceId] = newestOfDevice.at;
        this.held.push(...intake.newerVersion, ...intake.quarantined);
        if (batch.deviceId) this.cursor[batch.deviceId] = batch.lastSeq;
      }
      if (!result.more) break;
    }
  }

  snapshot() {
    return [...this.records.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, state]) => ({ id, values: materialize(state), conflicts: conflictsOf(state) }));
  }
}

/** A second PC running a copy of another's whole profile: same id, same keys, its own history. */
class SimDeviceClone extends SimDevice {
  constructor(original: SimDevice, world: { now: number }) {
    super(original.device, world);
  }
}

const uuid = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('three workstations over one folder, with faults', () => {
  it('end equal after everyone syncs twice, and lose nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-sim-'));
    const folder = join(root, 'share');
    const world = { now: Date.parse('2025-01-15T03:00:00Z') };
    const [a, b, c] = [await SimDevice.create(uuid(1), world), await SimDevice.create(uuid(2), world), await SimDevice.create(uuid(3), world)];
    const target = await testWorkspace(folder, [a.device, b.device, c.device]);

    // Everyone works offline, on shared and own records.
    a.write('news-1', { headline: 'น้ำท่วมอำเภอหาดใหญ่', deleted: false });
    await a.sync(target);
    await b.sync(target);
    await c.sync(target);
    a.write('news-1', { headline: 'น้ำท่วมหาดใหญ่ ระดับน้ำลดลง' });
    b.write('news-1', { headline: 'ประกาศเตือนภัยน้ำท่วม' });
    c.write('news-1', { body: 'รายละเอียดจากศูนย์ ปภ.' });
    c.write('news-2', { headline: 'ข่าวที่ ๑๒๓/๒๕๖๘', deleted: false });
    b.write('news-3', { headline: 'ฝน 120 มม. ใน 3 ชั่วโมง', deleted: false });

    // Fault: a zero-filled file where B's next batch goes (power cut after the rename).
    const bLog = join(folder, 'devices', b.id, 'log');
    mkdirSync(bLog, { recursive: true });
    writeFileSync(join(bLog, logFileName(1, 2)), new Uint8Array(512));
    // Fault: a crash between write and rename leaves a temp file.
    writeFileSync(join(folder, 'tmp', 'half-written.tmp'), 'partial');
    // Fault: a truncated copy of a file from C that is not fully there yet.
    await c.sync(target);
    const cLog = join(folder, 'devices', c.id, 'log');
    const cFile = readdirSync(cLog)[0] ?? '';
    renameSync(join(cLog, cFile), join(root, 'c-hidden'));
    writeFileSync(join(cLog, cFile), 'truncated');
    c.write('news-2', { body: 'แถลงข่าวเวลา 14.30 น.' });
    await c.sync(target); // its second file appears after a gap in the listing
    await a.sync(target);
    expect(a.snapshot().find((r) => r.id === 'news-2')).toBeUndefined(); // waits at the gap, infers nothing
    renameSync(join(root, 'c-hidden'), join(cLog, cFile));

    // Fault: the share is unplugged mid-day: sync aborts and local data stays.
    renameSync(folder, `${folder}-away`);
    const before = a.snapshot();
    await expect(a.sync(target)).rejects.toMatchObject({ code: 'sync-folder-missing' });
    expect(a.snapshot()).toEqual(before);
    renameSync(`${folder}-away`, folder);

    // Fault: someone copied C's profile to a fourth PC: its publish is refused.
    // (A profile copied without its keys: joining under C's id with another key is refused, and
    // C's registry entry stays C's.)
    const clone = await SimDevice.create(c.id, world);
    await expect(joinSyncFolder(folder, { passphrase: TEST_PASSPHRASE }, clone.device.secrets, clone.device)).rejects.toMatchObject({ code: 'sync-device-clash' });
    // (A profile copied with its keys: it signs as C, but publishing past C's files is refused.)
    const copied = new SimDeviceClone(c, world);
    copied.write('news-9', { headline: 'เครื่องที่คัดลอกมา', deleted: false });
    await expect(copied.sync(target)).rejects.toBeInstanceOf(IpcError);

    // Fault: A's clock is set back three days. With one other workstation's times to go by it
    // cannot tell whose clock is wrong, so it is warned, not stopped (two ahead stop it:
    // intake.test.ts); what it writes over values it has seen still wins (HlcClock.tick).
    a.skewMs = -3 * 24 * 3600 * 1000;
    await a.sync(target); // nothing to publish yet; learns the others' times
    expect(clockWarning(world.now + a.skewMs, a.deviceTimes, null)).toEqual({ kind: 'ahead-of-here', deviceIds: [c.id] });
    a.write('news-3', { body: 'เขียนขณะนาฬิกาผิด' });
    a.skewMs = 0; // the clock is fixed

    // B deletes a record C is still editing.
    b.write('news-2', { deleted: true }, true);

    for (let round = 0; round < 2; round++) for (const device of [a, b, c]) await device.sync(target);

    expect([a, b, c].map((d) => d.held.length)).toEqual([0, 0, 0]); // nothing left aside once clocks agree
    const reference = a.snapshot();
    expect(b.snapshot()).toEqual(reference);
    expect(c.snapshot()).toEqual(reference);
    const news1 = reference.find((r) => r.id === 'news-1');
    expect(news1?.conflicts.length).toBeGreaterThan(0); // concurrent title edits are kept for review
    const news2 = reference.find((r) => r.id === 'news-2');
    expect(news2?.conflicts.some((conflict) => conflict.kind === 'delete')).toBe(true);

    // Nothing lost: every write is the current value, a listed conflict, or knowingly replaced.
    const replaced = new Set([a, b, c].flatMap((d) => d.ops.flatMap((op) => Object.entries(op.bases).flatMap(([f, s]) => s.map((x) => `${op.recordId}:${f}@${x}`)))));
    for (const device of [a, b, c]) {
      for (const write of device.writes) {
        const record = reference.find((r) => r.id === write.recordId);
        const current = JSON.stringify(record?.values[write.field]) === JSON.stringify(write.value);
        const listed = record?.conflicts.some((x) => (x.kind === 'edit' ? x.losing.clock : x.edit.clock) === write.hlc);
        expect(current || listed || replaced.has(`${write.recordId}:${write.field}@${write.hlc}`)).toBe(true);
      }
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('never deletes local data when the folder is empty or foreign', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-sim-'));
    const world = { now: Date.parse('2025-01-15T03:00:00Z') };
    const a = await SimDevice.create(uuid(1), world);
    const target = await testWorkspace(join(root, 'share'), [a.device]);
    a.write('news-1', { headline: 'ข่าว', deleted: false });
    await a.sync(target);
    rmSync(join(root, 'share'), { recursive: true });
    mkdirSync(join(root, 'share'));
    const before = a.snapshot();
    await expect(a.sync(target)).rejects.toMatchObject({ code: 'sync-folder-foreign' });
    expect(a.snapshot()).toEqual(before);
  });

  it('merges ops stamped ahead of this clock (the same ops everywhere), keeps impossible stamps and newer-version ops aside', () => {
    const now = Date.parse('2025-01-15T03:00:00Z');
    const make = (wallMs: number, schemaVersion: number): SequencedOp => ({
      seq: 1,
      op: { opId: 'x', table: 't', recordId: 'r', kind: 'update', hlc: `${wallMs}-0000-d`, fields: {}, bases: {}, actor: 'a', deviceId: 'd', at: new Date(now).toISOString(), schemaVersion },
    });
    const yearAhead = make(now + 400 * 24 * 3600 * 1000, 1);
    const impossible = make(Date.UTC(2250, 0, 1), 1);
    const intake = sortIntake([make(now, 1), yearAhead, impossible, make(now, 2)], 1);
    expect(intake.apply).toEqual([make(now, 1), yearAhead]);
    expect(intake.quarantined).toEqual([impossible]);
    expect(intake.newerVersion).toHaveLength(1);
  });
});
