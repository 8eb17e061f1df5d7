import { z } from 'zod';
import { toCalendarDate, toIsoDate } from '../text/thai-date';
import { isoDate, thaiText } from './validation';

/**
 * รักษาราชการแทน (issue 19): for a dated period, a named staff member carries the director's
 * approvals (releases, briefings) while the director is away. It is not a way to become the
 * director: they sign in as themselves, their approval records their own name, and the position
 * printed says they act for the director. Set by the director or an administrator (it lives in
 * the office profile, a settings record: `settings.edit`).
 */
export const actingDelegationFieldsSchema = z.object({
  id: z.string().uuid(),
  /** Who acts (a staff id). */
  staffId: z.string().uuid({ message: 'validation.required' }),
  /** First and last day, inclusive, Bangkok calendar days. */
  from: isoDate(),
  to: isoDate(),
  /** The order it rests on: "คำสั่งสำนักงานประชาสัมพันธ์จังหวัดสงขลา ที่ 12/2569". */
  note: thaiText({ max: 300 }),
  /** Who set it and when (the record keeps the trail; editing it needs settings.edit). */
  setBy: z.string().max(64),
  setAt: z.string().datetime(),
});

/** The last day is not before the first (said beside the last day). */
export const isDelegationPeriod = (d: { from: string; to: string }): boolean => d.to >= d.from;
export const DELEGATION_PERIOD_ISSUE: { message: string; path: string[] } = { message: 'validation.endBeforeStart', path: ['to'] };

export const actingDelegationSchema = actingDelegationFieldsSchema.refine(isDelegationPeriod, DELEGATION_PERIOD_ISSUE);
export type ActingDelegation = z.infer<typeof actingDelegationSchema>;

/**
 * The delegations in a stored office profile, each checked (a damaged or forged entry counts for
 * nothing rather than granting anything).
 */
export function actingDelegationsOf(profile: Record<string, unknown> | undefined): ActingDelegation[] {
  const list = profile?.deleted === true ? undefined : profile?.actingDelegations;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const parsed = actingDelegationSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Today in Bangkok as an ISO date: delegations are by the office's calendar day. */
export function bangkokDay(at: Date): string {
  return toIsoDate(toCalendarDate(at));
}

/** The delegation under which this person acts for the director on `day`, if any. */
export function activeDelegation(delegations: readonly ActingDelegation[] | undefined, staffId: string | undefined, day: string): ActingDelegation | null {
  if (!staffId) return null;
  return (delegations ?? []).find((d) => d.staffId === staffId && d.from <= day && day <= d.to) ?? null;
}

/** The position an acting approver signs with: their own, then "รักษาราชการแทน" and the director's title. */
export function actingPosition(ownPosition: string, directorTitle: string): string {
  const title = directorTitle.trim() || 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัด';
  return `${ownPosition.trim()} รักษาราชการแทน${title}`.trim();
}
