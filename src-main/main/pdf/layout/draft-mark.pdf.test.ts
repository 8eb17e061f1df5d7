import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema, type PdfDocument } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleBriefing, sampleBriefingDocument, sampleBriefingPack, sampleDraftBriefingDocument } from '../samples/briefing-samples';
import { sampleLongAcceptanceLetter } from '../samples/external-letter-samples';
import { memoSamples } from '../samples/memo-samples';
import { sampleRelease } from '../samples/press-release-samples';
import { pdfInfo, pdfPageText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';
import { DRAFT_WATERMARK_TEXT } from './draft-mark';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

/** Each page's text as `pdftotext -raw -f N -l N` reads it, whitespace taken out. */
async function pagesOf(document: PdfDocument, thaiDigits = false): Promise<string[]> {
  const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document, options: { thaiDigits } }));
  const { pages } = await pdfInfo(pdf.bytes);
  return Promise.all(Array.from({ length: pages }, async (_, i) => flat(await pdfPageText(pdf.bytes, i + 1))));
}

// pdfmake draws the watermark after everything else on the page, so it is the page's last text.
const marked = (page: string) => page.endsWith(DRAFT_WATERMARK_TEXT);

describe('ร่าง across every page of a document not yet approved', () => {
  it('marks each page of a draft briefing, and the text under it still reads whole', async () => {
    const doc = sampleDraftBriefingDocument(16);
    const pages = await pagesOf(doc);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => expect(marked(page), `page ${i + 1}`).toBe(true));
    // Without the mark, the header and footer lines, every question and answer is there whole.
    const body = pages.map((page) => page.slice(0, -DRAFT_WATERMARK_TEXT.length).replace(/ด่วนที่สุดลับหน้า\d+\/\d+ด่วนที่สุดลับฉบับที่1·23พฤศจิกายน2569$/, '')).join('');
    for (const qa of doc.briefing.qas) {
      expect(body).toContain(flat(`ถาม: ${qa.question}`));
      expect(body).toContain(flat(`ตอบ: ${qa.answer}`));
    }
  });

  it('marks a briefing in review, and no page of an approved or used one', async () => {
    const review = sampleDraftBriefingDocument(4);
    expect((await pagesOf({ ...review, briefing: { ...review.briefing, status: 'review' } })).every(marked)).toBe(true);
    for (const status of ['approved', 'used'] as const) {
      const doc = sampleBriefingDocument(10);
      const pages = await pagesOf({ ...doc, briefing: { ...doc.briefing, status } });
      expect(pages.length).toBeGreaterThan(3);
      pages.forEach((page) => expect(page).not.toContain(DRAFT_WATERMARK_TEXT));
    }
  });

  it('marks every page of a pack, the run sheet too, while any briefing in it is not approved', async () => {
    const pack = sampleBriefingPack();
    const approved = await pagesOf(pack);
    approved.forEach((page) => expect(page).not.toContain(DRAFT_WATERMARK_TEXT));
    const withDraft = await pagesOf({ ...pack, briefings: [sampleBriefing(12), { ...sampleBriefing(6), status: 'draft' }] });
    expect(withDraft.length).toBeGreaterThan(2);
    withDraft.forEach((page, i) => expect(marked(page), `page ${i + 1}`).toBe(true));
  });

  it('marks every page of a draft release besides its red line, and nothing on an approved one', async () => {
    const release = sampleRelease();
    const draft = await pagesOf({ ...release, draft: true, approval: null, paragraphs: Array.from({ length: 6 }, () => release.paragraphs).flat() }, true);
    expect(draft.length).toBeGreaterThan(1);
    draft.forEach((page, i) => expect(marked(page), `page ${i + 1}`).toBe(true));
    expect(draft[0]).toContain(flat('ร่าง — ยังไม่ได้รับอนุมัติ'));
    const approved = await pagesOf(release);
    approved.forEach((page) => expect(page).not.toContain(DRAFT_WATERMARK_TEXT));
  });

  it('marks every page of a memo or letter not yet numbered (ที่), and none once it has its number', async () => {
    const memo = memoSamples().find((s) => s.name === 'memo-two-pages')?.request.document;
    if (memo?.kind !== 'memo') throw new Error('memo sample missing');
    const letter = sampleLongAcceptanceLetter(14);
    for (const numbered of [memo, letter]) {
      const draft = await pagesOf({ ...numbered, documentNumber: ' ' });
      expect(draft.length, numbered.kind).toBeGreaterThan(1);
      draft.forEach((page, i) => expect(marked(page), `${numbered.kind} page ${i + 1}`).toBe(true));
      (await pagesOf(numbered)).forEach((page) => expect(page).not.toContain(DRAFT_WATERMARK_TEXT));
    }
  });
});
