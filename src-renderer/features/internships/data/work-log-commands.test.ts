import { describe, expect, it } from 'vitest';
import { seedStandardMissions, standardMissionId, taskRepo, workLinkRepo, workLogRepo } from '../../../data';
import { openTestDb, sampleTask, testWorkLog } from '../../../data/test-db';
import { addWorkLog } from './work-log-commands';

describe('intern work log', () => {
  it('counts work done under a mission task as work of that mission', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    const task = await taskRepo(db).create(
      sampleTask(standardMissionId(2), { title: 'ถ่ายภาพข่าวกิจกรรมผู้ว่าราชการจังหวัด', startDate: null, dueDate: null, status: 'in-progress' }),
    );
    const internId = '0190a000-0000-7000-8000-00000000c001';
    await addWorkLog(db, testWorkLog(internId, '2026-06-03', 'ถ่ายภาพพิธีเปิดงานกาชาด', { taskId: task.id }));
    await addWorkLog(db, testWorkLog(internId, '2026-06-04', 'จัดเอกสาร'));
    expect(await workLogRepo(db).list()).toHaveLength(2);
    const links = await workLinkRepo(db).list();
    expect(links).toEqual([expect.objectContaining({ missionId: standardMissionId(2), taskId: task.id, module: 'internship', title: 'ถ่ายภาพพิธีเปิดงานกาชาด', date: '2026-06-03' })]);
  });
});
