import type { TaskComment, TaskStatus } from '../../../../src-main/shared/domain/task';
import { createAndUpdate, taskCommentRepo, taskRepo, useDbCommands, type TaskRecord } from '../../../data';
import { setTaskStatus } from './task-actions';

/** Writes to tasks and their comments. */
export function useTaskCommands() {
  return useDbCommands((db) => ({
    ...createAndUpdate(db, taskRepo),
    remove: (id: string) => taskRepo(db).remove(id),
    /** Status change with its side effects (done → 100 %, next occurrence of a recurring task). */
    setStatus: (task: TaskRecord, status: TaskStatus, today: string) => setTaskStatus(db, task, status, today),
    addComment: (comment: TaskComment) => taskCommentRepo(db).create(comment),
  }));
}
