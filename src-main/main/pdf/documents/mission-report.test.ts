import { describe, expect, it } from 'vitest';
import { periodLine } from './mission-report';

describe('mission report layout', () => {
  it('names the period the way Thai reports do, keeping each date on one line', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    expect(periodLine({ fiscalYear: 2569, half: 1, start: '2025-10-01', end: '2026-03-31' })).toBe(
      `ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนแรก (${nb('1 ตุลาคม 2568')} – ${nb('31 มีนาคม 2569')})`,
    );
    expect(periodLine({ fiscalYear: 2569, half: 2, start: '2026-04-01', end: '2026-09-30' })).toContain('รอบ 6 เดือนหลัง');
    expect(periodLine({ fiscalYear: 2569, half: null, start: '2025-10-01', end: '2026-09-30' })).not.toContain('รอบ');
  });
});
