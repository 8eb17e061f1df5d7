import type { ColumnsNode, DocDefinition, StackNode, TableNode, TextNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { BREAK_HINT, stripBreakHints } from '../../shared/text/thai-break';
import { A4 } from './layout/page';
import { prepareDocDefinition } from './prepare-content';

const clusters = (s: string) => [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s)].length;
/** 10 points a cluster, so a 30-point column takes 3. */
const measure = (s: string) => clusters(s) * 10;
const text = { measure, splitByFont: () => null };
const size = { width: A4.width, height: A4.height };

function doc(partial: Partial<DocDefinition>): DocDefinition {
  return { content: [], ...partial };
}

describe('prepareDocDefinition', () => {
  it('prepares every string: plain, nested inline, stacks, columns, tables', () => {
    const dd = prepareDocDefinition(
      doc({
        content: [
          'สำนักงานประชาสัมพันธ์',
          { text: ['เรื่อง ', { text: 'ขอเชิญประชุม 12', bold: true }] },
          { stack: [{ columns: [{ text: 'จังหวัดสงขลา' }] }] },
          { table: { body: [['ข่าวประชาสัมพันธ์']] } },
          { image: 'logo' },
        ],
      }),
      { thaiDigits: true },
      text,
    );
    const [plain, inline, stack, table, image] = dd.content;
    expect(plain).toBe(`สำนักงาน${BREAK_HINT}ประชาสัมพันธ์`);
    const pieces = (inline as TextNode).text as [string, TextNode];
    expect(pieces[1].text).toBe(`ขอ${BREAK_HINT}เชิญ${BREAK_HINT}ประชุม ๑๒`);
    expect(pieces[1].bold).toBe(true);
    const column = ((stack as StackNode).stack[0] as ColumnsNode).columns[0] as TextNode;
    expect(column.text).toBe(`จังหวัด${BREAK_HINT}สงขลา`);
    expect((table as TableNode).table.body[0]?.[0]).toBe(`ข่าว${BREAK_HINT}ประชาสัมพันธ์`);
    expect(image).toEqual({ image: 'logo' });
  });

  it('fits words into columns of known width, and only there', () => {
    const word = 'ประชาสัมพันธ์'; // 9 clusters = 90 points
    const dd = prepareDocDefinition(
      doc({
        content: [
          { table: { widths: [30, '*'], body: [[word, word]] } },
          { columns: [{ width: 50, text: word }, { width: '*', text: word }] },
        ],
      }),
      { thaiDigits: false },
      text,
    );
    const [narrow, wide] = (dd.content[0] as TableNode).table.body[0] as string[];
    for (const piece of (narrow ?? '').split(BREAK_HINT)) expect(measure(piece)).toBeLessThanOrEqual(30);
    expect(stripBreakHints(narrow ?? '')).toBe(word);
    expect(wide).toBe(word); // one word, no fixed width: left whole
    const [fixed] = (dd.content[1] as ColumnsNode).columns as TextNode[];
    const fixedText = typeof fixed?.text === 'string' ? fixed.text : '';
    expect(stripBreakHints(fixedText)).toBe(word);
    for (const piece of fixedText.split(BREAK_HINT)) expect(measure(piece)).toBeLessThanOrEqual(50);
  });

  it('prepares what headers and footers produce, page by page', () => {
    const dd = prepareDocDefinition(
      doc({ header: (page) => ({ text: `หน้า ${page}` }), footer: () => null }),
      { thaiDigits: true },
      text,
    );
    expect(dd.header?.(2, 3, size)).toEqual({ text: 'หน้า ๒' });
    expect(dd.footer?.(1, 1, size)).toBeNull();
    expect(dd.background).toBeUndefined();
  });

  it('does not change the definition it was given', () => {
    const original = doc({ content: [{ text: 'ข่าว 1' }] });
    const copy = structuredClone(original);
    prepareDocDefinition(original, { thaiDigits: true }, text);
    expect(original).toEqual(copy);
  });
});
