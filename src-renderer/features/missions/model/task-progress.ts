import type { Task } from '../../../../src-main/shared/domain/task';

type ProgressFields = Pick<Task, 'parentId' | 'status' | 'progress'> & { id: string };

/**
 * Progress as people read it: a finished task is 100; a task with sub-tasks shows the average
 * of its sub-tasks (cancelled ones left out), all the way up, so the parent moves as the work
 * under it moves. A cycle (possible only through a sync conflict) falls back to own progress.
 */
export function rollUpProgress(tasks: readonly ProgressFields[]): Map<string, number> {
  const children = new Map<string, ProgressFields[]>();
  for (const task of tasks) {
    if (!task.parentId) continue;
    const list = children.get(task.parentId) ?? [];
    list.push(task);
    children.set(task.parentId, list);
  }
  const result = new Map<string, number>();
  const visiting = new Set<string>();

  const own = (task: ProgressFields) => (task.status === 'done' ? 100 : task.progress);
  const progressOf = (task: ProgressFields): number => {
    const known = result.get(task.id);
    if (known !== undefined) return known;
    if (visiting.has(task.id)) return own(task);
    visiting.add(task.id);
    const counted = (children.get(task.id) ?? []).filter((c) => c.status !== 'cancelled');
    const value =
      task.status === 'done' || counted.length === 0
        ? own(task)
        : Math.round(counted.reduce((sum, c) => sum + progressOf(c), 0) / counted.length);
    visiting.delete(task.id);
    result.set(task.id, value);
    return value;
  };
  for (const task of tasks) progressOf(task);
  return result;
}
