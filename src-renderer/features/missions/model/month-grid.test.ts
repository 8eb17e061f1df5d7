import { describe, expect, it } from 'vitest';
import { monthGrid, shiftMonth } from './month-grid';

describe('monthGrid', () => {
  it('covers November 2026 in whole weeks from Sunday', () => {
    const days = monthGrid(2026, 11); // 1 Nov 2026 is a Sunday
    expect(days[0]).toEqual({ iso: '2026-11-01', inMonth: true });
    expect(days.length % 7).toBe(0);
    expect(days.filter((d) => d.inMonth)).toHaveLength(30);
    expect(days.at(-1)?.iso).toBe('2026-12-05');
  });

  it('starts with the previous month’s tail', () => {
    const days = monthGrid(2026, 10); // 1 Oct 2026 is a Thursday
    expect(days[0]).toEqual({ iso: '2026-09-27', inMonth: false });
  });

  it('moves across years', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
  });
});
