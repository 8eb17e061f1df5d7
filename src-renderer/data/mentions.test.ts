import { describe, expect, it } from 'vitest';
import { findMentions, personNames } from './mentions';
import { missionRepo } from './mission-repo';
import { staffRepo } from './staff-repo';
import { taskCommentRepo, taskRepo } from './task-repo';
import { SOMCHAI, openTestDb, sampleTask, testMission } from './test-db';

const task = (missionId: string, title: string, details = '') => sampleTask(missionId, { title, details });

describe('free text that names a person in other records', () => {
  it('finds the full name however it is spaced, in any table, but not in the person’s own records, deleted ones, or a first name alone', async () => {
    const { db } = await openTestDb('staff-1', undefined, { role: 'admin' });
    const person = await staffRepo(db).create({ ...SOMCHAI, firstName: 'กนกวรรณ', lastName: 'ศรีสุข' });
    const mission = await missionRepo(db).create(testMission(1, 'ประชาสัมพันธ์'));
    const t1 = await taskRepo(db).create(task(mission.id, 'ถ่ายภาพงานกาชาด', 'มอบให้นางสาวกนกวรรณ  ศรีสุข\u200b ถ่ายภาพพิธีเปิด'));
    await taskCommentRepo(db).create({ taskId: t1.id, text: 'ส่งภาพให้ กนกวรรณ\nศรีสุข แล้ว' });
    await taskCommentRepo(db).create({ taskId: t1.id, text: 'กนกวรรณ ส่งแล้ว' }); // the first name alone is not her
    const gone = await taskRepo(db).create(task(mission.id, 'ร่างข่าว', 'กนกวรรณ ศรีสุข ร่าง'));
    await taskRepo(db).remove(gone.id);

    const names = personNames('staff', await db.staff.get(person.id));
    expect(names).toEqual(['กนกวรรณ ศรีสุข']);
    const { mentions, more } = await findMentions(db, names, new Set([`staff\u0000${person.id}`]));
    expect(more).toBe(false);
    expect(mentions.map((m) => m.table).sort()).toEqual(['taskComments', 'tasks']);
    expect(mentions.find((m) => m.table === 'tasks')?.excerpt).toContain('มอบให้นางสาวกนกวรรณ ศรีสุข ถ่ายภาพพิธีเปิด');
    expect((await findMentions(db, names, new Set(), 1)).more).toBe(true);
    expect(personNames('complaints', { complainantName: 'ก ข' })).toEqual([]);
    expect(personNames('complaints', { complainantName: 'นายสมศักดิ์ รักถิ่น' })).toEqual(['นายสมศักดิ์ รักถิ่น']);
  });
});
