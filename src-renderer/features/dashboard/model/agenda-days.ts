import { addIsoDays, isoDaysBetween } from '../../../../src-main/shared/domain/fiscal-period';
import { compareAgendaItems, type AgendaItem, type AgendaRange } from '../../../data/agenda';

/** Days the dashboard looks ahead after today. */
export const AGENDA_DAYS_AHEAD = 7;

/** Today and the next seven days, inclusive. */
export function agendaRange(today: string, daysAhead = AGENDA_DAYS_AHEAD): AgendaRange {
  return { start: today, end: addIsoDays(today, daysAhead) };
}

export interface AgendaDay {
  date: string;
  /** 0 for today, 1 for tomorrow, … */
  offset: number;
  items: AgendaItem[];
}

/**
 * Every module's items as days, in order: today first (always shown, even empty, so "nothing
 * today" is said), then only the days that have something. Items outside the range are dropped,
 * so a module that reads a little wide cannot put last week on the calendar.
 */
export function agendaDays(items: readonly AgendaItem[], range: AgendaRange): AgendaDay[] {
  const days = new Map<string, AgendaItem[]>([[range.start, []]]);
  for (const item of [...items].sort(compareAgendaItems)) {
    if (item.date < range.start || item.date > range.end) continue;
    days.set(item.date, [...(days.get(item.date) ?? []), item]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, dayItems]) => ({ date, offset: isoDaysBetween(range.start, date), items: dayItems }));
}
