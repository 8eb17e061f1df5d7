import type { TaskStatus } from '../../../../src-main/shared/domain/task';
import { taskWorkflow } from '../../../../src-main/shared/domain/task-workflow';
import { missionRepo, taskRepo, withoutEnvelope, type MissionRecord, type PrDeskDb, type TaskRecord } from '../../../data';
import { nextOccurrenceDates, nextOccurrenceId, statusChange } from '../model/task-status';

/**
 * Change a task's status, as taskWorkflow allows (the same status again changes nothing).
 * Finishing a recurring task creates its next occurrence (once: the id is derived from this
 * task's, so a repeat click or another workstation makes no second copy).
 */
export async function setTaskStatus(db: PrDeskDb, task: TaskRecord, status: TaskStatus, today: string): Promise<void> {
  const repo = taskRepo(db);
  await db.transaction('rw', db.tasks, async () => {
    const patch = statusChange(task, status, today);
    if (Object.keys(patch).length === 0) return;
    taskWorkflow.assertMove(task.status, status);
    await repo.update(task.id, patch);
    if (status !== 'done') return;
    const dates = nextOccurrenceDates(task);
    const nextId = nextOccurrenceId(task.id);
    if (!dates || (await db.tasks.get(nextId))) return;
    await repo.createWithId(nextId, {
      ...withoutEnvelope(task),
      ...dates,
      status: 'pending',
      progress: 0,
      completedOn: null,
      checklist: task.checklist.map((item) => ({ ...item, done: false })),
    });
  });
}

/** Swap a mission with its neighbour in the list (the ↑/↓ buttons). */
export async function moveMission(db: PrDeskDb, ordered: readonly MissionRecord[], id: string, direction: -1 | 1): Promise<void> {
  const index = ordered.findIndex((m) => m.id === id);
  const neighbour = ordered[index + direction];
  const current = ordered[index];
  if (!current || !neighbour) return;
  const repo = missionRepo(db);
  await db.transaction('rw', db.missions, async () => {
    // Equal orders (two workstations added missions at once) would swap to no effect.
    const [a, b] = current.order === neighbour.order ? [index, index + direction] : [neighbour.order, current.order];
    await repo.update(current.id, { order: a });
    await repo.update(neighbour.id, { order: b });
  });
}
