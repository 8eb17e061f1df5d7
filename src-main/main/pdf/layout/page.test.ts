import type { Content, StackNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { A4, MARK_RED, PAGE_MARGINS, TEXT_WIDTH, cm, governmentDocument, pageFooter, pageHeader } from './page';

const base = { title: 'เรื่อง', author: 'สำนักงาน', urgency: 'normal', secrecy: 'none', thaiDigits: false } as const;
const size = { width: A4.width, height: A4.height };

/** Every text in a piece of content, with its style, flattened. */
function texts(content: Content | null): { text: string; color?: string; alignment?: string; fontSize?: number }[] {
  if (content === null) return [];
  if (typeof content === 'string') return [{ text: content }];
  if ('text' in content) return [{ ...content, text: typeof content.text === 'string' ? content.text : '' }];
  if ('stack' in content) return content.stack.flatMap(texts);
  if ('columns' in content) return content.columns.flatMap(texts);
  return [];
}

describe('government page', () => {
  it('is A4 with 3 cm left and 2 cm right margins and a 16 pt body', () => {
    const dd = governmentDocument(['ข้อความ'], base);
    expect(dd.pageSize).toBe('A4');
    expect(dd.pageMargins?.[0]).toBeCloseTo(cm(3));
    expect(dd.pageMargins?.[2]).toBeCloseTo(cm(2));
    expect(dd.defaultStyle).toMatchObject({ font: 'Laksaman', fontSize: 16 });
    expect(TEXT_WIDTH).toBeCloseTo(cm(16), 0);
    expect(dd.info).toMatchObject({ title: 'เรื่อง', author: 'สำนักงาน', creator: 'PR Desk' });
  });

  it('numbers pages the Thai way from page 2, centred', () => {
    const header = pageHeader(base);
    expect(texts(header(1, 3, size))).toEqual([]);
    expect(texts(header(2, 3, size))).toEqual([expect.objectContaining({ text: '- 2 -', alignment: 'center' })]);
    expect(texts(pageHeader({ ...base, thaiDigits: true })(3, 3, size))[0]?.text).toBe('- ๓ -');
  });

  it('puts the secrecy mark in red at the top and bottom centre of every page', () => {
    const options = { ...base, secrecy: 'top-secret' } as const;
    for (const pageNumber of [1, 2, 5]) {
      const top = texts(pageHeader(options)(pageNumber, 5, size));
      const bottom = texts(pageFooter(options)(pageNumber, 5, size));
      expect(top[0]).toMatchObject({ text: 'ลับที่สุด', color: MARK_RED, alignment: 'center' });
      expect(bottom).toEqual([expect.objectContaining({ text: 'ลับที่สุด', color: MARK_RED, alignment: 'center' })]);
    }
    expect(pageFooter(base)(1, 1, size)).toBeNull();
  });

  it('prints a running footer on every page, above the secrecy mark', () => {
    const footer = pageFooter({ ...base, secrecy: 'secret', runningFooter: 'รายงานประจำเดือน' });
    expect(texts(footer(3, 4, size))).toEqual([
      expect.objectContaining({ text: 'รายงานประจำเดือน', fontSize: 12, alignment: 'center' }),
      expect.objectContaining({ text: 'ลับมาก', color: MARK_RED }),
    ]);
  });

  it('puts the urgency mark in red at the top left of the first page only', () => {
    const options = { ...base, urgency: 'very-urgent', secrecy: 'confidential' } as const;
    const first = pageHeader(options)(1, 2, size) as StackNode;
    const row = first.stack[0];
    expect(row && typeof row !== 'string' && 'columns' in row).toBe(true);
    const marks = texts(first);
    expect(marks[0]).toMatchObject({ text: 'ด่วนมาก', color: MARK_RED, fontSize: 32 });
    expect(marks[1]).toMatchObject({ text: 'ลับ', alignment: 'center' });
    expect(texts(pageHeader(options)(2, 2, size)).map((t) => t.text)).toEqual(['ลับ', '- 2 -']);
    expect(first).toMatchObject({ margin: [PAGE_MARGINS.left, expect.any(Number), PAGE_MARGINS.right, 0] });
  });
});

describe('draft mark', () => {
  it('puts ร่าง, pale and see-through, across every page of a draft only', () => {
    expect(governmentDocument(['ข้อความ'], { ...base, draft: true }).watermark).toMatchObject({ text: 'ร่าง', opacity: expect.any(Number) as number });
    expect(governmentDocument(['ข้อความ'], { ...base, draft: true }).watermark?.opacity).toBeLessThan(0.3);
    expect(governmentDocument(['ข้อความ'], base).watermark).toBeUndefined();
    expect(governmentDocument(['ข้อความ'], { ...base, draft: false }).watermark).toBeUndefined();
  });
});
