import type { PrDeskDb } from './db';

/**
 * One thing on the office's calendar for the dashboard's "today and the next 7 days": an event
 * to cover, a conference, a deadline. Each module reads its own records into these (its
 * manifest's agendaSources), so the dashboard knows no module's tables.
 */
export interface AgendaItem {
  /** Unique across modules: "<module>:<record id>:<what>". */
  key: string;
  /** ISO day it falls on. */
  date: string;
  /** Local "HH:mm" when it has a time of day, else null (listed before timed items). */
  time: string | null;
  /** Translation key of its kind ("งานที่หน่วยงานขอรับบริการ", "แถลงข่าว", "ครบกำหนดงาน"). */
  kindKey: string;
  title: string;
  /** Where to open it. */
  to: string;
  /** A deadline (red when it is today), rather than an event. */
  deadline?: boolean;
}

/** The days the agenda covers, inclusive ISO dates. */
export interface AgendaRange {
  start: string;
  end: string;
}

/** A module's reader of its agenda items; live-queried, so it reads only through `db`. */
export type AgendaReader = (db: PrDeskDb, range: AgendaRange) => Promise<AgendaItem[]>;

export interface AgendaSource {
  id: string;
  load: () => Promise<AgendaReader>;
}

/** Today, then by time of day (untimed first), then by title in Thai order. */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  return a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.title.localeCompare(b.title, 'th') || a.key.localeCompare(b.key);
}
