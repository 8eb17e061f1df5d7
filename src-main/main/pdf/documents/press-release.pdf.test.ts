import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleRelease } from '../samples/press-release-samples';
import { pdfInfo, pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });

describe('the news release as a PDF', () => {
  it('prints number, พ.ศ. date, headline, body, quote and photo captions, as typed', async () => {
    const release = sampleRelease();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: release, options: { thaiDigits: false } }));
    expect((await pdfInfo(pdf.bytes)).pages).toBe(2);
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    for (const piece of ['ข่าวประชาสัมพันธ์', 'ข่าวที่ 123/2568', 'วันที่ 11 มกราคม 2568', 'ผู้ว่าราชการจังหวัดสงขลากล่าวเปิดงาน', '(ภาพ: ส่วนข่าว สปส.สงขลา)', 'เด็กคืออนาคตของชาติ']) {
      expect(text).toContain(piece);
    }
    expect(text).toContain(release.paragraphs[0]?.slice(0, 30));
  });

  it('refuses a photo that is not PNG or JPEG by its bytes', () => {
    const release = sampleRelease();
    const bad = { ...release, photos: [{ image: { mime: 'image/jpeg' as const, bytes: new TextEncoder().encode('%PDF') }, caption: '', credit: '' }] };
    expect(pdfRenderRequestSchema.safeParse({ document: bad, options: { thaiDigits: false } }).success).toBe(false);
  });
});
