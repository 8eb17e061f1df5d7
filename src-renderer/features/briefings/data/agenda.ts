import type { AgendaReader } from '../../../data/agenda';

/** Press conferences in the range, at their time. startsAt is local "YYYY-MM-DDTHH:mm". */
export const briefingsAgenda: AgendaReader = async (db, range) =>
  (await db.pressConferences.where('startsAt').between(range.start, `${range.end}T99`, true, true).toArray())
    .filter((conference) => !conference.deleted)
    .map((conference) => ({
      key: `briefings:${conference.id}:conference`,
      date: conference.startsAt.slice(0, 10),
      time: conference.startsAt.slice(11, 16) || null,
      kindKey: 'dashboard.agenda.kinds.conference',
      title: `${conference.title} (${conference.venue})`,
      to: `/briefings/conferences/${conference.id}`,
    }));
