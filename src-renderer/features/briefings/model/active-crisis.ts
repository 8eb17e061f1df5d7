import type { Briefing } from '../../../../src-main/shared/domain/briefing';
import { isoDaysBetween } from '../../../../src-main/shared/domain/fiscal-period';

type CrisisCandidate = Pick<Briefing, 'crisisKind' | 'date' | 'checklist' | 'title'> & { id: string; deleted: boolean };

/** Days a crisis stays on the dashboard after its briefing's date, whatever its checklist. */
export const CRISIS_SHOWN_DAYS = 7;
/** Days after which even an unfinished first-48-hours list no longer keeps it there. */
export const CRISIS_LONGEST_DAYS = 30;

/**
 * Crisis briefings (started from a crisis template) that are still live: dated in the last 7
 * days, or up to 30 days while their first-48-hours list has steps not done. Newest first.
 * A crisis has no "closed" state: the office closes it by ticking off its list.
 */
export function activeCrises<T extends CrisisCandidate>(briefings: readonly T[], today: string): T[] {
  return briefings
    .filter((b) => {
      if (b.deleted || !b.crisisKind) return false;
      const age = isoDaysBetween(b.date, today);
      // A briefing dated tomorrow (written for the morning's conference) is live already.
      if (age < -1 || age > CRISIS_LONGEST_DAYS) return false;
      return age <= CRISIS_SHOWN_DAYS || b.checklist.some((step) => !step.done);
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
