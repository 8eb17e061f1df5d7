import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_STEP_KINDS,
  COMPLAINT_SUBCATEGORIES,
  COMPLAINT_TYPES,
  complaintTypeOf,
  type Complaint,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintSettings,
  type ComplaintStep,
  type ComplaintStepKind,
  type ComplaintSubcategory,
  type ComplaintType,
} from './complaint';
import { complaintDeadlines, complaintStatus, daysBetween, orderSteps } from './complaint-deadlines';
import { inRange, type DateRange } from './fiscal-period';

type ComplaintIn = Pick<Complaint, 'receivedDate' | 'consent' | 'channel' | 'category' | 'subcategory'> & { id: string; complaintType?: ComplaintType | undefined };
type StepIn = Pick<ComplaintStep, 'complaintId' | 'kind' | 'date' | 'agencyId'> & { createdAt?: string; replyDueDate?: string | null };

export interface ComplaintStatistics {
  total: number;
  byChannel: { channel: ComplaintChannel; count: number }[];
  byCategory: { category: ComplaintCategory; count: number; subcategories: { subcategory: ComplaintSubcategory; count: number }[] }[];
  byStatus: { status: ComplaintStepKind; count: number }[];
  /** Complaints (received in the period) forwarded to each agency; one complaint counts once per agency. */
  byAgency: { agencyId: string; count: number }[];
  /** Closed within the result limit / after it; still open and past it / still within it. */
  result: { onTime: number; late: number; openOverdue: number; openOnTrack: number };
  /** The complainant was told within the limit / late / not yet and past it (anonymous complaints excluded). */
  acknowledge: { onTime: number; late: number; overdue: number };
  /** Agencies' replies to forwarded complaints with a reply due date: in time / late / not yet and past it. */
  reply: { onTime: number; late: number; overdue: number };
  /** Mean calendar days from receipt to ยุติเรื่อง over the closed ones; null when none closed. */
  averageDaysToClose: number | null;
}

/**
 * The six-month complaint statistics: every complaint received in `period`, counted as things
 * stand on `asOf` (the report date). Pure, so the screen, the PDF and the workbook agree.
 */
export function complaintStatistics(
  complaints: readonly ComplaintIn[],
  steps: readonly StepIn[],
  settings: ComplaintSettings,
  period: DateRange,
  asOf: string,
): ComplaintStatistics {
  const inPeriod = complaints.filter((c) => inRange(c.receivedDate, period));
  const stepsOf = new Map<string, StepIn[]>();
  for (const step of steps) {
    if (step.date > asOf) continue;
    const list = stepsOf.get(step.complaintId);
    if (list) list.push(step);
    else stepsOf.set(step.complaintId, [step]);
  }

  const channels = new Map<ComplaintChannel, number>();
  const categories = new Map<ComplaintCategory, Map<ComplaintSubcategory, number>>();
  const statuses = new Map<ComplaintStepKind, number>();
  const agencies = new Map<string, number>();
  const result = { onTime: 0, late: 0, openOverdue: 0, openOnTrack: 0 };
  const acknowledge = { onTime: 0, late: 0, overdue: 0 };
  const reply = { onTime: 0, late: 0, overdue: 0 };
  let closedDays = 0;
  let closedCount = 0;

  for (const complaint of inPeriod) {
    const own = stepsOf.get(complaint.id) ?? [];
    channels.set(complaint.channel, (channels.get(complaint.channel) ?? 0) + 1);
    const subs = categories.get(complaint.category) ?? new Map<ComplaintSubcategory, number>();
    subs.set(complaint.subcategory, (subs.get(complaint.subcategory) ?? 0) + 1);
    categories.set(complaint.category, subs);
    const status = complaintStatus(own);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    for (const agencyId of new Set(own.filter((s) => s.kind === 'forwarded' && s.agencyId).map((s) => s.agencyId as string))) {
      agencies.set(agencyId, (agencies.get(agencyId) ?? 0) + 1);
    }
    const deadlines = complaintDeadlines(complaint, own, settings, asOf);
    if (deadlines.result.state === 'met') result.onTime += 1;
    else if (deadlines.result.state === 'met-late') result.late += 1;
    else if (deadlines.result.state === 'overdue') result.openOverdue += 1;
    else result.openOnTrack += 1;
    if (deadlines.acknowledge.state === 'met') acknowledge.onTime += 1;
    else if (deadlines.acknowledge.state === 'met-late') acknowledge.late += 1;
    else if (deadlines.acknowledge.state === 'overdue') acknowledge.overdue += 1;
    if (deadlines.reply?.state === 'met') reply.onTime += 1;
    else if (deadlines.reply?.state === 'met-late') reply.late += 1;
    else if (deadlines.reply?.state === 'overdue') reply.overdue += 1;
    const closedOn = orderSteps(own).find((s) => s.kind === 'closed')?.date;
    if (closedOn) {
      closedDays += Math.max(0, daysBetween(complaint.receivedDate, closedOn));
      closedCount += 1;
    }
  }

  return {
    total: inPeriod.length,
    byChannel: COMPLAINT_CHANNELS.map((channel) => ({ channel, count: channels.get(channel) ?? 0 })),
    byCategory: COMPLAINT_CATEGORIES.map((category) => ({
      category,
      count: [...(categories.get(category)?.values() ?? [])].reduce((a, b) => a + b, 0),
      subcategories: COMPLAINT_SUBCATEGORIES[category].map((subcategory) => ({ subcategory, count: categories.get(category)?.get(subcategory) ?? 0 })),
    })),
    byStatus: COMPLAINT_STEP_KINDS.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    byAgency: [...agencies].map(([agencyId, count]) => ({ agencyId, count })).sort((a, b) => b.count - a.count),
    result,
    acknowledge,
    reply,
    averageDaysToClose: closedCount === 0 ? null : Math.round((closedDays / closedCount) * 10) / 10,
  };
}

/**
 * The same statistics for general complaints and for corruption/misconduct complaints apart, as
 * the ITA evidence (O27–O29) reports them: one entry per type, in COMPLAINT_TYPES order.
 */
export function complaintStatisticsByType(
  complaints: readonly ComplaintIn[],
  steps: readonly StepIn[],
  settings: ComplaintSettings,
  period: DateRange,
  asOf: string,
): { type: ComplaintType; statistics: ComplaintStatistics }[] {
  return COMPLAINT_TYPES.map((type) => {
    const own = complaints.filter((c) => complaintTypeOf(c) === type);
    const ids = new Set(own.map((c) => c.id));
    return { type, statistics: complaintStatistics(own, steps.filter((s) => ids.has(s.complaintId)), settings, period, asOf) };
  });
}
