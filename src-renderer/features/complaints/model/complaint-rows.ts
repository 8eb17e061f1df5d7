import { complaintTypeOf, type ComplaintCategory, type ComplaintChannel, type ComplaintSettings, type ComplaintStepKind, type ComplaintType } from '../../../../src-main/shared/domain/complaint';
import { complaintDeadlines, complaintStatus, orderSteps, type ComplaintDeadlines } from '../../../../src-main/shared/domain/complaint-deadlines';
import { formatComplaintNumber, resolveComplaintNumbers, type ComplaintNumber } from '../../../../src-main/shared/domain/complaint-number';
import { inRange, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import { termsMatch, thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';
import type { ComplaintRecord, ComplaintStepRecord } from '../../../data';

/** One complaint as lists, the detail page and the dashboard show it. */
export interface ComplaintRow {
  complaint: ComplaintRecord;
  steps: ComplaintStepRecord[];
  number: ComplaintNumber;
  /** "12/2569" */
  numberText: string;
  status: ComplaintStepKind;
  deadlines: ComplaintDeadlines;
  /** Agencies it was forwarded to (ids, in order). */
  agencyIds: string[];
  terms: string[];
}

/**
 * Word segmentation is the costly part of building rows; a live query rebuilds every row on any
 * change, so terms are kept by the text they came from (the same text gives the same terms).
 */
const termsCache = new Map<string, string[]>();
function cachedTerms(text: string): string[] {
  let terms = termsCache.get(text);
  if (!terms) {
    if (termsCache.size > 50_000) termsCache.clear();
    terms = thaiSearchTerms(text);
    termsCache.set(text, terms);
  }
  return terms;
}

/**
 * Joins complaints with their steps, numbers and deadlines. `complaints` includes the deleted
 * ones (their numbers stay taken); only live complaints come back.
 */
export function buildComplaintRows(
  complaints: readonly ComplaintRecord[],
  steps: readonly ComplaintStepRecord[],
  settings: ComplaintSettings,
  today: string,
  agencyName: (id: string) => string = () => '',
  /** Whether the complainant's name is searchable: only for staff who may see it (PDPA). */
  searchPersonal = false,
): ComplaintRow[] {
  const numbers = resolveComplaintNumbers(complaints);
  const stepsOf = new Map<string, ComplaintStepRecord[]>();
  for (const step of steps) {
    if (step.deleted) continue;
    const list = stepsOf.get(step.complaintId);
    if (list) list.push(step);
    else stepsOf.set(step.complaintId, [step]);
  }
  return complaints
    .filter((c) => !c.deleted)
    .map((complaint): ComplaintRow => {
      const own = orderSteps(stepsOf.get(complaint.id) ?? []);
      const number = numbers.get(complaint.id) ?? { yearBE: complaint.yearBE, number: complaint.seq, renumbered: false, claimed: complaint.seq };
      const numberText = formatComplaintNumber(number.number, number.yearBE);
      const agencyIds = [...new Set(own.filter((s) => s.kind === 'forwarded' && s.agencyId).map((s) => s.agencyId as string))];
      const searchable = [numberText, complaint.subject, complaint.details, searchPersonal ? complaint.complainantName : '', ...agencyIds.map(agencyName), ...own.map((s) => `${s.note} ${s.letterNo}`)].join(' ');
      return {
        complaint,
        steps: own,
        number,
        numberText,
        status: complaintStatus(own),
        deadlines: complaintDeadlines(complaint, own, settings, today),
        agencyIds,
        terms: cachedTerms(searchable),
      };
    })
    .sort((a, b) => b.complaint.receivedDate.localeCompare(a.complaint.receivedDate) || b.number.yearBE - a.number.yearBE || b.number.number - a.number.number);
}

export interface ComplaintFilter {
  search: string;
  status: ComplaintStepKind | 'open' | null;
  channel: ComplaintChannel | null;
  category: ComplaintCategory | null;
  /** General or corruption/misconduct complaints only. */
  type: ComplaintType | null;
  /** Past any limit: telling the complainant, the result, or the agency's reply. */
  overdueOnly: boolean;
  period: DateRange | null;
}

export const NO_FILTER: ComplaintFilter = { search: '', status: null, channel: null, category: null, type: null, overdueOnly: false, period: null };

/** The list's filters; the search matches Thai words anywhere (number, subject, details, agency, notes). */
export function filterComplaintRows(rows: readonly ComplaintRow[], filter: ComplaintFilter): ComplaintRow[] {
  const query = thaiSearchTerms(filter.search);
  return rows.filter(
    (row) =>
      (filter.status === null || (filter.status === 'open' ? row.status !== 'closed' : row.status === filter.status)) &&
      (filter.channel === null || row.complaint.channel === filter.channel) &&
      (filter.category === null || row.complaint.category === filter.category) &&
      (filter.type === null || complaintTypeOf(row.complaint) === filter.type) &&
      (!filter.overdueOnly || row.deadlines.overdue) &&
      (filter.period === null || inRange(row.complaint.receivedDate, filter.period)) &&
      termsMatch(row.terms, query),
  );
}
