import type { Content, DocDefinition } from 'pdfmake';
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_SUBCATEGORY_LABELS,
  COMPLAINT_TYPE_LABELS,
} from '../../../shared/domain/complaint';
import type { ComplaintReportDocument, ReportComplaint, ReportStatistics } from '../../../shared/pdf/complaint-report';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { formatThaiDateLong, formatThaiDateShort } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { MARK_RED, TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { ROUNDING_RULES, roundingNote } from '../layout/rounding-note';
import { signatureBlock } from '../layout/signature';
import { dataTable, type TableCell } from '../layout/table';
import { periodLine } from './mission-report';

export const COMPLAINT_REPORT_TITLE = 'รายงานสถิติเรื่องร้องเรียน';

const n = (value: number) => value.toLocaleString('en-US');

/** "12.5" — one decimal, as statistics tables print a percentage; "-" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : (Math.round((part / whole) * 1000) / 10).toFixed(1);
}

/** A part's heading; `headlineLevel` keeps it off the foot of a page (layout/page.ts keepHeadingWithNext). */
function heading(text: string): Content {
  return { text, bold: true, fontSize: 18, headlineLevel: 1, margin: [0, cm(0.4), 0, cm(0.1)] };
}

function subheading(text: string): Content {
  return { text, bold: true, headlineLevel: 2, margin: [0, cm(0.2), 0, 0] };
}

const countColumns = [
  { header: 'จำนวน (เรื่อง)', width: cm(3.2), alignment: 'right' as const },
  { header: 'ร้อยละ', width: cm(2.2), alignment: 'right' as const },
];

function countTable(label: string, rows: { label: string; count: number; bold?: boolean }[], total: number): Content {
  return dataTable(
    [{ header: label, width: '*' }, ...countColumns],
    [...rows.map((r): TableCell[] => [r.label, n(r.count), percent(r.count, total)]), ['รวม', n(total), total === 0 ? '-' : '100.0']],
  );
}

/** The tables of one set of complaints (one type): channel, category, status, agencies, timeliness. */
function statisticsSections(s: ReportStatistics, no: string): Content[] {
  const forwarded = s.byAgency.reduce((sum, a) => sum + a.count, 0);
  const categoryRows = s.byCategory.flatMap((c) => [
    { label: COMPLAINT_CATEGORY_LABELS[c.category], count: c.count },
    ...c.subcategories.filter((sub) => sub.count > 0).map((sub) => ({ label: `\u00a0\u00a0\u00a0\u00a0- ${COMPLAINT_SUBCATEGORY_LABELS[sub.subcategory]}`, count: sub.count })),
  ]);
  // Sub-category rows are part of their category's count, so the total is the complaints, not the rows.
  const categoryTable = dataTable(
    [{ header: 'ประเภทเรื่อง', width: '*' }, ...countColumns],
    [...categoryRows.map((r): TableCell[] => [r.label, n(r.count), percent(r.count, s.total)]), ['รวม', n(s.total), s.total === 0 ? '-' : '100.0']],
  );
  const red = (text: string): TableCell => [{ text, color: MARK_RED }];
  const timeliness = dataTable(
    [{ header: 'ความทันเวลา', width: '*' }, ...countColumns],
    [
      ['ยุติเรื่องภายในกำหนด', n(s.result.onTime), percent(s.result.onTime, s.total)],
      ['ยุติเรื่องเกินกำหนด', n(s.result.late), percent(s.result.late, s.total)],
      [red('ยังไม่ยุติ และเกินกำหนดแล้ว'), n(s.result.openOverdue), percent(s.result.openOverdue, s.total)],
      ['ยังไม่ยุติ อยู่ในกำหนด', n(s.result.openOnTrack), percent(s.result.openOnTrack, s.total)],
      ['แจ้งผู้ร้องภายในกำหนด', n(s.acknowledge.onTime), percent(s.acknowledge.onTime, s.total)],
      ['แจ้งผู้ร้องเกินกำหนด', n(s.acknowledge.late), percent(s.acknowledge.late, s.total)],
      [red('ยังไม่ได้แจ้งผู้ร้อง และเกินกำหนดแล้ว'), n(s.acknowledge.overdue), percent(s.acknowledge.overdue, s.total)],
      ['หน่วยงานตอบกลับภายในกำหนด', n(s.reply.onTime), percent(s.reply.onTime, s.total)],
      ['หน่วยงานตอบกลับเกินกำหนด', n(s.reply.late), percent(s.reply.late, s.total)],
      [red('หน่วยงานยังไม่ตอบกลับ และเกินกำหนดแล้ว'), n(s.reply.overdue), percent(s.reply.overdue, s.total)],
    ],
  );
  return [
    subheading(`${no}.1 จำแนกตามช่องทางการร้องเรียน`),
    countTable('ช่องทาง', s.byChannel.map((c) => ({ label: COMPLAINT_CHANNEL_LABELS[c.channel], count: c.count })), s.total),
    subheading(`${no}.2 จำแนกตามประเภทเรื่อง`),
    categoryTable,
    subheading(`${no}.3 จำแนกตามสถานะ`),
    countTable('สถานะล่าสุด', s.byStatus.map((c) => ({ label: COMPLAINT_STEP_LABELS[c.status], count: c.count })), s.total),
    subheading(`${no}.4 หน่วยงานที่ส่งต่อเรื่อง`),
    s.byAgency.length === 0
      ? { text: 'ไม่มีการส่งต่อเรื่องไปยังหน่วยงานอื่นในรอบนี้', italics: true }
      : dataTable(
          [{ header: 'หน่วยงาน', width: '*' }, { header: 'จำนวน (เรื่อง)', width: cm(3.2), alignment: 'right' }],
          [...s.byAgency.map((a): TableCell[] => [a.name, n(a.count)]), ['รวมการส่งต่อ', n(forwarded)]],
        ),
    subheading(`${no}.5 ความทันเวลา`),
    timeliness,
  ];
}

/** The list of one type's complaints: number, date, matter, status and what is late. */
function complaintList(complaints: readonly ReportComplaint[], none: string): Content {
  return complaints.length === 0
    ? { text: none, italics: true }
    : dataTable(
        [
          { header: 'เลขที่', width: cm(2.2), alignment: 'center' },
          { header: 'วันที่รับ', width: cm(2.3), alignment: 'center' },
          { header: 'เรื่อง', width: '*' },
          { header: 'สถานะ', width: cm(3.1) },
        ],
        complaints.map((c): TableCell[] => [
          c.number,
          formatThaiDateShort(c.receivedDate),
          // The sub-category and the agencies under the subject keep the subject column wide.
          [{ text: c.subject }, { text: `\n${COMPLAINT_SUBCATEGORY_LABELS[c.subcategory]}${c.agencies ? ` · ส่งต่อ ${c.agencies}` : ''}`, color: '#444444' }],
          [
            { text: COMPLAINT_STEP_LABELS[c.status] },
            // Day and month stay together; the year may go to the next line (Thai digits are wide).
            ...(c.closedOn ? [{ text: `\n${formatThaiDateShort(c.closedOn).replace(' ', '\u00a0')}` }] : []),
            ...(c.late ? [{ text: '\nเกินกำหนด', color: MARK_RED }] : []),
            ...(c.replyOverdue ? [{ text: '\nหน่วยงานตอบกลับเกินกำหนด', color: MARK_RED }] : []),
          ],
        ]),
        { fontSize: 14 },
      );
}

/**
 * The six-month complaint statistics: letterhead, overview, then general complaints and
 * corruption/misconduct complaints as separate parts (ITA O27–O29), each with its own count
 * tables and list, and the signature. Headings carry `headlineLevel`, so none ends a page alone.
 */
export function buildComplaintReport(report: ComplaintReportDocument, options: RenderOptions): DocDefinition {
  const s = report.statistics;
  const closed = s.result.onTime + s.result.late;
  const overview = [
    `ในรอบระยะเวลารายงาน สำนักงานได้รับเรื่องร้องเรียนทั้งสิ้น ${n(s.total)} เรื่อง`,
    `ยุติเรื่องแล้ว ${n(closed)} เรื่อง (ภายในกำหนด ${n(s.result.onTime)} เรื่อง เกินกำหนด ${n(s.result.late)} เรื่อง)`,
    `อยู่ระหว่างดำเนินการ ${n(s.result.openOnTrack + s.result.openOverdue)} เรื่อง (เกินกำหนดแล้ว ${n(s.result.openOverdue)} เรื่อง)`,
    s.reply.overdue > 0 ? `หน่วยงานที่ส่งต่อยังไม่ตอบกลับและเกินกำหนดแล้ว ${n(s.reply.overdue)} เรื่อง` : '',
    s.averageDaysToClose === null ? 'ยังไม่มีเรื่องที่ยุติ' : `ระยะเวลาเฉลี่ยตั้งแต่รับเรื่องจนยุติเรื่อง ${s.averageDaysToClose.toFixed(1)} วัน`,
  ]
    .filter(Boolean)
    .join(' ');
  const limits = `(หลักเกณฑ์: แจ้งผลหรือความคืบหน้าให้ผู้ร้องทราบภายใน ${n(report.limits.acknowledgeDays)} วัน และดำเนินการให้ได้ข้อยุติภายใน ${n(report.limits.resultDays)} วัน นับแต่วันที่ได้รับเรื่อง)`;
  const byType = countTable(
    'ลักษณะเรื่อง',
    report.byType.map((t) => ({ label: COMPLAINT_TYPE_LABELS[t.type], count: t.statistics.total })),
    s.total,
  );
  const parts = report.byType.flatMap((t, i): Content[] => {
    const no = String(i + 2);
    const label = COMPLAINT_TYPE_LABELS[t.type];
    const own = report.complaints.filter((c) => c.complaintType === t.type);
    return [
      heading(`${no}. ${label} (${n(t.statistics.total)} เรื่อง)`),
      ...(t.statistics.total === 0 ? [{ text: `ไม่มี${label}ในรอบนี้`, italics: true }] : statisticsSections(t.statistics, no)),
      subheading(`${no}.${t.statistics.total === 0 ? 1 : 6} รายการ${label}`),
      complaintList(own, `ไม่มี${label}ในรอบนี้`),
    ];
  });

  const content: Content[] = [
    officeLetterhead(report.letterhead),
    { text: COMPLAINT_REPORT_TITLE, bold: true, fontSize: 22, alignment: 'center' },
    { text: periodLine(report.period), alignment: 'center' },
    { text: `ข้อมูล ณ วันที่ ${formatThaiDateLong(report.preparedOn)}`, alignment: 'center', margin: [0, 0, 0, cm(0.4)] },
    heading('1. ภาพรวม'),
    { text: overview, margin: [cm(1), 0, 0, 0] },
    { text: limits, margin: [cm(1), 0, 0, 0], fontSize: 14 },
    byType,
    ...parts,
    roundingNote(ROUNDING_RULES.oneDecimalHalfUp),
    {
      stack: [
        { text: 'ลงชื่อ ..................................................... ผู้รายงาน', alignment: 'center', margin: [TEXT_WIDTH * 0.3, cm(1.5), 0, 0] },
        signatureBlock(report.signer, { spaceToSign: cm(0.1) }),
      ],
      unbreakable: true,
    },
  ];
  const images: Record<string, string> = {};
  if (report.letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(report.letterhead.logo);
  return governmentDocument(
    content,
    {
      title: `${COMPLAINT_REPORT_TITLE} ${periodLine(report.period)}`,
      author: report.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: options.thaiDigits,
      runningFooter: `${COMPLAINT_REPORT_TITLE} · ${report.letterhead.officeName}`,
    },
    images,
  );
}
