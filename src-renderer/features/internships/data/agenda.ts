import type { AgendaReader } from '../../../data/agenda';
import type { InternRecord } from '../../../data';

/** Interns starting or finishing in the range: a desk and a mentor to ready, a certificate to sign. */
export const internshipsAgenda: AgendaReader = async (db, range) => {
  const live = (rows: InternRecord[]) => rows.filter((intern) => !intern.deleted && intern.status !== 'cancelled');
  const [starting, ending] = await Promise.all([
    db.interns.where('startDate').between(range.start, range.end, true, true).toArray(),
    db.interns.where('endDate').between(range.start, range.end, true, true).toArray(),
  ]);
  const name = (intern: InternRecord) => `${intern.title}${intern.firstName} ${intern.lastName}`;
  return [
    ...live(starting).map((intern) => ({ key: `internships:${intern.id}:start`, date: intern.startDate, time: null, kindKey: 'dashboard.agenda.kinds.internStart', title: name(intern), to: `/internships/i/${intern.id}` })),
    ...live(ending).map((intern) => ({ key: `internships:${intern.id}:end`, date: intern.endDate, time: null, kindKey: 'dashboard.agenda.kinds.internEnd', title: name(intern), to: `/internships/i/${intern.id}` })),
  ];
};
