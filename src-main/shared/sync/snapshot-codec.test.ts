import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordState } from './merge';
import { compactRecordState, expandRecordState } from './snapshot-codec';

const head = (value: unknown, opId: string, at = '2026-11-01T03:00:00.000Z') => ({
  value,
  opId,
  actor: '0190a000-0000-7000-8000-0000000000a1',
  deviceId: '0190a000-0000-7000-8000-0000000000d1',
  at,
  sawDeleted: '',
});

describe('snapshot record codec', () => {
  it('round-trips a record with a conflict and a resolved value exactly', () => {
    const state: RecordState = {
      fields: {
        title: {
          value: 'ข่าวน้ำท่วม',
          clock: '1762000000000-0001-d1',
          heads: { '1762000000000-0001-d1': head('ข่าวน้ำท่วม', 'op-1'), '1762000000000-0002-d2': head('ข่าวน้ำท่วมหาดใหญ่', 'op-2') },
          superseded: ['1761000000000-0000-d1'],
        },
        tags: { value: ['ภัยพิบัติ'], clock: '1762000000000-0001-d1', heads: { '1762000000000-0001-d1': head(['ภัยพิบัติ'], 'op-1') }, superseded: [] },
        // a resolution chose a value that no single head holds
        note: { value: 'ตกลงใช้ข้อความนี้', clock: 'c9', heads: { c9: head('ร่าง', 'op-3') }, superseded: [] },
      },
    };
    expect(expandRecordState(compactRecordState(state))).toEqual(state);
  });

  it('lists each write once, so a record created by one op is about a third of its plain size', () => {
    const fields: RecordState['fields'] = {};
    for (const name of ['title', 'details', 'status', 'dueDate', 'startDate', 'priority', 'progress', 'missionId', 'workGroup', 'deleted']) {
      fields[name] = { value: `ค่า ${name}`, clock: '1762000000000-0001-d1', heads: { '1762000000000-0001-d1': head(`ค่า ${name}`, 'op-1') }, superseded: [] };
    }
    const compact = compactRecordState({ fields });
    expect(compact.w).toHaveLength(1);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify({ fields }).length / 2.5);
  });

  it('round-trips any state (property)', () => {
    const clock = fc.constantFrom('c1', 'c2', 'c3');
    const write = fc.record({
      value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })),
      opId: fc.constantFrom('o1', 'o2'),
      actor: fc.constantFrom('a1', 'a2'),
      deviceId: fc.constantFrom('d1', 'd2'),
      at: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
      sawDeleted: fc.constantFrom('', 'c0'),
    });
    const field = fc.record({
      value: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      clock,
      heads: fc.dictionary(clock, write, { minKeys: 1 }),
      superseded: fc.array(clock, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('title', 'status', 'deleted'), field), (f) => {
        const state: RecordState = { fields: f };
        expect(expandRecordState(compactRecordState(state))).toEqual(state);
      }),
    );
  });
});
