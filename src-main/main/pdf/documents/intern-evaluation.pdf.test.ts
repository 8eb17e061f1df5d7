import { describe, expect, it } from 'vitest';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { internEvaluationDocumentSchema, type InternEvaluationDocument } from '../../../shared/pdf/internship';
import { createPdfEngine } from '../engine';
import { prepareDocDefinition } from '../prepare-content';
import { SAMPLE_EVALUATION_ROWS, sampleInternEvaluation } from '../samples/internship-samples';
import { SAMPLE_OFFICE } from '../samples/office';
import { compareExtractedText, pdfText, withoutPageNumbers } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';
import { EVALUATION_TITLE, buildInternEvaluation, evaluationTotal, internDetails } from './intern-evaluation';
import { formatAmount } from './internship-parts';

// Built and prepared exactly as documents/index.ts does for every kind, then really rendered.
const engine = createPdfEngine({ fontDir: FONT_DIR });
const render = (evaluation: InternEvaluationDocument, options: RenderOptions) =>
  engine.render(prepareDocDefinition(buildInternEvaluation(internEvaluationDocumentSchema.parse(evaluation), options), options, engine));

// pdftotext reads a double space (and our no-break spaces in dates) as one space
const spaces = (text: string) => text.replace(/[ \u00a0]+/g, ' ');
const flat = (text: string) => text.replace(/\s+/g, '');
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim() !== '');
const HEADER = 'ลำดับ หัวข้อการประเมิน คะแนนเต็ม คะแนนที่ได้ ความคิดเห็น';
/** "ลับ" standing alone, not inside a word such as "ลับของทางราชการ". */
const SECRET_MARK = /(^|\s)ลับ(?=\s|$)/gu;

/** The page without its marks and number; `header` says whether it began with the table header. */
function pageBody(page: string): { body: string; header: boolean } {
  const lines = withoutPageNumbers(page)
    .split('\n')
    .filter((line) => line.trim() !== '' && line.trim() !== 'ลับ');
  let taken = 0;
  while (taken < lines.length && flat(HEADER).startsWith(flat(lines.slice(0, taken + 1).join('')))) taken += 1;
  const header = flat(lines.slice(0, taken).join('')) === flat(HEADER);
  return { body: (header ? lines.slice(taken) : lines).join('\n'), header };
}

function expectedText(evaluation: InternEvaluationDocument): string {
  const { officeName, address, phone, email } = SAMPLE_OFFICE;
  const total = evaluationTotal(evaluation.rows);
  return spaces(
    [
      officeName,
      address,
      `โทร. ${phone} อีเมล ${email}`,
      EVALUATION_TITLE,
      ...internDetails(evaluation.intern, officeName).map((pair) => pair.join(' ')),
      HEADER,
      ...evaluation.rows.map((row, i) => [String(i + 1), row.criterion, String(row.maxScore), String(row.score), row.comment].join(' ')),
      `รวม ${total.maxScore} ${formatAmount(total.score, 2)} คิดเป็นร้อยละ ${formatAmount(total.percent, 2)}`,
      `ความคิดเห็นโดยรวมของผู้ประเมิน ${evaluation.overallComment}`,
      `ลงชื่อ ${'.'.repeat(30)} ผู้ประเมิน`,
      `(${evaluation.evaluator.name})`,
      evaluation.evaluator.position,
      'วันที่ 31 กรกฎาคม 2569',
    ].join('\n'),
  );
}

describe('the intern evaluation as a PDF', () => {
  it('reads back exactly, with ลับ twice on every page and the table header on every page it runs onto', async () => {
    const evaluation = sampleInternEvaluation();
    const pdf = await render(evaluation, { thaiDigits: false });
    const pages = pagesOf(spaces(await pdfText(pdf.bytes)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page) => expect(page.match(SECRET_MARK)).toHaveLength(2));
    const bodies = pages.map(pageBody);
    // The table starts on page 1 under the details and continues on page 2 under its header again.
    expect(bodies[1]?.header).toBe(true);
    expect(compareExtractedText(bodies.map((page) => page.body).join('\n'), expectedText(evaluation))).toBeNull();
  });

  it('prints every row of a long form, a 1,000-character comment included, never dropping one', async () => {
    const phrase = 'นักศึกษาปฏิบัติงานด้วยความตั้งใจ ประสานงานกับสื่อมวลชนท้องถิ่นได้ดี ';
    const rows = Array.from({ length: 30 }, (_, i) => ({ ...SAMPLE_EVALUATION_ROWS[i % 8]!, criterion: `${SAMPLE_EVALUATION_ROWS[i % 8]!.criterion} ข้อ ${i + 1}` }));
    rows[0] = { ...rows[0]!, comment: phrase.repeat(20).slice(0, 1000).trim() };
    const long = { ...sampleInternEvaluation(), rows };
    const pdf = await render(long, { thaiDigits: false });
    const pages = pagesOf(await pdfText(pdf.bytes));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page) => expect(page.match(SECRET_MARK)).toHaveLength(2));
    // A row split across a page break reads back interleaved, so compare what was printed as a
    // multiset of characters: nothing dropped, nothing added.
    const printed = [...flat(pages.map((page) => pageBody(page).body).join(''))].sort().join('');
    expect(printed).toBe([...flat(expectedText(long))].sort().join(''));
    // Every page after the first that holds rows starts with the header.
    const withRows = pages.slice(1).filter((page) => rows.some((row) => flat(page).includes(flat(row.criterion))));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(pageBody(page).header).toBe(true);
  });

  it('prints Thai digits everywhere but in Latin names when the office chose them', async () => {
    const pdf = await render(sampleInternEvaluation(), { thaiDigits: true });
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('รวม ๑๐๐ ๘๙.๕ คิดเป็นร้อยละ ๘๙.๕');
    expect(text).toMatch(/^- ๒ -$/m);
    expect(text.replace(/\S*[A-Za-z@]\S*/g, '')).not.toMatch(/[0-9]/);
  });
});
