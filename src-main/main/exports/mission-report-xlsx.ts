import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { TASK_STATUS_LABELS } from '../../shared/domain/task';
import { WORK_LINK_MODULE_LABELS, WORK_LINK_MODULES } from '../../shared/domain/work-link';
import { targetPercent, type MissionReportDocument } from '../../shared/pdf/mission-report';
import { formatThaiDateShort } from '../../shared/text/thai-date';
import { periodLine } from '../pdf/documents/mission-report';

/** Thai Windows ships Tahoma; Excel and LibreOffice both show Thai in it. */
const FONT = 'Tahoma';

const header = (labels: string[]): Row => labels.map((value): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true }));
const text = (value: string): Cell => ({ value, type: String, wrap: true });
const count = (value: number): Cell => ({ value, type: Number });
const date = (iso: string | null): Cell => (iso ? text(formatThaiDateShort(iso)) : null);
/** The kinds of work counted beside the tasks, one column each in the summary. */
const OUTPUT_KINDS = WORK_LINK_MODULES.filter((k) => k !== 'task');

/**
 * The mission report as a workbook for people who keep working on it in Excel: a summary per
 * mission and every task, numbers as numbers, dates in พ.ศ. as text (Excel has no B.E. dates).
 */
export async function missionReportXlsx(report: MissionReportDocument): Promise<Uint8Array> {
  const title = `รายงานผลการดำเนินงานตามภารกิจ ${report.letterhead.officeName}`;
  const period = periodLine(report.period).replace(/\u00a0/g, ' ');
  const summary: Row[] = [
    [{ value: title, fontWeight: 'bold' }],
    [text(period)],
    [],
    header(['ภารกิจที่', 'ภารกิจ', 'กลุ่มงาน', 'งานทั้งหมด', 'เสร็จสิ้น', 'กำลังดำเนินการ', 'รอดำเนินการ', 'ยกเลิก', 'เกินกำหนด', 'ความคืบหน้าเฉลี่ย (%)', ...OUTPUT_KINDS.map((k) => WORK_LINK_MODULE_LABELS[k])]),
    ...report.missions.map((m): Row => [
      count(m.no),
      text(m.title),
      text(m.workGroup),
      count(m.summary.total),
      count(m.summary.done),
      count(m.summary.inProgress),
      count(m.summary.pending),
      count(m.summary.cancelled),
      count(m.summary.overdue),
      count(Math.round(m.summary.averageProgress)),
      ...OUTPUT_KINDS.map((k) => count(m.outputs.find((o) => o.module === k)?.count ?? 0)),
    ]),
  ];
  const tasks: Row[] = [
    header(['ภารกิจที่', 'งาน', 'ผู้รับผิดชอบ', 'กำหนดเสร็จ', 'วันที่เสร็จ', 'สถานะ', 'ร้อยละ', 'เกินกำหนด']),
    ...report.missions.flatMap((m) =>
      m.tasks.map((t): Row => [
        count(m.no),
        text(`${'    '.repeat(t.depth)}${t.title}`),
        text(t.assignees),
        date(t.dueDate),
        date(t.completedOn),
        text(TASK_STATUS_LABELS[t.status]),
        count(t.progress),
        text(t.overdue ? 'เกินกำหนด' : ''),
      ]),
    ),
  ];
  const targets: Row[] = [
    header(['ภารกิจที่', 'ตัวชี้วัด', 'เป้าหมายทั้งปี', 'หน่วยนับ', 'นับจาก', 'ผลการดำเนินงาน', 'ร้อยละของเป้าหมาย']),
    ...report.missions.flatMap((m) =>
      m.targets.map((t): Row => {
        const percent = targetPercent(t);
        return [count(m.no), text(t.name), count(t.amount), text(t.unit), text(t.counts ? WORK_LINK_MODULE_LABELS[t.counts] : 'รายงานเอง'), t.actual === null ? null : count(t.actual), percent === null ? null : count(percent)];
      }),
    ),
  ];
  // Every piece of work behind the counts, once each, so a count can be checked line by line.
  const work: Row[] = [
    header(['ภารกิจที่', 'ประเภทผลงาน', 'เรื่อง', 'วันที่', 'งานภายใต้ภารกิจ']),
    ...report.missions.flatMap((m) => m.work.map((w): Row => [count(m.no), text(WORK_LINK_MODULE_LABELS[w.module]), text(w.title), date(w.date), text(w.task)])),
  ];
  const buffer = await writeXlsxFile(
    [
      { data: summary, sheet: 'สรุปตามภารกิจ', columns: [{ width: 9 }, { width: 60 }, { width: 34 }, ...Array.from({ length: 7 + OUTPUT_KINDS.length }, () => ({ width: 13 }))], stickyRowsCount: 4 },
      { data: targets, sheet: 'ตัวชี้วัด', columns: [{ width: 9 }, { width: 50 }, { width: 14 }, { width: 12 }, { width: 24 }, { width: 16 }, { width: 16 }], stickyRowsCount: 1 },
      { data: work, sheet: 'ผลงานตามภารกิจ', columns: [{ width: 9 }, { width: 24 }, { width: 60 }, { width: 14 }, { width: 40 }], stickyRowsCount: 1 },
      { data: tasks, sheet: 'รายการงาน', columns: [{ width: 9 }, { width: 60 }, { width: 34 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 9 }, { width: 12 }], stickyRowsCount: 1 },
    ],
    { fontFamily: FONT, fontSize: 11 },
  ).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
