import type { AgendaReader } from '../../../data/agenda';

/** Open tasks due in the range: deadlines on the office's calendar. */
export const missionsAgenda: AgendaReader = async (db, range) =>
  (await db.tasks.where('dueDate').between(range.start, range.end, true, true).toArray())
    .filter((task) => !task.deleted && task.status !== 'done' && task.status !== 'cancelled')
    .map((task) => ({
      key: `missions:${task.id}:due`,
      date: task.dueDate ?? range.start,
      time: null,
      kindKey: 'dashboard.agenda.kinds.taskDue',
      title: task.title,
      to: `/missions?task=${task.id}`,
      deadline: true,
    }));
