import { describe, expect, it } from 'vitest';
import { missionRepo, seedStandardMissions, standardMissionId, taskRepo } from '../../../data';
import { openTestDb, sampleTask } from '../../../data/test-db';
import { moveMission, setTaskStatus } from './task-actions';
import { nextOccurrenceId } from '../model/task-status';

describe('task actions', () => {
  it('finishing a weekly task creates next week’s once, with the checklist unticked', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    const task = await taskRepo(db).create(
      sampleTask(standardMissionId(2), { recurrence: 'weekly', checklist: [{ id: 'c1', text: 'เตรียมสคริปต์', done: true }] }),
    );
    await setTaskStatus(db, task, 'done', '2026-11-02');
    const again = await taskRepo(db).get(task.id);
    if (!again) throw new Error('task vanished');
    await setTaskStatus(db, { ...again, status: 'in-progress' }, 'done', '2026-11-02');

    const all = await taskRepo(db).list();
    expect(all).toHaveLength(2);
    const next = await taskRepo(db).get(nextOccurrenceId(task.id));
    expect(next).toMatchObject({ dueDate: '2026-11-09', startDate: '2026-11-09', status: 'pending', progress: 0, completedOn: null });
    expect(next?.checklist).toEqual([{ id: 'c1', text: 'เตรียมสคริปต์', done: false }]);
    expect(await taskRepo(db).get(task.id)).toMatchObject({ status: 'done', completedOn: '2026-11-02', progress: 100 });
  });

  it('moves a mission up and down the list', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    const ordered = async () => (await missionRepo(db).list()).sort((a, b) => a.order - b.order);
    await moveMission(db, await ordered(), standardMissionId(3), -1);
    expect((await ordered()).slice(0, 3).map((m) => m.no)).toEqual([1, 3, 2]);
    await moveMission(db, await ordered(), standardMissionId(1), -1); // already first
    expect((await ordered())[0]?.no).toBe(1);
  });
});
