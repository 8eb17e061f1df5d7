import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import type { SurveyReportDocument } from '../../shared/pdf/survey-report';
import { totalPercent } from '../pdf/documents/survey-report';
import { formatThaiDateLong } from '../../shared/text/thai-date';

/** Thai Windows ships Tahoma; Excel and LibreOffice both show Thai in it. */
const FONT = 'Tahoma';

const header = (labels: string[]): Row => labels.map((value): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true }));
const text = (value: string): Cell => ({ value, type: String, wrap: true });
const num = (value: number | null | undefined, format?: string): Cell => (value == null ? null : { value, type: Number, ...(format ? { format } : {}) });

/**
 * The survey's results (means, S.D., levels, frequencies) and its responses as a workbook.
 * Figures are numbers (2-decimal format), so staff can chart them in Excel.
 */
export async function surveyXlsx(report: SurveyReportDocument, responses: readonly (readonly (string | number)[])[]): Promise<Uint8Array> {
  const results: Row[] = [
    [{ value: `รายงานผลการสำรวจ ${report.title}`, fontWeight: 'bold' }],
    [text(`${report.letterhead.officeName} · ผู้ตอบแบบสอบถาม ${report.respondents} คน · ข้อมูล ณ วันที่ ${formatThaiDateLong(report.preparedOn)}`)],
    [],
    header(['รายการ', 'n', 'ค่าเฉลี่ย', 'S.D.', 'ระดับ']),
  ];
  for (const section of report.ratingSections) {
    results.push([{ value: section.title, fontWeight: 'bold' }, null, num(section.level?.mean, '0.00'), num(section.level?.sd, '0.00'), text(section.level?.band ?? '')]);
    for (const item of section.items) results.push([text(`  ${item.text}`), num(item.n), num(item.level?.mean, '0.00'), num(item.level?.sd, '0.00'), text(item.level?.band ?? '')]);
  }
  if (report.overall) results.push([{ value: 'ภาพรวม', fontWeight: 'bold' }, null, num(report.overall.mean, '0.00'), num(report.overall.sd, '0.00'), text(report.overall.band)]);
  results.push([], [text(`เกณฑ์: ${report.bandCriteria.join(' · ')}`)], []);
  for (const item of [...report.profile, ...report.choices]) {
    results.push(header([item.question, 'จำนวน', 'ร้อยละ']));
    for (const row of item.rows) results.push([text(row.label), num(row.count), num(row.percent, '0.00')]);
    // The total row: 100.00 when the rows split the respondents, as the PDF prints it (totalPercent).
    results.push([text('รวม'), num(item.n), num(totalPercent(item), '0.00')], []);
  }
  results.push([{ value: 'สรุปผลการสำรวจ', fontWeight: 'bold' }], [text(report.summary)]);
  const answers: Row[] = responses.map((row, i) => (i === 0 ? header(row.map(String)) : row.map((cell) => (typeof cell === 'number' ? num(cell) : cell === '' ? null : text(cell)))));
  const buffer = await writeXlsxFile(
    [
      { data: results, sheet: 'ผลการสำรวจ', columns: [{ width: 60 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 14 }], stickyRowsCount: 4 },
      { data: answers, sheet: 'คำตอบ', columns: responses[0]?.map((_, i) => ({ width: i === 0 ? 14 : 18 })) ?? [], stickyRowsCount: 1 },
    ],
    { fontFamily: FONT, fontSize: 11 },
  ).toBuffer();
  return new Uint8Array(buffer);
}
