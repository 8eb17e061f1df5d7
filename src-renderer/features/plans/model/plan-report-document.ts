import type { Plan } from '../../../../src-main/shared/domain/plan';
import type { PlanReportDocument } from '../../../../src-main/shared/pdf/plan-report';
import type { PlanReport } from './plan-report';
import { planYearsText } from './plan-years-text';

/** The printed report (PDF and workbook) of what the screen shows: the same numbers, in Thai. */
export function planReportDocument(
  plan: Plan,
  report: PlanReport,
  parts: Pick<PlanReportDocument, 'letterhead' | 'signer' | 'preparedOn'>,
): PlanReportDocument {
  const scope = (themeName: string | null, topicName: string | null) => (themeName ? [themeName, topicName].filter(Boolean).join(' / ') : 'ทั้งแผน');
  return {
    kind: 'plan-report',
    ...parts,
    planTitle: plan.title,
    planYears: planYearsText(plan),
    servesPlans: plan.servesPlans,
    period: { fiscalYear: report.period.fiscalYear, start: report.period.start, end: report.period.end, elapsedShare: report.period.elapsedShare, finished: report.period.finished },
    themes: report.themes.map((theme) => ({
      name: theme.name,
      counts: theme.counts,
      uses: theme.uses,
      reach: theme.reach,
      topics: theme.topics.map((topic) => ({ name: topic.name, counts: topic.counts, uses: topic.uses, reach: topic.reach })),
      missions: theme.missions,
    })),
    total: report.total,
    kpis: report.kpis.map((kpi) => ({
      name: kpi.name,
      unit: kpi.unit,
      scope: scope(kpi.themeName, kpi.topicName),
      source: kpi.source,
      direction: kpi.direction,
      target: kpi.target,
      actual: kpi.actual,
    })),
    work: report.work.map((w) => ({ kind: w.table, title: w.title || '-', date: w.date, theme: w.themeName, topic: w.topicName, uses: w.uses, reach: w.reach })),
  };
}
