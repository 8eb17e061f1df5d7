import type { Content, DocDefinition } from 'pdfmake';
import { MEDIA_SOURCE_KINDS, MEDIA_TONES } from '../../../shared/domain/media-monitoring';
import { COVERAGE_REPORT_TITLE, SOURCE_TH, TONE_TH, durationTh, type CoverageReportDocument } from '../../../shared/pdf/coverage-report';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { keepTogether } from '../../../shared/text/document-text';
import { formatThaiDateLong, formatThaiDateTimeShort } from '../../../shared/text/thai-date';
import { barChart, type ChartBar } from '../layout/bar-chart';
import { officeLetterhead } from '../layout/letterhead';
import { officeReport, reporterSignOff } from '../layout/office-report';
import { cm } from '../layout/page';
import { dataTable } from '../layout/table';

const n = (value: number) => value.toLocaleString('en-US');
const share = (value: number, total: number) => (total === 0 ? 0 : Math.round((value / total) * 100));
const TONE_COLORS = { positive: '#2f9e44', neutral: '#868e96', negative: '#e03131' } as const;
/** At most this many issues are printed; the workbook has them all. */
const TOP_ISSUES = 10;

/** รายงานสรุปการวิเคราะห์ข่าว of the spokesperson team in government form: letterhead, counts, charts, issues, response times, signature. */
export function buildCoverageReport(report: CoverageReportDocument, options: RenderOptions): DocDefinition {
  const heading = (text: string): Content => ({ text, bold: true, fontSize: 18, margin: [0, cm(0.4), 0, cm(0.1)] });
  const countText = (value: number) => `${n(value)} ข่าว (${share(value, report.items)}%)`;
  const toneBars: ChartBar[] = MEDIA_TONES.map((k) => ({ label: TONE_TH[k], value: report.byTone[k], valueText: countText(report.byTone[k]), color: TONE_COLORS[k] }));
  const sourceBars: ChartBar[] = MEDIA_SOURCE_KINDS.map((k) => ({ label: SOURCE_TH[k], value: report.bySource[k], valueText: countText(report.bySource[k]) }));
  const r = report.responses;
  const content: Content[] = [
    officeLetterhead(report.letterhead),
    { text: COVERAGE_REPORT_TITLE, bold: true, fontSize: 22, alignment: 'center' },
    { text: report.periodLabel, bold: true, alignment: 'center' },
    { text: 'ทีมโฆษกจังหวัด (สำนักงานประชาสัมพันธ์จังหวัด ฝ่ายเลขานุการ)', alignment: 'center' },
    { text: `ระหว่างวันที่ ${keepTogether(formatThaiDateLong(report.start))} – ${keepTogether(formatThaiDateLong(report.end))}`, alignment: 'center' },
    { text: `ข้อมูล ณ วันที่ ${formatThaiDateLong(report.preparedOn)}`, alignment: 'center', margin: [0, 0, 0, cm(0.3)] },
    {
      text: `ข่าวที่ติดตามทั้งหมด ${n(report.items)} ข่าว\u00a0· ผู้เข้าถึงโดยประมาณ ${n(report.reach)} คน${report.reachUnknown > 0 ? ` ${keepTogether(`(ไม่ทราบจำนวนผู้เข้าถึง ${n(report.reachUnknown)} ข่าว)`)}` : ''}`,
    },
    { stack: [heading('1. ข่าวตามน้ำเสียง'), barChart(toneBars, { maxValue: Math.max(1, report.items) })], unbreakable: true },
    { stack: [heading('2. ข่าวตามแหล่งข่าว'), barChart(sourceBars, { maxValue: Math.max(1, report.items) })], unbreakable: true },
    heading('3. ประเด็นที่มีข่าวมากที่สุด'),
    report.byIssue.length === 0
      ? { text: 'ไม่มีข่าวที่จัดเข้าประเด็นในช่วงนี้', italics: true }
      : dataTable(
          [
            { header: 'ประเด็น', width: '*' },
            { header: 'ข่าว', width: cm(1.6), alignment: 'right' },
            { header: 'เชิงลบ', width: cm(1.8), alignment: 'right' },
            { header: 'ลบ (%)', width: cm(1.9), alignment: 'right' },
            { header: 'ผู้เข้าถึง', width: cm(2.6), alignment: 'right' },
          ],
          report.byIssue.slice(0, TOP_ISSUES).map((i) => [i.title, n(i.items), n(i.negative), n(share(i.negative, i.items)), n(i.reach)]),
          { fontSize: 14 },
        ),
  ];
  if (report.withoutIssue > 0) content.push({ text: `ข่าวที่ไม่อยู่ในประเด็นใด ${n(report.withoutIssue)} ข่าว`, fontSize: 14 });
  content.push(
    heading('4. การชี้แจงประเด็นที่พบในช่วงนี้'),
    dataTable(
      [
        { header: 'รายการ', width: '*' },
        { header: 'ผล', width: cm(6), alignment: 'right' },
      ],
      [
        ['ประเด็นที่พบ', `${n(r.issuesSeen)} ประเด็น`],
        ['ชี้แจงแล้ว', `${n(r.answered)} ประเด็น`],
        ['เวลาถึงการชี้แจงครั้งแรก (มัธยฐาน)', durationTh(r.medianMinutes)],
        [`นานที่สุด${r.longestTitle ? ` (${r.longestTitle})` : ''}`, durationTh(r.longestMinutes)],
        ['ชี้แจงภายใน 24 ชั่วโมง', `${n(r.within24h)} ประเด็น`],
        ['ยังไม่ชี้แจงแต่ต้องตอบสนอง', `${n(r.unanswered.length)} ประเด็น`],
      ],
      { fontSize: 14 },
    ),
  );
  if (r.unanswered.length > 0) {
    content.push({ text: `ประเด็นที่ยังไม่ชี้แจง: ${r.unanswered.map((u) => `${u.title} (พบ ${formatThaiDateTimeShort(u.firstSeenAt)})`).join('; ')}`, fontSize: 14 });
  }
  content.push(reporterSignOff(report.signer));
  return officeReport(content, { title: COVERAGE_REPORT_TITLE, period: report.periodLabel, letterhead: report.letterhead, thaiDigits: options.thaiDigits });
}
