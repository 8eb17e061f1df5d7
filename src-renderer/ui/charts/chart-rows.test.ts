import { describe, expect, it } from 'vitest';
import { chartScale } from './chart-rows';

const row = (value: number) => ({ label: 'ข่าว', value, valueText: String(value) });

describe('chartScale', () => {
  it('scales against the largest bar, or the given maximum, capped at a full bar', () => {
    const rows = [row(10), row(5), row(0)];
    const share = chartScale(rows);
    expect(rows.map(share)).toEqual([1, 0.5, 0]);
    expect(chartScale(rows, 100)(row(250))).toBe(1);
    expect(chartScale(rows, 100)(row(25))).toBe(0.25);
  });

  it('draws nothing for zero, negative or not-a-number values, and survives an all-zero chart', () => {
    const rows = [row(0), row(-3), row(Number.NaN), row(Number.POSITIVE_INFINITY)];
    expect(rows.map(chartScale(rows))).toEqual([0, 0, 0, 0]);
  });
});
