import { useLiveDbQuery, type TaskCommentRecord, type TaskRecord } from '../../../data';

/**
 * One task by id for the task drawer; null when none is open. Read as stored (a deleted one
 * too), as the drawer always has.
 */
export function useTask(taskId: string | null): TaskRecord | null | undefined {
  return useLiveDbQuery(async (db) => (taskId ? ((await db.tasks.get(taskId)) ?? null) : null), [taskId]);
}

/** The live sub-tasks of a task (none when no task is open). */
export function useSubTasks(taskId: string | null): TaskRecord[] | undefined {
  return useLiveDbQuery(
    async (db) => (taskId ? (await db.tasks.where('parentId').equals(taskId).toArray()).filter((s) => !s.deleted) : []),
    [taskId],
  );
}

/** A task's comments, oldest first. */
export function useTaskComments(taskId: string): TaskCommentRecord[] | undefined {
  return useLiveDbQuery(
    async (db) => (await db.taskComments.where('taskId').equals(taskId).toArray()).filter((c) => !c.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [taskId],
  );
}
