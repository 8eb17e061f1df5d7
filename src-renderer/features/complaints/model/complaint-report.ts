import type { ComplaintSettings } from '../../../../src-main/shared/domain/complaint';
import { complaintStatistics } from '../../../../src-main/shared/domain/complaint-statistics';
import { fiscalPeriod, inRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { ComplaintReportDocument } from '../../../../src-main/shared/pdf/complaint-report';
import type { Letterhead, Signature } from '../../../../src-main/shared/pdf/document-parts';
import type { ComplaintRow } from './complaint-rows';

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
  const statistics = complaintStatistics(
    rows.map((r) => ({ ...r.complaint })),
    rows.flatMap((r) => r.steps),
    input.settings,
    period,
    input.today,
  );
  const name = (id: string) => input.agencyName(id) || 'หน่วยงานที่ถูกลบจากทำเนียบ';
  return {
    kind: 'complaint-report',
    letterhead: input.letterhead,
    period: { fiscalYear: input.fiscalYear, half: input.half, start: period.start, end: period.end },
    preparedOn: input.today,
    limits: { acknowledgeDays: input.settings.acknowledgeDays, resultDays: input.settings.resultDays },
    statistics: { ...statistics, byAgency: statistics.byAgency.map((a) => ({ name: name(a.agencyId), count: a.count })) },
    complaints: [...rows]
      .sort((a, b) => a.complaint.receivedDate.localeCompare(b.complaint.receivedDate) || a.number.yearBE - b.number.yearBE || a.number.number - b.number.number)
      .map((r) => ({
        number: r.numberText,
        receivedDate: r.complaint.receivedDate,
        subject: r.complaint.subject,
        channel: r.complaint.channel,
        category: r.complaint.category,
        subcategory: r.complaint.subcategory,
        status: r.status,
        agencies: r.agencyIds.map(name).join(', '),
        closedOn: r.steps.find((s) => s.kind === 'closed')?.date ?? null,
        late: r.deadlines.result.state === 'met-late' || r.deadlines.result.state === 'overdue',
      })),
    signer: input.signer,
  };
}
