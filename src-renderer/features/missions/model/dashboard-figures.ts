import type { DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { Task } from '../../../../src-main/shared/domain/task';
import { taskInPeriod } from './mission-report';
import { compareTasks, isOverdue } from './task-filter';

type DashTask = Task & { id: string; createdAt: string };

function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** The dashboard's task figures: today's work, overdue work, the coming week, per-mission counts. */
export function dashboardFigures<T extends DashTask>(tasks: readonly T[], today: string, fiscalYear: DateRange, upcomingDays = 7) {
  const open = tasks.filter((t) => t.status !== 'done' && t.status !== 'cancelled');
  const horizon = addDaysIso(today, upcomingDays);
  const perMission = new Map<string, { total: number; done: number }>();
  for (const task of tasks) {
    if (!taskInPeriod(task, fiscalYear)) continue;
    const c = perMission.get(task.missionId) ?? { total: 0, done: 0 };
    c.total += 1;
    if (task.status === 'done') c.done += 1;
    perMission.set(task.missionId, c);
  }
  return {
    dueToday: open.filter((t) => t.dueDate === today || (t.startDate !== null && t.startDate <= today && (t.dueDate ?? today) >= today)).sort(compareTasks),
    overdue: open.filter((t) => isOverdue(t, today)).sort(compareTasks),
    upcoming: open
      .filter((t) => (t.startDate !== null && t.startDate > today && t.startDate <= horizon) || (t.dueDate !== null && t.dueDate > today && t.dueDate <= horizon))
      .sort(compareTasks),
    perMission,
  };
}
