import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { dailyDigestSamples } from '../samples/daily-digest-samples';
import { pdfInfo, pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/[\s\u00a0]+/g, '');

describe('the daily digest as a PDF', () => {
  it('fits a busy day on one A4 page: the day with its weekday in พ.ศ., every section and line in order, who prepared it', async () => {
    const sample = dailyDigestSamples()[0]!;
    const request = pdfRenderRequestSchema.parse(sample.request);
    const pdf = await renderer.render(request);
    expect((await pdfInfo(pdf.bytes)).pages).toBe(1);
    const text = flat(await pdfText(pdf.bytes));
    const expected = ['สรุปข่าวประจำวัน', 'วันจันทร์ที่ 7 ธันวาคม 2569'];
    if (request.document.kind !== 'daily-digest') throw new Error('not a digest');
    request.document.sections.forEach((section, i) => expected.push(`${i + 1}. ${section.title}`, ...section.lines));
    expected.push('ผู้จัดทำ นางสาววิไลวรรณ ข่าวดี');
    let at = 0;
    for (const part of expected) {
      const found = text.indexOf(flat(part), at);
      expect(found, part).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it('refuses a digest line with a control character at the boundary', () => {
    const sample = dailyDigestSamples()[0]!;
    const bad = structuredClone(sample.request);
    if (bad.document.kind !== 'daily-digest') throw new Error('not a digest');
    bad.document.sections[0]!.lines[0] = 'ข่าว\u0007';
    expect(pdfRenderRequestSchema.safeParse(bad).success).toBe(false);
  });
});
