import { describe, expect, it } from 'vitest';
import { bangkokDate, beYearOf, formatReleaseNumber, nextReleaseNumber, resolveDuplicateNumbers } from './press-numbering';
import { pressSettingsSchema } from './press';

describe('release numbering', () => {
  it('takes the year and date in Thailand, not UTC', () => {
    expect(beYearOf('2025-12-31T16:59:00Z')).toBe(2568);
    expect(beYearOf('2025-12-31T17:00:00Z')).toBe(2569);
    expect(bangkokDate('2025-12-31T17:00:00Z')).toBe('2026-01-01');
  });

  it('formats the office pattern', () => {
    expect(formatReleaseNumber('ข่าวที่ {n}/{year}', 123, 2568)).toBe('ข่าวที่ 123/2568');
    expect(formatReleaseNumber('สข {n:3}/{yy}', 7, 2568)).toBe('สข 007/68');
  });

  it('continues after the highest number used', () => {
    expect(nextReleaseNumber([])).toBe(1);
    expect(nextReleaseNumber([1, 2, 5])).toBe(6);
  });

  it('gives a later duplicate approval the next free number; the earlier keeps its own', () => {
    const changes = resolveDuplicateNumbers([
      { id: 'b', beYear: 2568, number: 4, approvedAt: '2025-03-01T03:00:00.000Z' },
      { id: 'a', beYear: 2568, number: 4, approvedAt: '2025-03-01T02:00:00.000Z' },
      { id: 'c', beYear: 2568, number: 3, approvedAt: '2025-02-01T02:00:00.000Z' },
      { id: 'd', beYear: 2569, number: 4, approvedAt: '2026-03-01T02:00:00.000Z' },
    ]);
    expect(changes).toEqual([{ id: 'b', beYear: 2568, from: 4, to: 5 }]);
  });

  it('is the same whatever order the records arrive in, ties broken by id', () => {
    const rows = [
      { id: 'x2', beYear: 2568, number: 1, approvedAt: '2025-03-01T03:00:00.000Z' },
      { id: 'x1', beYear: 2568, number: 1, approvedAt: '2025-03-01T03:00:00.000Z' },
      { id: 'y', beYear: 2568, number: 1, approvedAt: '2025-03-01T01:00:00.000Z' },
      { id: 'z', beYear: 2568, number: 2, approvedAt: '2025-03-02T01:00:00.000Z' },
      { id: 'w', beYear: 2568, number: 2, approvedAt: '2025-03-02T02:00:00.000Z' },
    ];
    const expected = [
      { id: 'x1', beYear: 2568, from: 1, to: 3 },
      { id: 'x2', beYear: 2568, from: 1, to: 4 },
      { id: 'w', beYear: 2568, from: 2, to: 5 },
    ];
    expect(resolveDuplicateNumbers(rows)).toEqual(expected);
    expect(resolveDuplicateNumbers([...rows].reverse())).toEqual(expected);
  });

  it('leaves drafts without numbers alone', () => {
    expect(resolveDuplicateNumbers([{ id: 'a', beYear: null, number: null, approvedAt: null }, { id: 'b', beYear: null, number: null, approvedAt: null }])).toEqual([]);
  });
});

describe('the office number format setting', () => {
  it('accepts the number as {n} or padded as {n:3}, as its hint says, and refuses a format without it', () => {
    expect(pressSettingsSchema.safeParse({ numberFormat: 'ข่าวที่ {n}/{year}' }).success).toBe(true);
    expect(pressSettingsSchema.safeParse({ numberFormat: 'ปชส.สข. {n:3}/{year}' }).success).toBe(true);
    const bad = pressSettingsSchema.safeParse({ numberFormat: 'ข่าวที่ /{year}' });
    expect(bad.error?.issues[0]?.message).toBe('press.validation.numberFormat');
  });
});
