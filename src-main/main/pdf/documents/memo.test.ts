import type { Content } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { createMemoFromOfficeProfile } from '../../../shared/pdf/memo';
import { A4 } from '../layout/page';
import { SAMPLE_MEMO_FIELDS } from '../samples/memo-samples';
import { SAMPLE_OFFICE, sampleLogo } from '../samples/office';
import { buildMemo } from './memo';

const logo = sampleLogo();
const memo = createMemoFromOfficeProfile(SAMPLE_OFFICE, logo, SAMPLE_MEMO_FIELDS);
const size = { width: A4.width, height: A4.height };

/** All text of a definition, in order, as one string per text node. */
function allText(content: Content | Content[] | null): string[] {
  if (content === null) return [];
  if (Array.isArray(content)) return content.flatMap(allText);
  if (typeof content === 'string') return [content];
  if ('text' in content) return typeof content.text === 'string' ? [content.text] : [content.text.map((t) => allText(t).join('')).join('')];
  if ('stack' in content) return allText(content.stack);
  if ('columns' in content) return allText(content.columns);
  if ('table' in content) return allText(content.table.body.flat());
  return [];
}

describe('buildMemo', () => {
  it('lays out the บันทึกข้อความ fields in order', () => {
    const text = allText(buildMemo(memo, { thaiDigits: false }).content);
    const order = [
      'บันทึกข้อความ',
      `ส่วนราชการ  ${memo.department}`,
      'ที่  สข 0017/123',
      'วันที่  15 มกราคม 2568',
      `เรื่อง  ${memo.subject}`,
      `เรียน  ${memo.addressee}`,
      ...memo.paragraphs,
      `(${SAMPLE_OFFICE.directorName})`,
      SAMPLE_OFFICE.directorTitle,
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0), JSON.stringify(text)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('embeds the logo only when the office has one', () => {
    expect(buildMemo(memo, { thaiDigits: false }).images?.logo).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    const without = buildMemo({ ...memo, letterhead: { ...memo.letterhead, logo: null } }, { thaiDigits: false });
    expect(without.images).toEqual({});
  });

  it('carries urgency, secrecy and the document title to the page', () => {
    const dd = buildMemo({ ...memo, urgency: 'urgent', secrecy: 'secret' }, { thaiDigits: true });
    expect(allText(dd.header?.(1, 2, size) ?? null)).toEqual(['ด่วน', 'ลับมาก', '']);
    expect(allText(dd.header?.(2, 2, size) ?? null)).toEqual(['ลับมาก', '- ๒ -']);
    expect(allText(dd.footer?.(2, 2, size) ?? null)).toEqual(['ลับมาก']);
    expect(dd.info?.title).toBe(memo.subject);
    expect(dd.info?.author).toBe(SAMPLE_OFFICE.officeName);
  });
});
