import { describe, expect, it } from 'vitest';
import { seedStandardMissions, standardMissionId, taskRepo, workLinkRepo, workLogRepo } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { addWorkLog } from './work-log-actions';

describe('intern work log', () => {
  it('counts work done under a mission task as work of that mission', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    const task = await taskRepo(db).create({
      missionId: standardMissionId(2),
      parentId: null,
      title: 'ถ่ายภาพข่าวกิจกรรมผู้ว่าราชการจังหวัด',
      details: '',
      assigneeIds: [],
      workGroup: 'public-relations',
      startDate: null,
      dueDate: null,
      priority: 'normal',
      status: 'in-progress',
      progress: 0,
      completedOn: null,
      checklist: [],
      attachments: [],
      recurrence: 'none',
    });
    const internId = '0190a000-0000-7000-8000-00000000c001';
    await addWorkLog(db, { internId, date: '2026-06-03', text: 'ถ่ายภาพพิธีเปิดงานกาชาด', taskId: task.id, approvedBy: null, approvedAt: null });
    await addWorkLog(db, { internId, date: '2026-06-04', text: 'จัดเอกสาร', taskId: null, approvedBy: null, approvedAt: null });
    expect(await workLogRepo(db).list()).toHaveLength(2);
    const links = await workLinkRepo(db).list();
    expect(links).toEqual([expect.objectContaining({ missionId: standardMissionId(2), taskId: task.id, module: 'internship', title: 'ถ่ายภาพพิธีเปิดงานกาชาด', date: '2026-06-03' })]);
  });
});
