import type { Content, TableNode, TextNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { internEvaluationDocumentSchema } from '../../../shared/pdf/internship';
import { A4, MARK_RED } from '../layout/page';
import { SAMPLE_EVALUATION_ROWS, sampleInternEvaluation } from '../samples/internship-samples';
import { SAMPLE_OFFICE } from '../samples/office';
import { EVALUATION_TITLE, WHOLE_ROW_MAX_COMMENT, buildInternEvaluation, evaluationTotal, internDetails } from './intern-evaluation';

const evaluation = internEvaluationDocumentSchema.parse(sampleInternEvaluation());
const size = { width: A4.width, height: A4.height };
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

/** Every string in a piece of a definition, in order (texts, and also names such as alignments). */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [spaced(node)];
  if (Array.isArray(node)) return node.flatMap(strings);
  return node !== null && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
}

const scoreTableOf = (content: Content[]): TableNode =>
  content.find((node): node is TableNode => typeof node === 'object' && 'table' in node && node.table.headerRows === 1)!;
const cellText = (cell: Content | undefined) => strings(typeof cell === 'object' && 'text' in cell ? cell.text : cell).join('');

describe('the intern evaluation', () => {
  it('totals the scores out of the maximum, with the percentage', () => {
    expect(evaluationTotal(SAMPLE_EVALUATION_ROWS)).toEqual({ score: 89.5, maxScore: 100, percent: 89.5 });
    expect(evaluationTotal([{ criterion: 'ก', maxScore: 3, score: 2, comment: '' }]).percent).toBeCloseTo(66.667, 2);
  });

  it('describes the intern in the order the forms ask, in Buddhist-era dates', () => {
    const details = internDetails(evaluation.intern, SAMPLE_OFFICE.officeName).map(([label, value]) => [label, spaced(value)]);
    expect(details).toEqual([
      ['ชื่อ-นามสกุล', 'นางสาวกนกวรรณ ศรีสุข (Miss Kanokwan Srisuk)'],
      ['รหัสนักศึกษา', '6410110123'],
      ['สถานศึกษา', 'มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตหาดใหญ่'],
      ['คณะ/สาขาวิชา', 'คณะวิทยาการจัดการ สาขาวิชานิเทศศาสตร์'],
      ['ระยะเวลาฝึกงาน', 'ตั้งแต่วันที่ 1 มิถุนายน 2569 ถึงวันที่ 31 กรกฎาคม 2569'],
      ['จำนวนชั่วโมง', '312 ชั่วโมง'],
      ['สถานที่ฝึกงาน', `${SAMPLE_OFFICE.officeName} กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร`],
    ]);
    const bare = internDetails({ ...evaluation.intern, faculty: '', programme: '', workGroup: '' }, SAMPLE_OFFICE.officeName);
    expect(bare.map(([label]) => label)).not.toContain('คณะ/สาขาวิชา');
    expect(bare.at(-1)).toEqual(['สถานที่ฝึกงาน', SAMPLE_OFFICE.officeName]);
  });

  it('lays out letterhead, title, details, scores, comment and signature in order', () => {
    const dd = buildInternEvaluation(evaluation, { thaiDigits: false });
    const order = [
      SAMPLE_OFFICE.officeName,
      EVALUATION_TITLE,
      'รหัสนักศึกษา',
      'หัวข้อการประเมิน',
      ...SAMPLE_EVALUATION_ROWS.map((row) => row.criterion),
      'คิดเป็นร้อยละ 89.5',
      'ความคิดเห็นโดยรวมของผู้ประเมิน',
      `  ${evaluation.overallComment}`,
      `(${evaluation.evaluator.name})`,
      evaluation.evaluator.position,
      'วันที่ 31 กรกฎาคม 2569',
    ];
    const text = strings(dd.content);
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0), JSON.stringify(order.filter((_, i) => positions[i] === -1))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('scores in a table whose header repeats, rows kept whole, and a bold total row', () => {
    const table = scoreTableOf(buildInternEvaluation(evaluation, { thaiDigits: false }).content);
    expect(table.table).toMatchObject({ headerRows: 1, dontBreakRows: true });
    const [header, first, ...rest] = table.table.body;
    expect(header?.map(cellText)).toEqual(['ลำดับ', 'หัวข้อการประเมิน', 'คะแนนเต็ม', 'คะแนนที่ได้', 'ความคิดเห็น']);
    expect(first?.map(cellText)).toEqual(['1', 'ความรับผิดชอบและการตรงต่อเวลา', '10', '9.5', SAMPLE_EVALUATION_ROWS[0]?.comment]);
    const total = rest.at(-1) ?? [];
    expect(total.map(cellText)).toEqual(['', 'รวม', '100', '89.5', 'คิดเป็นร้อยละ 89.5']);
    expect(total.every((cell) => (cell as TextNode).bold === true)).toBe(true);
    expect(rest.slice(0, -1).some((row) => (row[1] as TextNode).bold)).toBe(false);
  });

  it('lets rows continue on the next page when a comment could make one taller than a page', () => {
    const long = { ...evaluation, rows: [{ ...SAMPLE_EVALUATION_ROWS[0]!, comment: 'ก'.repeat(WHOLE_ROW_MAX_COMMENT + 1) }] };
    const table = scoreTableOf(buildInternEvaluation(long, { thaiDigits: false }).content);
    expect(table.table).toMatchObject({ headerRows: 1, dontBreakRows: false, keepWithHeaderRows: 0 });
  });

  it('prints a dash for an empty overall comment', () => {
    const text = strings(buildInternEvaluation({ ...evaluation, overallComment: '' }, { thaiDigits: false }).content);
    expect(text.indexOf('  -')).toBe(text.indexOf('ความคิดเห็นโดยรวมของผู้ประเมิน') + 1);
  });

  it('is marked ลับ in red at the top and bottom of every page, numbered from page 2', () => {
    const dd = buildInternEvaluation(evaluation, { thaiDigits: true });
    expect(strings(dd.header?.(1, 3, size))).toContain('ลับ');
    expect(strings(dd.header?.(1, 3, size))).not.toContain('- ๑ -');
    expect(strings(dd.header?.(3, 3, size))).toEqual(expect.arrayContaining(['ลับ', '- ๓ -', MARK_RED]));
    expect(strings(dd.footer?.(2, 3, size))).toEqual(expect.arrayContaining(['ลับ', MARK_RED]));
    expect(dd.info).toMatchObject({ title: `${EVALUATION_TITLE} นางสาวกนกวรรณ ศรีสุข`, author: SAMPLE_OFFICE.officeName });
  });
});
