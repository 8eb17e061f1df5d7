import type { ComplaintSettings } from '../../../../src-main/shared/domain/complaint';
import { complaintStatistics, complaintStatisticsByType, type ComplaintStatistics } from '../../../../src-main/shared/domain/complaint-statistics';
import { fiscalPeriod, inRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { ComplaintReportDocument } from '../../../../src-main/shared/pdf/complaint-report';
import type { Letterhead, Signature } from '../../../../src-main/shared/pdf/document-parts';
import type { ComplaintRow } from './complaint-rows';
import { DELETED_AGENCY, complaintMatter, inRegisterOrder } from './register-rows';

/**
 * The six-month complaint report from the live rows: statistics as they stand on `today`
 * (steps dated later are not counted), agency ids turned into names, oldest complaint first.
 * Complainants never appear in it (PDPA): only the matter, its number and its handling.
 */
export function buildComplaintReport(input: {
  rows: readonly ComplaintRow[];
  fiscalYear: number;
  half: 1 | 2;
  settings: ComplaintSettings;
  agencyName: (id: string) => string;
  letterhead: Letterhead;
  signer: Signature;
  today: string;
}): ComplaintReportDocument {
  const period = fiscalPeriod(input.fiscalYear, input.half);
  const rows = input.rows.filter((r) => inRange(r.complaint.receivedDate, period));
  const complaints = rows.map((r) => ({ ...r.complaint }));
  const steps = rows.flatMap((r) => r.steps);
  const statistics = complaintStatistics(complaints, steps, input.settings, period, input.today);
  const name = (id: string) => input.agencyName(id) || DELETED_AGENCY;
  const named = (s: ComplaintStatistics) => ({ ...s, byAgency: s.byAgency.map((a) => ({ name: name(a.agencyId), count: a.count })) });
  return {
    kind: 'complaint-report',
    letterhead: input.letterhead,
    period: { fiscalYear: input.fiscalYear, half: input.half, start: period.start, end: period.end },
    preparedOn: input.today,
    limits: { acknowledgeDays: input.settings.acknowledgeDays, resultDays: input.settings.resultDays },
    statistics: named(statistics),
    byType: complaintStatisticsByType(complaints, steps, input.settings, period, input.today).map((t) => ({ type: t.type, statistics: named(t.statistics) })),
    complaints: inRegisterOrder(rows).map((r) => complaintMatter(r, name)),
    signer: input.signer,
  };
}
