import { addIsoDays, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { Task } from '../../../../src-main/shared/domain/task';
import { taskInPeriod } from './mission-report';
import { compareTasks, isOverdue } from './task-filter';

type DashTask = Task & { id: string; createdAt: string };

/** The dashboard's task figures: today's work, overdue work, the coming week, per-mission counts. */
export function dashboardFigures<T extends DashTask>(tasks: readonly T[], today: string, fiscalYear: DateRange, upcomingDays = 7) {
  const open = tasks.filter((t) => t.status !== 'done' && t.status !== 'cancelled');
  const horizon = addIsoDays(today, upcomingDays);
  const perMission = new Map<string, { total: number; done: number }>();
  for (const task of tasks) {
    if (!taskInPeriod(task, fiscalYear)) continue;
    const c = perMission.get(task.missionId) ?? { total: 0, done: 0 };
    c.total += 1;
    if (task.status === 'done') c.done += 1;
    perMission.set(task.missionId, c);
  }
  // Today's work is what is due today or starts today. A task running from last week to next
  // month is not "today's" every day (it filled the list with future work): it shows in the
  // coming week when its due date comes near, and in the task list meanwhile.
  const isToday = (t: T) => t.dueDate === today || t.startDate === today;
  return {
    dueToday: open.filter(isToday).sort(compareTasks),
    overdue: open.filter((t) => isOverdue(t, today)).sort(compareTasks),
    upcoming: open
      .filter((t) => !isToday(t) && ((t.startDate !== null && t.startDate > today && t.startDate <= horizon) || (t.dueDate !== null && t.dueDate > today && t.dueDate <= horizon)))
      .sort(compareTasks),
    perMission,
  };
}
