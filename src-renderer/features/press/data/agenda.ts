import type { AgendaReader } from '../../../data/agenda';

/** Agencies' events the office is asked to cover, still to be done, on their day and time. */
export const pressAgenda: AgendaReader = async (db, range) =>
  (await db.pressRequests.where('eventDate').between(range.start, range.end, true, true).toArray())
    .filter((request) => !request.deleted && request.status !== 'cancelled' && request.status !== 'done')
    .map((request) => ({
      key: `press:${request.id}:event`,
      date: request.eventDate,
      time: request.eventTime || null,
      kindKey: 'dashboard.agenda.kinds.request',
      title: request.place ? `${request.title} (${request.place})` : request.title,
      to: '/press/requests',
    }));
