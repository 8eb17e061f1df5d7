import { describe, expect, it } from 'vitest';
import { pngSize, xlsxChartSchema } from '../../shared/exports/xlsx-chart';
import { tinyPng } from '../../../tests/fixtures/tiny-png';

describe('charts sent with a workbook', () => {
  it('reads the size from the PNG itself', () => {
    expect(pngSize(tinyPng(3, 2))).toEqual({ width: 3, height: 2 });
  });

  it('refuses what is not a PNG, a PNG too large to be a chart, and a picture without a title', () => {
    const jpeg = new Uint8Array(44);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(xlsxChartSchema.safeParse({ title: 'กราฟ', png: jpeg }).success).toBe(false);
    expect(xlsxChartSchema.safeParse({ title: 'กราฟ', png: tinyPng(5_000, 10) }).success).toBe(false);
    expect(xlsxChartSchema.safeParse({ title: '', png: tinyPng(3, 2) }).success).toBe(false);
    expect(xlsxChartSchema.safeParse({ title: 'กราฟ', png: tinyPng(3, 2), extra: 1 }).success).toBe(false);
    expect(xlsxChartSchema.safeParse({ title: 'ปริมาณข่าวตามน้ำเสียง', png: tinyPng(600, 200) }).success).toBe(true);
  });
});
