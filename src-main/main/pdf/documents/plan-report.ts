import type { Content, DocDefinition } from 'pdfmake';
import { isCumulativeSource, KPI_LIGHT_COLORS, KPI_SOURCE_TH, kpiLight, kpiLightText, kpiPercent, LIGHT_RULE_TH, REACH_RULE_TH } from '../../../shared/domain/plan-kpi';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { PLAN_WORK_KINDS, planPeriodText, type PlanReportDocument } from '../../../shared/pdf/plan-report';
import { keepTogether } from '../../../shared/text/document-text';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { barChart } from '../layout/bar-chart';
import { officeLetterhead } from '../layout/letterhead';
import { officeReport, reporterSignOff } from '../layout/office-report';
import { cm } from '../layout/page';
import { dataTable, type TableCell } from '../layout/table';

/** Up to this many KPIs (a page at most) the table is never parted from its heading. */
const KPIS_KEPT_WITH_HEADING = 8;

export const PLAN_REPORT_TITLE = 'รายงานผลการดำเนินงานตามแผนประชาสัมพันธ์';

const n = (value: number) => value.toLocaleString('en-US');
type Tally = PlanReportDocument['total'];
const sum = (t: Tally) => PLAN_WORK_KINDS.reduce((s, k) => s + t.counts[k], 0);
/** Short headings, one word each, so nine columns fit a portrait page at 14 pt (explained under the table). */
const SHORT: Record<(typeof PLAN_WORK_KINDS)[number], string> = {
  pressReleases: 'ข่าว',
  briefings: 'ให้ข่าว',
  pressConferences: 'แถลง',
  tasks: 'งาน',
  surveys: 'สำรวจ',
  mediaItems: 'สื่อ',
};
/** Centimetres: each heading on as few lines as it needs (สำรวจ is the widest word). */
const WIDTH: Record<(typeof PLAN_WORK_KINDS)[number], number> = { pressReleases: 1.1, briefings: 1.2, pressConferences: 1.2, tasks: 1.1, surveys: 1.45, mediaItems: 1.1 };
const SHORT_KEY =
  'ข่าว = ข่าวประชาสัมพันธ์ที่เผยแพร่แล้ว · ให้ข่าว = เอกสารประกอบการให้ข่าว · แถลง = การแถลงข่าว · งาน = งานที่เสร็จในช่วงเวลานี้ · สำรวจ = แบบสำรวจ · สื่อ = ข่าวจากการติดตามสื่อ';
const tallyCells = (t: Tally): TableCell[] => [...PLAN_WORK_KINDS.map((k) => n(t.counts[k])), n(sum(t)), n(t.reach)];

function themeTable(report: PlanReportDocument): Content {
  const rows: TableCell[][] = report.themes.flatMap((theme, i) => [
    [[{ text: `${i + 1}.\u00a0${theme.name}` }], ...tallyCells(theme)],
    ...theme.topics.map((topic, j) => [`    ${i + 1}.${j + 1} ${topic.name || 'ไม่ระบุประเด็น'}`, ...tallyCells(topic)]),
  ]);
  rows.push(['รวมทั้งแผน', ...tallyCells(report.total)]);
  return dataTable(
    [
      { header: 'ขอบข่ายเนื้อหา / ประเด็นเน้นหนัก', width: '*' },
      ...PLAN_WORK_KINDS.map((k) => ({ header: SHORT[k], width: cm(WIDTH[k]), alignment: 'right' as const })),
      { header: 'รวม', width: cm(1.2), alignment: 'right' },
      { header: 'ผู้รับสาร', width: cm(1.75), alignment: 'right' },
    ],
    rows,
    { fontSize: 14 },
  );
}

function kpiTable(report: PlanReportDocument): Content {
  const { elapsedShare, finished } = report.period;
  return dataTable(
    [
      { header: 'ตัวชี้วัด', width: '*' },
      { header: 'เป้าหมาย', width: cm(2.2), alignment: 'right' },
      { header: 'ผล', width: cm(2.2), alignment: 'right' },
      { header: 'ร้อยละ', width: cm(1.4), alignment: 'right' },
      // Wide enough for ไม่เป็นไปตามแผน and บรรลุเป้าหมาย on one line (2.9 cm broke เป้า|หมาย).
      { header: 'สัญญาณ', width: cm(3.6), alignment: 'center' },
    ],
    report.kpis.map((k) => {
      const light = kpiLight({ actual: k.actual, target: k.target, direction: k.direction, cumulative: isCumulativeSource(k.source), elapsedShare, finished });
      const percent = kpiPercent(k.actual, k.target, k.direction);
      const atMost = k.direction === 'at-most' ? 'ไม่เกิน ' : '';
      return [
        [{ text: k.name }, { text: `\n${k.scope} · ${KPI_SOURCE_TH[k.source]}`, color: '#555555' }],
        k.target === null ? '-' : `${atMost}${n(k.target)} ${k.unit}`,
        k.actual === null ? '-' : `${n(k.actual)} ${k.unit}`,
        percent === null ? '-' : n(percent),
        // The colour and the word: a black-and-white photocopy still says it.
        [{ text: kpiLightText(light, finished), color: KPI_LIGHT_COLORS[light] }],
      ];
    }),
    { fontSize: 14 },
  );
}

/** The plan report in government form: letterhead, title, period, per theme and topic, KPIs, chart, signature. */
export function buildPlanReport(report: PlanReportDocument, options: RenderOptions): DocDefinition {
  const period = planPeriodText(report);
  const date = (iso: string) => keepTogether(formatThaiDateLong(iso));
  const heading = (text: string): Content => ({ text, bold: true, fontSize: 18, margin: [0, cm(0.4), 0, cm(0.1)] });
  const content: Content[] = [
    officeLetterhead(report.letterhead),
    { text: PLAN_REPORT_TITLE, bold: true, fontSize: 22, alignment: 'center' },
    { text: report.planTitle, bold: true, alignment: 'center' },
    { text: `${period} (${date(report.period.start)} – ${date(report.period.end)})`, alignment: 'center' },
    { text: `ข้อมูล ณ วันที่ ${formatThaiDateLong(report.preparedOn)}`, alignment: 'center', margin: [0, 0, 0, cm(0.3)] },
  ];
  if (report.servesPlans.length > 0) content.push({ text: `แผนที่สนับสนุน: ${report.servesPlans.join(' · ')}` });
  content.push(
    {
      text: `ผลงานรวม ${n(sum(report.total))} รายการ\u00a0· สื่อนำข่าวไปเผยแพร่ ${n(report.total.uses)} ครั้ง\u00a0· ผู้รับสารโดยประมาณ ${n(report.total.reach)} คน`,
      margin: [0, cm(0.1), 0, 0],
    },
    heading('1. ผลงานตามขอบข่ายเนื้อหาและประเด็นเน้นหนัก'),
    themeTable(report),
    { text: SHORT_KEY, fontSize: 14, margin: [0, cm(0.1), 0, 0] },
    { text: REACH_RULE_TH, fontSize: 14, margin: [0, cm(0.1), 0, 0] },
  );
  const mapped = report.themes.filter((t) => t.missions.length > 0);
  if (mapped.length > 0) content.push({ text: `ภารกิจประจำที่สอดคล้อง: ${mapped.map((t) => `${t.name} (${t.missions.join(', ')})`).join('; ')}`, fontSize: 14 });
  content.push(
    { stack: [heading('2. ผลงานรวมแต่ละขอบข่ายเนื้อหา'), barChart(report.themes.map((t) => ({ label: t.name, value: sum(t), valueText: `${n(sum(t))} รายการ` })))], unbreakable: true },
    // A short KPI table stays with its heading (a heading alone at a page's foot reads as lost).
    report.kpis.length === 0
      ? { stack: [heading('3. ผลตามตัวชี้วัด'), { text: 'แผนนี้ยังไม่มีตัวชี้วัด', italics: true }], unbreakable: true }
      : report.kpis.length <= KPIS_KEPT_WITH_HEADING
        ? { stack: [heading('3. ผลตามตัวชี้วัด'), kpiTable(report)], unbreakable: true }
        : { stack: [heading('3. ผลตามตัวชี้วัด'), kpiTable(report)] },
    { text: LIGHT_RULE_TH, fontSize: 14, margin: [0, cm(0.1), 0, 0] },
    reporterSignOff(report.signer),
  );
  return officeReport(content, { title: PLAN_REPORT_TITLE, period, letterhead: report.letterhead, thaiDigits: options.thaiDigits });
}
