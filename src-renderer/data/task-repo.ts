import { taskCommentSchema, taskSchema, type Task, type TaskComment } from '../../src-main/shared/domain/task';
import { workLinkSchema, type WorkLink } from '../../src-main/shared/domain/work-link';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export function taskRepo(db: PrDeskDb) {
  return createRepository<Task>(db, 'tasks', taskSchema);
}

export function taskCommentRepo(db: PrDeskDb) {
  return createRepository<TaskComment>(db, 'taskComments', taskCommentSchema);
}

export function workLinkRepo(db: PrDeskDb) {
  return createRepository<WorkLink>(db, 'workLinks', workLinkSchema);
}
