import type { Content, DocDefinition, TableNode } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { InternEvaluationDocument, PrintedIntern } from '../../../shared/pdf/internship';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { officeLetterhead } from '../layout/letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { signatureBlock } from '../layout/signature';
import { WHOLE_ROW_MAX_CHARS, dataTable } from '../layout/table';
import { formatAmount, hoursText, internName, internshipPeriod, letterheadImages, studyText } from './internship-parts';

export const EVALUATION_TITLE = 'แบบประเมินผลการฝึกงาน';

/** Scores may be halves or quarters; two decimals keep them exact without printing "4.00". */
const score = (value: number) => formatAmount(value, 2);

type Row = InternEvaluationDocument['rows'][number];

export interface EvaluationTotal {
  score: number;
  maxScore: number;
  /** 0–100 */
  percent: number;
}

export function evaluationTotal(rows: readonly Row[]): EvaluationTotal {
  const total = rows.reduce((sum, row) => sum + row.score, 0);
  const maxScore = rows.reduce((sum, row) => sum + row.maxScore, 0);
  return { score: total, maxScore, percent: maxScore === 0 ? 0 : (total / maxScore) * 100 };
}

/** Label and value pairs of the intern, in the order institutions' forms ask for them. */
export function internDetails(intern: PrintedIntern, officeName: string): [string, string][] {
  const study = studyText(intern);
  const place = intern.workGroup ? `${officeName} ${intern.workGroup}` : officeName;
  return [
    ['ชื่อ-นามสกุล', internName(intern)],
    ['รหัสนักศึกษา', intern.studentId],
    ['สถานศึกษา', intern.institution],
    ...(study ? [['คณะ/สาขาวิชา', study] as [string, string]] : []),
    ['ระยะเวลาฝึกงาน', internshipPeriod(intern)],
    ['จำนวนชั่วโมง', hoursText(intern.hours)],
    ['สถานที่ฝึกงาน', place],
  ];
}

/** Labels in a column of their own, so long values wrap under the value, not under the label. */
function detailsBlock(details: readonly [string, string][]): TableNode {
  return {
    table: { widths: [cm(3.8), '*'], body: details.map(([label, value]) => [{ text: label, bold: true }, { text: value }]) },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 4, paddingTop: () => 0, paddingBottom: () => 0 },
    margin: [0, 0, 0, cm(0.3)],
  };
}

/** Longer comments let rows continue onto the next page (the shared table's rule). */
export const WHOLE_ROW_MAX_COMMENT = WHOLE_ROW_MAX_CHARS;

/** The score table; its last row is the total, in bold so it does not read as a criterion. */
function scoreTable(rows: readonly Row[]): TableNode {
  const total = evaluationTotal(rows);
  const table = dataTable(
    [
      { header: 'ลำดับ', width: cm(1.3), alignment: 'center' },
      // Criterion and comment share the rest about equally: the taller of the two sets a row's height.
      { header: 'หัวข้อการประเมิน', width: '*' },
      { header: 'คะแนนเต็ม', width: cm(1.5), alignment: 'center' },
      { header: 'คะแนนที่ได้', width: cm(1.5), alignment: 'center' },
      { header: 'ความคิดเห็น', width: cm(6) },
    ],
    [
      ...rows.map((row, i) => [String(i + 1), row.criterion, score(row.maxScore), score(row.score), row.comment]),
      ['', 'รวม', score(total.maxScore), score(total.score), `คิดเป็นร้อยละ ${formatAmount(total.percent, 2)}`],
    ],
    // 14 pt as government report tables print; five columns do not fit 16 pt on a portrait page.
    { fontSize: 14 },
  );
  const body = table.table.body;
  const last = body.length - 1;
  body[last] = (body[last] ?? []).map((cell) => (typeof cell === 'string' ? { text: cell, bold: true } : { ...cell, bold: true }));
  return table;
}

/** The evaluator signs on the dotted line; name, position and date stay together on one page. */
function evaluatorBlock(evaluation: InternEvaluationDocument): Content {
  const right = TEXT_WIDTH * 0.4;
  return {
    stack: [
      // Shifted right by half of what "ผู้ประเมิน" is longer than "ลงชื่อ", so the dots sit over the name.
      { text: `ลงชื่อ ${'.'.repeat(30)} ผู้ประเมิน`, alignment: 'center', margin: [right + cm(0.7), cm(1.4), 0, 0] },
      signatureBlock(evaluation.evaluator, { spaceToSign: cm(0.1) }),
      { text: `วันที่ ${formatThaiDateLong(evaluation.date)}`, alignment: 'center', margin: [right, 0, 0, 0] },
    ],
    unbreakable: true,
  };
}

/**
 * แบบประเมินผลการฝึกงาน: the intern, the mentor's scores with their total, the overall comment
 * and the signature. Always ลับ (the institution receives it sealed), so the secrecy mark is on
 * every page, top and bottom.
 */
export function buildInternEvaluation(evaluation: InternEvaluationDocument, options: RenderOptions): DocDefinition {
  const { intern, letterhead } = evaluation;
  const content: Content[] = [
    officeLetterhead(letterhead),
    { text: EVALUATION_TITLE, bold: true, fontSize: 22, alignment: 'center', margin: [0, 0, 0, cm(0.3)] },
    detailsBlock(internDetails(intern, letterhead.officeName)),
    scoreTable(evaluation.rows),
    // The label starts the comment's first line, so it can never be left alone at a page's foot.
    { text: [{ text: 'ความคิดเห็นโดยรวมของผู้ประเมิน', bold: true }, `  ${evaluation.overallComment || '-'}`], margin: [0, cm(0.3), 0, 0] },
    evaluatorBlock(evaluation),
  ];
  return governmentDocument(
    content,
    {
      title: `${EVALUATION_TITLE} ${intern.fullName}`,
      author: letterhead.officeName,
      urgency: 'normal',
      secrecy: 'confidential',
      thaiDigits: options.thaiDigits,
    },
    letterheadImages(letterhead),
  );
}
