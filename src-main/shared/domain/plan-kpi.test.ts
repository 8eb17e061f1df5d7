import { describe, expect, it } from 'vitest';
import { kpiLight, kpiLightText, kpiPercent } from './plan-kpi';

const base = { direction: 'at-least' as const, cumulative: true, elapsedShare: 0.5, finished: false };

describe('KPI traffic light', () => {
  it('is green when met, amber when pro rata on track during the year, red when behind', () => {
    expect(kpiLight({ ...base, actual: 10, target: 10 })).toBe('green');
    expect(kpiLight({ ...base, actual: 5, target: 10 })).toBe('amber');
    expect(kpiLight({ ...base, actual: 4, target: 10 })).toBe('red');
    expect(kpiLight({ ...base, actual: 7, target: 10, elapsedShare: 0.75 })).toBe('red');
  });

  it('judges a finished year (and a rate) at 80%', () => {
    expect(kpiLight({ ...base, actual: 8, target: 10, finished: true, elapsedShare: 1 })).toBe('amber');
    expect(kpiLight({ ...base, actual: 7, target: 10, finished: true, elapsedShare: 1 })).toBe('red');
    expect(kpiLight({ ...base, cumulative: false, actual: 70, target: 80, elapsedShare: 0.1 })).toBe('amber');
    expect(kpiLight({ ...base, cumulative: false, actual: 60, target: 80, elapsedShare: 0.1 })).toBe('red');
  });

  it('at-most: green under the target, amber up to target ÷ 0.8', () => {
    const hours = { ...base, direction: 'at-most' as const, cumulative: false, target: 24 };
    expect(kpiLight({ ...hours, actual: 20 })).toBe('green');
    expect(kpiLight({ ...hours, actual: 30 })).toBe('amber');
    expect(kpiLight({ ...hours, actual: 31 })).toBe('red');
    expect(kpiPercent(12, 24, 'at-most')).toBe(200);
  });

  // It said เป็นไปตามแผน (amber) for 12 corrections against a cap of 10 in the middle of the
  // year: a count that can only grow had already broken its cap.
  it('at-most count: red once past its cap, amber ahead of the year’s pace, green at or under it', () => {
    const corrections = { ...base, direction: 'at-most' as const, cumulative: true, target: 10 };
    expect(kpiLight({ ...corrections, actual: 12 })).toBe('red');
    expect(kpiLight({ ...corrections, actual: 8 })).toBe('amber');
    expect(kpiLight({ ...corrections, actual: 5 })).toBe('green');
    expect(kpiLight({ ...corrections, actual: 10, finished: true, elapsedShare: 1 })).toBe('green');
    expect(kpiLight({ ...corrections, actual: 11, finished: true, elapsedShare: 1 })).toBe('red');
  });

  it('has no light without a target or an actual, and says each in Thai', () => {
    expect(kpiLight({ ...base, actual: null, target: 10 })).toBe('none');
    expect(kpiLight({ ...base, actual: 3, target: null })).toBe('none');
    expect(kpiPercent(1, 8, 'at-least')).toBe(13);
    expect(kpiLightText('amber', false)).toBe('เป็นไปตามแผน');
    expect(kpiLightText('red', true)).toBe('ไม่บรรลุเป้าหมาย');
  });
});
