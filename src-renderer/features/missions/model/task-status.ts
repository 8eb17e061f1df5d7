import { v5 as uuidv5 } from 'uuid';
import { addIsoDays } from '../../../../src-main/shared/domain/fiscal-period';
import type { Task, TaskStatus } from '../../../../src-main/shared/domain/task';
import { toCalendarDate, toIsoDate } from '../../../../src-main/shared/text/thai-date';

/**
 * The fields a status change writes: finishing records the day and 100 %, reopening clears
 * the day (progress stays where the person leaves it).
 */
export function statusChange(task: Pick<Task, 'status' | 'progress' | 'completedOn'>, status: TaskStatus, today: string): Partial<Task> {
  if (status === task.status) return {};
  if (status === 'done') return { status, completedOn: today, progress: 100 };
  const patch: Partial<Task> = { status, completedOn: null };
  if (task.status === 'done' && task.progress === 100) patch.progress = status === 'pending' ? 0 : 90;
  return patch;
}


function addMonths(iso: string, months: number): string {
  const { year, month, day } = toCalendarDate(iso);
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(year, month - 1 + months, Math.min(day, last)));
  return toIsoDate({ year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate() });
}

/** Dates of the next occurrence of a recurring task, or null if it does not repeat. */
export function nextOccurrenceDates(task: Pick<Task, 'recurrence' | 'startDate' | 'dueDate'>): Pick<Task, 'startDate' | 'dueDate'> | null {
  const shift = (iso: string | null) => {
    if (!iso) return null;
    switch (task.recurrence) {
      case 'daily':
        return addIsoDays(iso, 1);
      case 'weekly':
        return addIsoDays(iso, 7);
      case 'monthly':
        return addMonths(iso, 1);
      case 'none':
        return iso;
    }
  };
  if (task.recurrence === 'none' || (!task.startDate && !task.dueDate)) return null;
  return { startDate: shift(task.startDate), dueDate: shift(task.dueDate) };
}

const NEXT_OCCURRENCE_NAMESPACE = 'c3b2a0e4-8f61-4d3b-9d7e-2b51a7e0c4f2';

/**
 * The next occurrence's id follows from this one's: two workstations that both finish the same
 * Monday programme before syncing create the same next task, not two.
 */
export function nextOccurrenceId(taskId: string): string {
  return uuidv5(`next-of-${taskId}`, NEXT_OCCURRENCE_NAMESPACE);
}
