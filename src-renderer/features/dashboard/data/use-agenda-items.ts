import { useLiveDbQuery } from '../../../data';
import type { AgendaItem, AgendaRange, AgendaReader } from '../../../data/agenda';

/** Every module's agenda items in the range, live (undefined while the readers or rows load). */
export function useAgendaItems(readers: readonly AgendaReader[] | null, range: AgendaRange): AgendaItem[] | undefined {
  return useLiveDbQuery(async (db) => (readers ? (await Promise.all(readers.map((read) => read(db, range)))).flat() : undefined), [readers, range.start, range.end]);
}
