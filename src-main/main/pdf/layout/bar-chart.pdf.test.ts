import type { Content } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';
import { createPdfEngine } from '../engine';
import { prepareDocDefinition } from '../prepare-content';
import { pdfText } from '../testing/poppler';
import { barChart, chartLegend } from './bar-chart';
import { governmentDocument } from './page';

const engine = createPdfEngine({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/[\s\u200B]+/g, '');

interface Rect {
  w: number;
}
type Row = [{ text: string }, { canvas: Rect[] }, { text: string }];
const rowsOf = (chart: Content) => (chart as unknown as { table: { body: Row[] } }).table.body;
const barOf = (row: Row) => row[1].canvas[1]?.w ?? 0;

describe('barChart', () => {
  it('draws bars in proportion to the largest, and an empty track for zero or nonsense', () => {
    const rows = rowsOf(
      barChart([
        { label: 'ข่าวเชิงบวก', value: 10, valueText: '10' },
        { label: 'ข่าวกลาง', value: 5, valueText: '5' },
        { label: 'ข่าวเชิงลบ', value: 0, valueText: '0' },
        { label: 'ไม่ทราบ', value: Number.NaN, valueText: '-' },
        { label: 'ติดลบ', value: -3, valueText: '-3' },
      ]),
    );
    const track = rows[0]?.[1].canvas[0]?.w ?? 0;
    expect(barOf(rows[0] as Row)).toBeCloseTo(track);
    expect(barOf(rows[1] as Row)).toBeCloseTo(track / 2);
    for (const row of rows.slice(2)) expect(row[1].canvas).toHaveLength(1);
  });

  it('caps a bar at a given maximum and keeps a tiny value visible', () => {
    const rows = rowsOf(
      barChart(
        [
          { label: 'ก', value: 250, valueText: 'ร้อยละ 250' },
          { label: 'ข', value: 0.001, valueText: '0' },
        ],
        { maxValue: 100 },
      ),
    );
    const track = rows[0]?.[1].canvas[0]?.w ?? 0;
    expect(barOf(rows[0] as Row)).toBeCloseTo(track);
    expect(barOf(rows[1] as Row)).toBeGreaterThan(0.5);
  });

  it('prints its Thai labels and figures whole, with the legend', async () => {
    const content: Content[] = [
      chartLegend([
        { label: 'เชิงบวก', color: '#2f9e44' },
        { label: 'เชิงลบ', color: '#c92a2a' },
      ]),
      barChart([
        { label: 'การท่องเที่ยวเชิงสร้างสรรค์ของจังหวัด', value: 12, valueText: '12 ข่าว' },
        { label: 'ภัยพิบัติและน้ำท่วมฉับพลัน', value: 7, valueText: '7 ข่าว', color: '#c92a2a' },
      ]),
    ];
    const dd = governmentDocument(content, { title: 'ทดสอบ', author: 'ทดสอบ', urgency: 'normal', secrecy: 'none', thaiDigits: false });
    const pdf = await engine.render(prepareDocDefinition(dd, { thaiDigits: false }, engine));
    const text = flat(await pdfText(pdf.bytes));
    for (const word of ['เชิงบวก', 'เชิงลบ', 'การท่องเที่ยวเชิงสร้างสรรค์ของจังหวัด', '12ข่าว', 'ภัยพิบัติและน้ำท่วมฉับพลัน', '7ข่าว']) expect(text).toContain(word);
  });
});
