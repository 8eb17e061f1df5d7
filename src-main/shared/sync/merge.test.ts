import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHlcClock } from './hlc';
import { DELETED_FIELD, applyOp, conflictsOf, emptyRecordState, materialize, newestBase, type RecordState } from './merge';
import type { SyncOp } from './sync-op';

/**
 * A small world of workstations editing one record and exchanging ops at random, as offices
 * do with manual sync. It produces realistic op sets: every op's `bases` are the stamps its
 * device had really seen.
 */
type Action =
  | { type: 'write'; device: number; field: 'title' | 'body' | 'status'; value: string }
  | { type: 'delete' | 'restore'; device: number }
  | { type: 'sync'; from: number; to: number };

const DEVICES = 3;
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('write' as const), device: fc.nat(DEVICES - 1), field: fc.constantFrom('title' as const, 'body' as const, 'status' as const), value: fc.constantFrom('ก', 'ข', 'ค', 'น้ำท่วม', 'ข่าวด่วน') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('delete' as const, 'restore' as const), device: fc.nat(DEVICES - 1) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('sync' as const), from: fc.nat(DEVICES - 1), to: fc.nat(DEVICES - 1) }) },
);

/** `skews`: how far each device's clock is off (issue 18: one may be a year ahead, then fixed). */
function simulate(actions: Action[], skews: readonly number[] = [], onWrite?: (state: RecordState, fields: Record<string, unknown>) => void): SyncOp[] {
  let time = 1_700_000_000_000;
  const devices = Array.from({ length: DEVICES }, (_, i) => {
    const id = `device-${i}`;
    return { id, clock: createHlcClock(id, () => time + (skews[i] ?? 0)), state: emptyRecordState(), seen: new Set<string>() };
  });
  const log: SyncOp[] = [];
  const receive = (d: (typeof devices)[number], op: SyncOp) => {
    if (d.seen.has(op.opId)) return;
    d.seen.add(op.opId);
    d.clock.receive(op.hlc);
    d.state = applyOp(d.state, op);
  };
  const write = (d: (typeof devices)[number], fields: Record<string, unknown>, allFieldBases: boolean) => {
    time += 1;
    const bases: Record<string, string[]> = {};
    const names = allFieldBases ? Object.keys(d.state.fields) : Object.keys(fields);
    for (const name of new Set([...names, ...Object.keys(fields)])) {
      const clock = d.state.fields[name]?.clock;
      if (clock) bases[name] = [clock];
    }
    const deletedClock = d.state.fields[DELETED_FIELD]?.clock;
    if (deletedClock) bases[DELETED_FIELD] = [...new Set([...(bases[DELETED_FIELD] ?? []), deletedClock])];
    // As the outbox does: stamped after everything the write replaces.
    const hlc = d.clock.tick(newestBase(bases) || undefined);
    const op: SyncOp = {
      opId: `${d.id}-${log.length}`,
      table: 'releases',
      recordId: 'r1',
      kind: 'update',
      hlc,
      fields,
      bases,
      actor: d.id,
      deviceId: d.id,
      at: new Date(time).toISOString(),
      schemaVersion: 1,
    };
    log.push(op);
    receive(d, op);
    onWrite?.(d.state, fields);
  };
  for (const action of actions) {
    if (action.type === 'sync') {
      const from = devices[action.from];
      const to = devices[action.to];
      if (from && to) for (const op of log) if (from.seen.has(op.opId)) receive(to, op);
      continue;
    }
    const d = devices[action.device];
    if (!d) continue;
    if (action.type === 'write') write(d, { [action.field]: action.value }, false);
    else write(d, { [DELETED_FIELD]: action.type === 'delete' }, true);
    time += 7;
  }
  return log;
}

function applyAll(ops: readonly SyncOp[]): RecordState {
  return ops.reduce(applyOp, emptyRecordState());
}

const scenarioArb = fc.array(actionArb, { minLength: 1, maxLength: 40 }).map(simulate).filter((ops) => ops.length > 0);

describe('field-level merge', () => {
  it('gives the same state and conflicts for any order, duplication and batching', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((ops) =>
          fc.tuple(fc.constant(ops), fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }), fc.array(fc.constantFrom(...ops), { maxLength: 10 }), fc.nat(5)),
        ),
        ([ops, shuffled, duplicates, batch]) => {
          const reference = applyAll(ops);
          // Batches of `batch + 1` ops applied on top of an intermediate state, with repeats mixed in.
          const replay = [...shuffled, ...duplicates, ...shuffled.slice(0, batch)];
          let state = emptyRecordState();
          for (let i = 0; i < replay.length; i += batch + 1) state = replay.slice(i, i + batch + 1).reduce(applyOp, state);
          expect(materialize(state)).toEqual(materialize(reference));
          expect(conflictsOf(state)).toEqual(conflictsOf(reference));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never loses a write: each is current, a listed conflict, or knowingly replaced', () => {
    fc.assert(
      fc.property(scenarioArb, (ops) => {
        const state = applyAll(ops);
        const values = materialize(state);
        const conflicts = conflictsOf(state);
        const replaced = new Set(ops.flatMap((op) => Object.entries(op.bases).flatMap(([field, stamps]) => stamps.map((s) => `${field}@${s}`))));
        for (const op of ops) {
          for (const [field, value] of Object.entries(op.fields)) {
            const current = state.fields[field]?.clock === op.hlc;
            const listed = conflicts.some((c) => c.kind === 'edit' && c.field === field && c.losing.clock === op.hlc);
            const sameAsCurrent = JSON.stringify(values[field]) === JSON.stringify(value);
            expect(current || listed || sameAsCurrent || replaced.has(`${field}@${op.hlc}`)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes two devices that exchanged everything equal', () => {
    fc.assert(
      fc.property(scenarioArb, (ops) => {
        const half = Math.floor(ops.length / 2);
        const a = [...ops.slice(half), ...ops.slice(0, half)].reduce(applyOp, emptyRecordState());
        const b = [...ops].reverse().reduce(applyOp, emptyRecordState());
        expect(a).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a workstation clock that was wrong (issue 18)', () => {
  const YEAR = 365 * 24 * 3600 * 1000;
  const skewsArb = fc.array(fc.constantFrom(0, 0, YEAR, -YEAR, 3 * 60 * 1000, -3 * 60 * 1000), { minLength: DEVICES, maxLength: DEVICES });

  it('still converges for any order when clocks are years apart', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 40 }), skewsArb, (actions, skews) => {
        const ops = simulate(actions, skews);
        const a = [...ops].reverse().reduce(applyOp, emptyRecordState());
        const b = ops.reduce(applyOp, emptyRecordState());
        expect(a).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it('lets every write win over what its writer had seen, whatever the clocks (no conflict with what it replaced)', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 40 }), skewsArb, (actions, skews) => {
        simulate(actions, skews, (state, fields) => {
          for (const [field, value] of Object.entries(fields)) expect(materialize(state)[field]).toEqual(value);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a year-ahead value is replaced by the next edit of someone who saw it, on every device, without a conflict', () => {
    const base = { table: 't', recordId: 'r', actor: 'a', at: '2026-12-05T07:30:00.000Z', schemaVersion: 1 };
    const now = Date.UTC(2026, 11, 5, 7, 30);
    const a = createHlcClock('A', () => now + YEAR);
    const create = { ...base, kind: 'create' as const, opId: '1', hlc: a.tick(), deviceId: 'A', fields: { title: 'ข่าวจากนาฬิกาเร็ว', deleted: false }, bases: {} };
    const b = createHlcClock('B', () => now);
    b.receive(create.hlc);
    const bases = { title: [create.hlc], deleted: [create.hlc] };
    const edit = { ...base, kind: 'update' as const, opId: '2', hlc: b.tick(newestBase(bases)), deviceId: 'B', fields: { title: 'แก้ไขหลังเห็นแล้ว' }, bases };
    for (const order of [[create, edit], [edit, create]]) {
      const state = order.reduce(applyOp, emptyRecordState());
      expect(materialize(state).title).toBe('แก้ไขหลังเห็นแล้ว');
      expect(conflictsOf(state)).toEqual([]);
    }
  });
});

describe('conflicts', () => {
  const base = { table: 't', recordId: 'r', kind: 'update' as const, actor: 'a', at: '2025-01-15T03:00:00.000Z', schemaVersion: 1 };
  const stamp = (ms: number, device: string) => `${String(ms).padStart(13, '0')}-0000-${device}`;

  it('keeps the losing value of a concurrent edit until a resolution lists it', () => {
    const create = { ...base, opId: '1', hlc: stamp(1, 'A'), deviceId: 'A', fields: { title: 'ข่าว' }, bases: {} };
    const editA = { ...base, opId: '2', hlc: stamp(5, 'A'), deviceId: 'A', fields: { title: 'น้ำท่วม' }, bases: { title: [create.hlc] } };
    const editB = { ...base, opId: '3', hlc: stamp(6, 'B'), deviceId: 'B', fields: { title: 'น้ำป่า' }, bases: { title: [create.hlc] } };
    let state = [create, editA, editB].reduce(applyOp, emptyRecordState());
    expect(materialize(state).title).toBe('น้ำป่า');
    const [conflict] = conflictsOf(state);
    expect(conflict).toMatchObject({ kind: 'edit', field: 'title', losing: { value: 'น้ำท่วม', deviceId: 'A' } });

    const resolve = { ...base, opId: '4', hlc: stamp(9, 'A'), deviceId: 'A', fields: { title: 'น้ำท่วม' }, bases: { title: [editA.hlc, editB.hlc] } };
    state = applyOp(state, resolve);
    expect(materialize(state).title).toBe('น้ำท่วม');
    expect(conflictsOf(state)).toEqual([]);
  });

  it('raises a conflict when a delete meets an edit its author had not seen', () => {
    const create = { ...base, opId: '1', hlc: stamp(1, 'A'), deviceId: 'A', fields: { title: 'ข่าว', deleted: false }, bases: {} };
    const del = { ...base, kind: 'delete' as const, opId: '2', hlc: stamp(5, 'A'), deviceId: 'A', fields: { deleted: true }, bases: { title: [create.hlc], deleted: [create.hlc] } };
    const edit = { ...base, opId: '3', hlc: stamp(6, 'B'), deviceId: 'B', fields: { title: 'ข่าวแก้ไข' }, bases: { title: [create.hlc], deleted: [create.hlc] } };
    const state = [edit, del, create].reduce(applyOp, emptyRecordState());
    expect(materialize(state)).toEqual({ title: 'ข่าวแก้ไข', deleted: true });
    expect(conflictsOf(state)).toMatchObject([{ kind: 'delete', field: 'title', edit: { value: 'ข่าวแก้ไข' } }]);
  });
});
