import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { MEDIA_SOURCE_KINDS, MEDIA_TONES } from '../../shared/domain/media-monitoring';
import type { XlsxChart } from '../../shared/exports/xlsx-chart';
import { COVERAGE_REPORT_TITLE, SOURCE_TH, TONE_TH, durationTh, type CoverageReportDocument } from '../../shared/pdf/coverage-report';
import { formatThaiDateTimeShort } from '../../shared/text/thai-date';
import { chartSheet } from './xlsx-chart-sheet';
import { dateCell } from './xlsx-cells';

/** Thai Windows ships Tahoma; Excel and LibreOffice both show Thai in it. */
const FONT = 'Tahoma';

const header = (labels: string[]): Row => labels.map((value): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true }));
const text = (value: string): Cell => ({ value, type: String, wrap: true });
const num = (value: number | null): Cell => (value === null ? null : { value, type: Number });

/**
 * The coverage report as a workbook: สรุป (counts by tone and source, response times),
 * ตามประเด็น, ตามแหล่งข่าว, รายการข่าว (every item with a real date cell in พ.ศ.) and the
 * screen's charts.
 */
export async function coverageReportXlsx(report: CoverageReportDocument, charts: readonly XlsxChart[] = []): Promise<Uint8Array> {
  const r = report.responses;
  const summary: Row[] = [
    [{ value: `${COVERAGE_REPORT_TITLE}${report.periodLabel}`, fontWeight: 'bold' }],
    [text(report.letterhead.officeName)],
    [],
    header(['รายการ', 'จำนวน']),
    [text('ข่าวทั้งหมด'), num(report.items)],
    [text('ผู้เข้าถึงโดยประมาณ (คน)'), num(report.reach)],
    [text('ข่าวที่ไม่ทราบจำนวนผู้เข้าถึง'), num(report.reachUnknown)],
    ...MEDIA_TONES.map((k): Row => [text(`น้ำเสียง${TONE_TH[k]}`), num(report.byTone[k])]),
    [text('ประเด็นที่พบในช่วงนี้'), num(r.issuesSeen)],
    [text('ชี้แจงแล้ว'), num(r.answered)],
    [text('เวลาถึงการชี้แจงครั้งแรก (มัธยฐาน, นาที)'), num(r.medianMinutes)],
    [text('เวลาถึงการชี้แจงครั้งแรก (มัธยฐาน)'), text(durationTh(r.medianMinutes))],
    [text('นานที่สุด (นาที)'), num(r.longestMinutes)],
    [text('ชี้แจงภายใน 24 ชั่วโมง'), num(r.within24h)],
    [text('ยังไม่ชี้แจงแต่ต้องตอบสนอง'), num(r.unanswered.length)],
  ];
  const issues: Row[] = [header(['ประเด็น', 'จำนวนข่าว', 'ข่าวเชิงลบ', 'ผู้เข้าถึง']), ...report.byIssue.map((i): Row => [text(i.title), num(i.items), num(i.negative), num(i.reach)])];
  if (report.withoutIssue > 0) issues.push([text('ไม่อยู่ในประเด็นใด'), num(report.withoutIssue), null, null]);
  const sources: Row[] = [header(['แหล่งข่าว', 'จำนวนข่าว']), ...MEDIA_SOURCE_KINDS.map((k): Row => [text(SOURCE_TH[k]), num(report.bySource[k])])];
  const list: Row[] = [
    header(['วันที่', 'เวลา', 'หัวข้อข่าว', 'แหล่งข่าว', 'สื่อ', 'น้ำเสียง', 'ประเด็น', 'ผู้เข้าถึง', 'ลิงก์']),
    ...report.list.map((i): Row => [
      dateCell(i.publishedAt.slice(0, 10)),
      text(formatThaiDateTimeShort(i.publishedAt).split(' ').slice(-2).join(' ')),
      text(i.headline),
      text(SOURCE_TH[i.sourceKind]),
      text(i.outletName),
      text(TONE_TH[i.tone]),
      text(i.issue),
      num(i.reach),
      text(i.url),
    ]),
  ];
  const sheets = [
    { data: summary, sheet: 'สรุป', columns: [{ width: 44 }, { width: 18 }], stickyRowsCount: 4 },
    { data: issues, sheet: 'ตามประเด็น', columns: [{ width: 60 }, { width: 12 }, { width: 12 }, { width: 14 }], stickyRowsCount: 1 },
    { data: sources, sheet: 'ตามแหล่งข่าว', columns: [{ width: 24 }, { width: 12 }], stickyRowsCount: 1 },
    { data: list, sheet: 'รายการข่าว', columns: [{ width: 14 }, { width: 10 }, { width: 60 }, { width: 16 }, { width: 26 }, { width: 10 }, { width: 36 }, { width: 12 }, { width: 40 }], stickyRowsCount: 1 },
  ];
  const chartPart = charts.length > 0 ? [chartSheet(charts)] : [];
  const buffer = await writeXlsxFile([...sheets, ...chartPart], { fontFamily: FONT, fontSize: 11 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
