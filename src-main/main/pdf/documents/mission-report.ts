import type { Content, DocDefinition } from 'pdfmake';
import { TASK_STATUS_LABELS } from '../../../shared/domain/task';
import { WORK_LINK_MODULE_LABELS } from '../../../shared/domain/work-link';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { targetPercent, type MissionReportDocument, type ReportMission, type ReportPeriod } from '../../../shared/pdf/mission-report';
import { formatThaiDateLong, formatThaiDateShort } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { MARK_RED, TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { ROUNDING_RULES, roundingNote } from '../layout/rounding-note';
import { signatureBlock } from '../layout/signature';
import { dataTable } from '../layout/table';
import { keepTogether } from '../../../shared/text/document-text';

export const REPORT_TITLE = 'รายงานผลการดำเนินงานตามภารกิจ';

/** "ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนแรก (1 ตุลาคม 2568 – 31 มีนาคม 2569)" */
export function periodLine(period: ReportPeriod): string {
  const round = period.half === 1 ? ' รอบ 6 เดือนแรก' : period.half === 2 ? ' รอบ 6 เดือนหลัง' : '';
  // No-break spaces keep "1 ตุลาคม 2568" on one line.
  const date = (iso: string) => keepTogether(formatThaiDateLong(iso));
  return `ปีงบประมาณ พ.ศ. ${period.fiscalYear}${round} (${date(period.start)} – ${date(period.end)})`;
}

const n = (value: number) => value.toLocaleString('en-US');

function summaryLine(mission: ReportMission): string {
  const s = mission.summary;
  return [
    `งานทั้งหมด ${n(s.total)} งาน`,
    `เสร็จสิ้น ${n(s.done)}`,
    `กำลังดำเนินการ ${n(s.inProgress)}`,
    `รอดำเนินการ ${n(s.pending)}`,
    `ยกเลิก ${n(s.cancelled)}`,
    `เกินกำหนด ${n(s.overdue)}`,
    `ความคืบหน้าเฉลี่ยร้อยละ ${n(Math.round(s.averageProgress))}`,
  ].join('\u00a0· '); // the dot stays at the end of a line, never starts one
}

function missionSection(mission: ReportMission, first: boolean): Content[] {
  const parts: Content[] = [
    // Heading and group stay together: a heading alone at the foot of a page reads as lost.
    {
      stack: [
        { text: `ภารกิจที่ ${mission.no}  ${mission.title}`, bold: true, fontSize: 18 },
        { text: `กลุ่มงานที่รับผิดชอบ: ${mission.workGroup}` },
      ],
      unbreakable: true,
      margin: [0, first ? 0 : cm(0.5), 0, 0],
    },
  ];
  if (mission.targets.length > 0) {
    parts.push(
      dataTable(
        [
          { header: 'ตัวชี้วัด', width: '*' },
          { header: 'เป้าหมายทั้งปี', width: cm(2.9), alignment: 'right' },
          { header: 'ผลงาน', width: cm(2.5), alignment: 'right' },
          { header: 'ร้อยละ', width: cm(1.6), alignment: 'right' },
        ],
        mission.targets.map((t) => {
          const percent = targetPercent(t);
          // A target reported by hand leaves its actual for the office to write in.
          return [t.name, `${n(t.amount)} ${t.unit}`.trim(), t.actual === null ? '-' : `${n(t.actual)} ${t.unit}`.trim(), percent === null ? '-' : n(percent)];
        }),
        { fontSize: 14 },
      ),
    );
  }
  parts.push({ text: summaryLine(mission), margin: [0, cm(0.1), 0, 0] });
  if (mission.outputs.length > 0) {
    parts.push({ text: `ผลงานในช่วงเวลานี้ (นับครั้งเดียว): ${mission.outputs.map((o) => `${WORK_LINK_MODULE_LABELS[o.module]} ${n(o.count)} รายการ`).join('\u00a0· ')}` });
  }
  if (mission.tasks.length === 0) {
    parts.push({ text: 'ไม่มีงานในช่วงเวลานี้', italics: true, margin: [0, cm(0.1), 0, 0] });
    return parts;
  }
  parts.push(
    dataTable(
      [
        { header: 'ลำดับ', width: cm(1.3), alignment: 'center' },
        { header: 'งาน', width: '*' },
        { header: 'ผู้รับผิดชอบ', width: cm(3.1) },
        { header: 'กำหนดเสร็จ', width: cm(2.1), alignment: 'center' },
        { header: 'สถานะ', width: cm(2.4) },
        { header: 'ร้อยละ', width: cm(1.4), alignment: 'right' },
      ],
      mission.tasks.map((task, i) => [
        String(i + 1),
        // Sub-tasks are indented under their task, as in the app.
        `${'- '.repeat(task.depth)}${task.title}`,
        // A name never breaks inside; lines break after the commas between names.
        task.assignees
          .split(', ')
          .map((name) => name.replace(/ /g, '\u00a0'))
          .join(', '),
        task.dueDate ? formatThaiDateShort(task.dueDate) : '-',
        task.overdue ? [{ text: `${TASK_STATUS_LABELS[task.status]}\n` }, { text: 'เกินกำหนด', color: MARK_RED }] : TASK_STATUS_LABELS[task.status],
        String(task.progress),
      ]),
      { fontSize: 14 },
    ),
  );
  return parts;
}

/** The half-year or fiscal-year report: letterhead, period, one section per mission, signature. */
export function buildMissionReport(report: MissionReportDocument, options: RenderOptions): DocDefinition {
  const content: Content[] = [
    officeLetterhead(report.letterhead),
    { text: REPORT_TITLE, bold: true, fontSize: 22, alignment: 'center' },
    { text: periodLine(report.period), alignment: 'center' },
    { text: `ข้อมูล ณ วันที่ ${formatThaiDateLong(report.preparedOn)}`, alignment: 'center', margin: [0, 0, 0, cm(0.4)] },
    ...report.missions.flatMap((mission, i) => missionSection(mission, i === 0)),
    // The signature line and the name under it never part across a page break.
    roundingNote(ROUNDING_RULES.wholePercentHalfUp),
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
      title: `${REPORT_TITLE} ${periodLine(report.period)}`,
      author: report.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: options.thaiDigits,
      runningFooter: `${REPORT_TITLE} · ${report.letterhead.officeName}`,
    },
    images,
  );
}
