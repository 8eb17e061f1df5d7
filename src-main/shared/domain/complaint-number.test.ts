import { describe, expect, it } from 'vitest';
import { complaintYearOf, formatComplaintNumber, nextComplaintSeq, resolveComplaintNumbers, type NumberClaim } from './complaint-number';

const claim = (id: string, seq: number, createdAt: string, yearBE = 2569): NumberClaim => ({ id, seq, createdAt, yearBE });

describe('running complaint numbers per พ.ศ. year', () => {
  it('counts from 1 in each Buddhist-era year', () => {
    expect(complaintYearOf('2026-01-05')).toBe(2569);
    expect(complaintYearOf('2025-12-31')).toBe(2568);
    expect(nextComplaintSeq([], 2569)).toBe(1);
    const claims = [claim('a', 1, '2026-01-05T01:00:00Z'), claim('b', 2, '2026-01-06T01:00:00Z'), claim('c', 7, '2025-12-30T01:00:00Z', 2568)];
    expect(nextComplaintSeq(claims, 2569)).toBe(3);
    expect(nextComplaintSeq(claims, 2568)).toBe(8);
    expect(nextComplaintSeq(claims, 2570)).toBe(1);
    expect(formatComplaintNumber(12, 2569)).toBe('12/2569');
  });

  it('after a manual sync, two workstations that both handed out 12 show the same, distinct numbers', () => {
    // Workstation A had 1..12; B had synced up to 11, then took 12 offline (later in the day).
    const shared = Array.from({ length: 11 }, (_, i) => claim(`s${i}`, i + 1, `2026-02-0${1 + (i % 5)}T0${i % 9}:00:00Z`));
    const fromA = claim('0193a-a', 12, '2026-02-10T02:00:00Z');
    const fromB = claim('0193a-b', 12, '2026-02-10T03:30:00Z');
    const onA = resolveComplaintNumbers([...shared, fromA, fromB]);
    const onB = resolveComplaintNumbers([fromB, ...shared.reverse(), fromA]);
    expect(onA.get(fromA.id)).toEqual({ yearBE: 2569, number: 12, renumbered: false, claimed: 12 });
    expect(onA.get(fromB.id)).toEqual({ yearBE: 2569, number: 13, renumbered: true, claimed: 12 });
    expect([...onB].sort()).toEqual([...onA].sort());
    const numbers = [...onA.values()].map((n) => n.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    // The next complaint on either workstation continues after the renumbered one.
    expect(nextComplaintSeq([...shared, fromA, fromB], 2569)).toBe(14);
  });

  it('breaks a tie on the same instant by id, and keeps deleted complaints’ numbers out of reuse', () => {
    const x = claim('0193-x', 5, '2026-03-01T00:00:00Z');
    const y = claim('0193-y', 5, '2026-03-01T00:00:00Z');
    const resolved = resolveComplaintNumbers([y, x]);
    expect(resolved.get('0193-x')?.number).toBe(5);
    expect(resolved.get('0193-y')?.number).toBe(6);
    expect(nextComplaintSeq([x, y], 2569)).toBe(7);
  });

  it('gives every loser its own number when three workstations collide, in any input order', () => {
    const claims = [claim('c', 3, '2026-04-01T03:00:00Z'), claim('a', 3, '2026-04-01T01:00:00Z'), claim('b', 3, '2026-04-01T02:00:00Z'), claim('d', 4, '2026-04-01T00:00:00Z')];
    const expected = { a: 3, b: 5, c: 6, d: 4 };
    for (const order of [claims, [...claims].reverse(), [claims[2]!, claims[0]!, claims[3]!, claims[1]!]]) {
      const resolved = resolveComplaintNumbers(order);
      expect(Object.fromEntries([...resolved].map(([id, n]) => [id, n.number]))).toEqual(expected);
    }
  });
});
