import { describe, expect, it } from 'vitest';
import { fiscalPeriod, inRange, localIsoDate } from './fiscal-period';

describe('fiscalPeriod', () => {
  it('gives the halves of a Buddhist-era fiscal year', () => {
    expect(fiscalPeriod(2569, 1)).toEqual({ start: '2025-10-01', end: '2026-03-31' });
    expect(fiscalPeriod(2569, 2)).toEqual({ start: '2026-04-01', end: '2026-09-30' });
    expect(fiscalPeriod(2569, null)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
  });

  it('includes both ends and rejects missing dates', () => {
    const range = fiscalPeriod(2569, 1);
    expect(inRange('2025-10-01', range)).toBe(true);
    expect(inRange('2026-03-31', range)).toBe(true);
    expect(inRange('2026-04-01', range)).toBe(false);
    expect(inRange(null, range)).toBe(false);
  });

  it('reads today in local time', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
