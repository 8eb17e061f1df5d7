import type { Complaint, ComplaintSettings, ComplaintStep, ComplaintStepKind } from './complaint';
import { addIsoDays, isoDaysBetween } from './fiscal-period';

/**
 * Time limits of a complaint. Days are calendar days counted from the day after receipt (the
 * day of receipt is not counted, as Thai law counts periods), so with 15 days a complaint
 * received on 1 March must be answered by 16 March: on the 16th it is still on time, on the
 * 17th it is late.
 */
export type DeadlineState = 'on-track' | 'due-soon' | 'overdue' | 'met' | 'met-late' | 'not-applicable';

export interface Deadline {
  state: DeadlineState;
  dueDate: string;
  /** When the step that meets it happened, if it did. */
  metOn: string | null;
  /** Days left until the due date (negative once past), counted from `today`. */
  daysLeft: number;
}

export interface ComplaintDeadlines {
  acknowledge: Deadline;
  result: Deadline;
  /** The agency's reply to the latest forwarding letter that set a reply due date; null when none did. */
  reply: Deadline | null;
  /** Any limit is past with the work not done (the agency's reply included). */
  overdue: boolean;
}

/** The day arithmetic every module shares (fiscal-period.ts), under the names complaints use. */
export const addDays = addIsoDays;
export const daysBetween = isoDaysBetween;

type StepLike = Pick<ComplaintStep, 'kind' | 'date'> & { createdAt?: string; replyDueDate?: string | null };

/** Steps in the order they happened: by date, then in the order they were written. */
export function orderSteps<T extends StepLike>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => a.date.localeCompare(b.date) || (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
}

/** The complaint's status is its latest step; a complaint with no step yet is just received. */
export function complaintStatus(steps: readonly StepLike[]): ComplaintStepKind {
  return orderSteps(steps).at(-1)?.kind ?? 'received';
}

function firstDate(steps: readonly StepLike[], kinds: readonly ComplaintStepKind[]): string | null {
  return orderSteps(steps).find((s) => kinds.includes(s.kind))?.date ?? null;
}

/** A limit on `today`: met (on time or late) once `metOn` is set, else on track, due soon or overdue. */
export function deadline(dueDate: string, metOn: string | null, today: string, warnDays: number): Deadline {
  const daysLeft = daysBetween(today, dueDate);
  if (metOn) return { state: metOn <= dueDate ? 'met' : 'met-late', dueDate, metOn, daysLeft };
  const state: DeadlineState = daysLeft < 0 ? 'overdue' : daysLeft <= warnDays ? 'due-soon' : 'on-track';
  return { state, dueDate, metOn, daysLeft };
}

/** Steps that show the agency's reply came: the complainant was told the result, or the matter closed. */
const REPLY_MET_BY: readonly ComplaintStepKind[] = ['notified', 'closed'];

/**
 * The agency's reply limit: the reply due date of the latest forwarding that has one. Met by the
 * first "แจ้งผู้ร้อง" or "ยุติเรื่อง" step after that forwarding (either needs the agency's answer);
 * `null` when no forwarding letter set a due date.
 */
export function replyDeadline(steps: readonly StepLike[], today: string, warnDays: number): Deadline | null {
  const ordered = orderSteps(steps);
  let at = -1;
  ordered.forEach((s, i) => {
    if (s.kind === 'forwarded' && s.replyDueDate) at = i;
  });
  const forwarded = ordered[at];
  if (!forwarded?.replyDueDate) return null;
  const metOn = ordered.slice(at + 1).find((s) => REPLY_MET_BY.includes(s.kind))?.date ?? null;
  return deadline(forwarded.replyDueDate, metOn, today, warnDays);
}

/**
 * Both limits for one complaint on `today`, and the agency's reply limit. Telling the complainant is met by the first
 * "แจ้งผู้ร้อง" step (closing counts too: the close is reported to them); an anonymous
 * complaint has nobody to tell, so that limit does not apply. The result limit is met by
 * "ยุติเรื่อง".
 */
export function complaintDeadlines(
  complaint: Pick<Complaint, 'receivedDate' | 'consent'>,
  steps: readonly StepLike[],
  settings: ComplaintSettings,
  today: string,
): ComplaintDeadlines {
  const closedOn = firstDate(steps, ['closed']);
  const acknowledge: Deadline = complaint.consent
    ? deadline(addDays(complaint.receivedDate, settings.acknowledgeDays), firstDate(steps, ['notified', 'closed']), today, settings.warnDays)
    : { state: 'not-applicable', dueDate: addDays(complaint.receivedDate, settings.acknowledgeDays), metOn: null, daysLeft: 0 };
  const result = deadline(addDays(complaint.receivedDate, settings.resultDays), closedOn, today, settings.warnDays);
  const reply = replyDeadline(steps, today, settings.warnDays);
  return { acknowledge, result, reply, overdue: acknowledge.state === 'overdue' || result.state === 'overdue' || reply?.state === 'overdue' };
}
