import type { WorkGroup } from '../../../../src-main/shared/domain/staff';
import type { Task, TaskStatus } from '../../../../src-main/shared/domain/task';
import { containsEveryWord } from '../../../../src-main/shared/text/thai-words';

type FilterFields = Pick<Task, 'missionId' | 'workGroup' | 'assigneeIds' | 'status' | 'dueDate' | 'title' | 'details'>;

/** Open work past its due date: finished and cancelled tasks are never overdue. */
export function isOverdue(task: Pick<Task, 'status' | 'dueDate'>, today: string): boolean {
  return task.status !== 'done' && task.status !== 'cancelled' && !!task.dueDate && task.dueDate < today;
}

export interface TaskFilter {
  missionId: string | null;
  workGroup: WorkGroup | null;
  assigneeId: string | null;
  status: TaskStatus | null;
  overdueOnly: boolean;
  search: string;
}

export const NO_TASK_FILTER: TaskFilter = {
  missionId: null,
  workGroup: null,
  assigneeId: null,
  status: null,
  overdueOnly: false,
  search: '',
};

/** Thai has no spaces between words, so search is a substring match on every term. */
export function filterTasks<T extends FilterFields>(tasks: readonly T[], filter: TaskFilter, today: string): T[] {
  return tasks.filter((task) => {
    if (filter.missionId && task.missionId !== filter.missionId) return false;
    if (filter.workGroup && task.workGroup !== filter.workGroup) return false;
    if (filter.assigneeId && !task.assigneeIds.includes(filter.assigneeId)) return false;
    if (filter.status && task.status !== filter.status) return false;
    if (filter.overdueOnly && !isOverdue(task, today)) return false;
    return containsEveryWord(`${task.title} ${task.details}`, filter.search);
  });
}

/** Soonest due first, undated last, then by title in Thai order. */
export function compareTasks(a: Pick<Task, 'dueDate' | 'title'>, b: Pick<Task, 'dueDate' | 'title'>): number {
  if (a.dueDate !== b.dueDate) {
    if (!a.dueDate) return 1;
    if (!b.dueDate) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.title.localeCompare(b.title, 'th');
}
