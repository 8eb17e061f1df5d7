import type { CoverageReportDocument } from '../../../../src-main/shared/pdf/coverage-report';
import type { CoverageReport } from './coverage-report';

/** The printed report (PDF and workbook) of what the screen shows: the same numbers, in Thai. */
export function coverageReportDocument(report: CoverageReport, parts: Pick<CoverageReportDocument, 'letterhead' | 'signer' | 'preparedOn'>): CoverageReportDocument {
  const titles = new Map(report.byIssue.map((i) => [i.issueId, i.title]));
  const r = report.responses;
  return {
    kind: 'coverage-report',
    ...parts,
    span: report.period.span,
    periodLabel: report.period.label,
    start: report.period.start,
    end: report.period.end,
    items: report.items,
    reach: report.reach,
    reachUnknown: report.reachUnknown,
    byTone: report.byTone,
    bySource: report.bySource,
    byIssue: report.byIssue.map((i) => ({ title: i.title, items: i.items, negative: i.negative, reach: i.reach })),
    withoutIssue: report.withoutIssue,
    responses: {
      issuesSeen: r.issues.length,
      answered: r.answered,
      medianMinutes: r.medianMinutes,
      longestMinutes: r.longest?.minutes ?? null,
      longestTitle: r.longest?.title ?? '',
      within24h: r.within24h,
      unanswered: r.unansweredNeedingResponse.map((u) => ({ title: u.title, firstSeenAt: u.firstSeenAt })),
    },
    list: report.list.map((i) => ({
      publishedAt: i.publishedAt,
      headline: i.headline,
      sourceKind: i.sourceKind,
      outletName: i.outletName,
      tone: i.tone,
      issue: i.issueId ? (titles.get(i.issueId) ?? '') : '',
      reach: i.reach,
      url: i.url,
    })),
  };
}
