import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_CHANNEL_LABELS, COMPLAINT_STEP_LABELS, COMPLAINT_SUBCATEGORY_LABELS, COMPLAINT_TYPE_LABELS, type ComplaintType } from '../../shared/domain/complaint';
import type { ComplaintReportDocument, ReportStatistics } from '../../shared/pdf/complaint-report';
import { formatThaiDateShort } from '../../shared/text/thai-date';
import { COMPLAINT_REPORT_TITLE } from '../pdf/documents/complaint-report';
import { periodLine } from '../pdf/documents/mission-report';
import { dateCell } from './xlsx-cells';

/** Thai Windows ships Tahoma; Excel and LibreOffice both show Thai in it. */
const FONT = 'Tahoma';

const header = (labels: string[]): Row => labels.map((value): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true }));
const text = (value: string): Cell => ({ value, type: String, wrap: true });
const count = (value: number): Cell => ({ value, type: Number });

/** The list sheets, one per type of complaint (names of at most 31 characters). */
export const REPORT_LIST_SHEETS: Record<ComplaintType, string> = { general: 'รายการเรื่องร้องเรียนทั่วไป', corruption: 'รายการการทุจริตและประพฤติมิชอบ' };

type Section = (title: string, rows: [string, number][]) => Row[];

/** The count tables of one set of complaints. */
function countSections(s: ReportStatistics, section: Section): Row[] {
  return [
    ...section('ช่องทาง', s.byChannel.map((c) => [COMPLAINT_CHANNEL_LABELS[c.channel], c.count])),
    ...section(
      'ประเภทเรื่อง',
      s.byCategory.flatMap((c): [string, number][] => [[COMPLAINT_CATEGORY_LABELS[c.category], c.count], ...c.subcategories.filter((x) => x.count > 0).map((x): [string, number] => [`    ${COMPLAINT_SUBCATEGORY_LABELS[x.subcategory]}`, x.count])]),
    ),
    ...section('สถานะล่าสุด', s.byStatus.map((c) => [COMPLAINT_STEP_LABELS[c.status], c.count])),
    ...section('หน่วยงานที่ส่งต่อ', s.byAgency.map((a) => [a.name, a.count])),
    ...section('ความทันเวลา', [
      ['ยุติเรื่องภายในกำหนด', s.result.onTime],
      ['ยุติเรื่องเกินกำหนด', s.result.late],
      ['ยังไม่ยุติ และเกินกำหนดแล้ว', s.result.openOverdue],
      ['ยังไม่ยุติ อยู่ในกำหนด', s.result.openOnTrack],
      ['แจ้งผู้ร้องภายในกำหนด', s.acknowledge.onTime],
      ['แจ้งผู้ร้องเกินกำหนด', s.acknowledge.late],
      ['ยังไม่ได้แจ้งผู้ร้อง และเกินกำหนดแล้ว', s.acknowledge.overdue],
      ['หน่วยงานตอบกลับภายในกำหนด', s.reply.onTime],
      ['หน่วยงานตอบกลับเกินกำหนด', s.reply.late],
      ['หน่วยงานยังไม่ตอบกลับ และเกินกำหนดแล้ว', s.reply.overdue],
    ]),
  ];
}

/**
 * The six-month complaint statistics as a workbook: a sheet of counts (numbers as numbers, so
 * the office can chart them) with general and corruption/misconduct complaints as separate
 * parts (ITA O27–O29), and a list sheet per type; dates are real date cells shown in พ.ศ.
 */
export async function complaintReportXlsx(report: ComplaintReportDocument): Promise<Uint8Array> {
  const s = report.statistics;
  const section: Section = (title, rows) => [[], header([title, 'จำนวน (เรื่อง)']), ...rows.map(([label, n]): Row => [text(label), count(n)])];
  const summary: Row[] = [
    [{ value: `${COMPLAINT_REPORT_TITLE} ${report.letterhead.officeName}`, fontWeight: 'bold' }],
    [text(periodLine(report.period).replace(/\u00a0/g, ' '))],
    [text(`ข้อมูล ณ วันที่ ${formatThaiDateShort(report.preparedOn)} · แจ้งผู้ร้องภายใน ${report.limits.acknowledgeDays} วัน · ยุติเรื่องภายใน ${report.limits.resultDays} วัน`)],
    [text('รับเรื่องทั้งหมด'), count(s.total)],
    ...report.byType.map((t): Row => [text(COMPLAINT_TYPE_LABELS[t.type]), count(t.statistics.total)]),
    [text('ระยะเวลาเฉลี่ยจนยุติเรื่อง (วัน)'), s.averageDaysToClose === null ? null : count(s.averageDaysToClose)],
    ...report.byType.flatMap((t): Row[] => [
      [],
      [{ value: `${COMPLAINT_TYPE_LABELS[t.type]} (${t.statistics.total} เรื่อง)`, fontWeight: 'bold' }],
      [text('รับเรื่อง'), count(t.statistics.total)],
      [text('ระยะเวลาเฉลี่ยจนยุติเรื่อง (วัน)'), t.statistics.averageDaysToClose === null ? null : count(t.statistics.averageDaysToClose)],
      ...countSections(t.statistics, section),
    ]),
  ];
  const lists = report.byType.map((t) => ({
    data: [
      header(['เลขที่', 'วันที่รับ', 'เรื่อง', 'ช่องทาง', 'ประเภท', 'ประเภทย่อย', 'สถานะ', 'หน่วยงานที่ส่งต่อ', 'วันที่ยุติ', 'เกินกำหนด']),
      ...report.complaints
        .filter((c) => c.complaintType === t.type)
        .map((c): Row => [
          text(c.number),
          dateCell(c.receivedDate),
          text(c.subject),
          text(COMPLAINT_CHANNEL_LABELS[c.channel]),
          text(COMPLAINT_CATEGORY_LABELS[c.category]),
          text(COMPLAINT_SUBCATEGORY_LABELS[c.subcategory]),
          text(COMPLAINT_STEP_LABELS[c.status]),
          text(c.agencies),
          dateCell(c.closedOn),
          text([c.late ? 'เกินกำหนด' : '', c.replyOverdue ? 'หน่วยงานตอบกลับเกินกำหนด' : ''].filter(Boolean).join(', ')),
        ]),
    ],
    sheet: REPORT_LIST_SHEETS[t.type],
    columns: [{ width: 11 }, { width: 13 }, { width: 60 }, { width: 20 }, { width: 20 }, { width: 28 }, { width: 14 }, { width: 40 }, { width: 13 }, { width: 16 }],
    stickyRowsCount: 1,
  }));
  const buffer = await writeXlsxFile(
    [{ data: summary, sheet: 'สรุปสถิติ', columns: [{ width: 48 }, { width: 16 }] }, ...lists],
    { fontFamily: FONT, fontSize: 11 },
  ).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
