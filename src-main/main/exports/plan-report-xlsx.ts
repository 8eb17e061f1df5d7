import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { isCumulativeSource, KPI_SOURCE_TH, kpiLight, kpiLightText, kpiPercent, REACH_RULE_TH, LIGHT_RULE_TH } from '../../shared/domain/plan-kpi';
import type { XlsxChart } from '../../shared/exports/xlsx-chart';
import { PLAN_WORK_KINDS, PLAN_WORK_LABELS_TH, planPeriodText, type PlanReportDocument } from '../../shared/pdf/plan-report';
import { chartSheet } from './xlsx-chart-sheet';
import { dateCell } from './xlsx-cells';

/** Thai Windows ships Tahoma; Excel and LibreOffice both show Thai in it. */
const FONT = 'Tahoma';

const header = (labels: string[]): Row => labels.map((value): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true }));
const text = (value: string): Cell => ({ value, type: String, wrap: true });
const num = (value: number | null): Cell => (value === null ? null : { value, type: Number });
type Tally = PlanReportDocument['total'];
const tallyCells = (t: Tally): Cell[] => [...PLAN_WORK_KINDS.map((k) => num(t.counts[k])), num(PLAN_WORK_KINDS.reduce((s, k) => s + t.counts[k], 0)), num(t.uses), num(t.reach)];

/**
 * The plan report as a workbook: สรุปตามประเด็น (per theme and topic), ตัวชี้วัด (target,
 * actual, percent and the light in words, judged here by the same kpiLight as the screen),
 * ผลงาน (every counted record, with a real date cell in พ.ศ.), and the screen's chart.
 */
export async function planReportXlsx(report: PlanReportDocument, charts: readonly XlsxChart[] = []): Promise<Uint8Array> {
  const title = `รายงานผลการดำเนินงานตาม${report.planTitle}`;
  const summary: Row[] = [
    [{ value: title, fontWeight: 'bold' }],
    [text(`${planPeriodText(report)} · ${report.letterhead.officeName}`)],
    [],
    header(['ขอบข่ายเนื้อหา', 'ประเด็นเน้นหนัก', ...PLAN_WORK_KINDS.map((k) => PLAN_WORK_LABELS_TH[k]), 'ผลงานรวม', 'สื่อนำไปเผยแพร่ (ครั้ง)', 'ผู้รับสาร (คน)']),
    ...report.themes.flatMap((theme): Row[] => [
      [{ value: theme.name, type: String, fontWeight: 'bold', wrap: true }, text('รวมขอบข่าย'), ...tallyCells(theme)],
      ...theme.topics.map((topic): Row => [text(theme.name), text(topic.name || 'ไม่ระบุประเด็น'), ...tallyCells(topic)]),
    ]),
    [{ value: 'รวมทั้งแผน', type: String, fontWeight: 'bold' }, null, ...tallyCells(report.total)],
    [],
    [text(REACH_RULE_TH)],
  ];
  const kpis: Row[] = [
    header(['ตัวชี้วัด', 'ขอบข่าย/ประเด็น', 'ที่มาของผล', 'หน่วยนับ', 'เป้าหมาย', 'ผลการดำเนินงาน', 'ร้อยละของเป้าหมาย', 'สัญญาณ']),
    ...report.kpis.map((k): Row => {
      const light = kpiLight({ actual: k.actual, target: k.target, direction: k.direction, cumulative: isCumulativeSource(k.source), elapsedShare: report.period.elapsedShare, finished: report.period.finished });
      return [
        text(k.name),
        text(k.scope),
        text(KPI_SOURCE_TH[k.source]),
        text(k.unit),
        num(k.target),
        num(k.actual),
        num(kpiPercent(k.actual, k.target, k.direction)),
        text(kpiLightText(light, report.period.finished)),
      ];
    }),
    [],
    [text(LIGHT_RULE_TH)],
  ];
  const work: Row[] = [
    header(['วันที่', 'ประเภทผลงาน', 'เรื่อง', 'ขอบข่ายเนื้อหา', 'ประเด็นเน้นหนัก', 'สื่อนำไปเผยแพร่ (ครั้ง)', 'ผู้รับสาร (คน)']),
    ...report.work.map((w): Row => [dateCell(w.date), text(PLAN_WORK_LABELS_TH[w.kind]), text(w.title), text(w.theme), text(w.topic || 'ไม่ระบุประเด็น'), num(w.uses), num(w.reach)]),
  ];
  const sheets = [
    { data: summary, sheet: 'สรุปตามประเด็น', columns: [{ width: 36 }, { width: 36 }, ...Array.from({ length: PLAN_WORK_KINDS.length + 3 }, () => ({ width: 13 }))], stickyRowsCount: 4 },
    { data: kpis, sheet: 'ตัวชี้วัด', columns: [{ width: 40 }, { width: 36 }, { width: 30 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 18 }], stickyRowsCount: 1 },
    { data: work, sheet: 'ผลงาน', columns: [{ width: 14 }, { width: 18 }, { width: 60 }, { width: 30 }, { width: 30 }, { width: 14 }, { width: 14 }], stickyRowsCount: 1 },
  ];
  const chartPart = charts.length > 0 ? [chartSheet(charts)] : [];
  const buffer = await writeXlsxFile([...sheets, ...chartPart], { fontFamily: FONT, fontSize: 11 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
