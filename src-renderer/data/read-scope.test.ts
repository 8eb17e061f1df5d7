import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { institutionRepo, internRepo, workLogRepo } from './internship-repo';
import { missionRepo } from './mission-repo';
import { taskCommentRepo, taskRepo } from './task-repo';
import { TEST_INSTITUTION, openTestDb, sampleTask, testIntern, testMission, testWorkLog } from './test-db';

const OFFICER = '0190a000-0000-7000-8000-00000000b001';
const INTERN = '0190a000-0000-7000-8000-00000000b002';

/** Every answer of a live query, as a screen (useLiveQuery) would get them. */
function watch<T>(query: () => Promise<T>) {
  const answers: T[] = [];
  let wake: (() => void) | null = null;
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      answers.push(value);
      wake?.();
    },
  });
  return {
    answers,
    /** Waits until the latest answer passes `check`. */
    async until(check: (value: T) => boolean): Promise<T> {
      while (answers.length === 0 || !check(answers[answers.length - 1]!)) await new Promise<void>((resolve) => (wake = resolve));
      return answers[answers.length - 1]!;
    },
    stop: () => subscription.unsubscribe(),
  };
}

const task = (missionId: string, title: string, assigneeIds: string[]) => sampleTask(missionId, { title, assigneeIds, startDate: null, dueDate: null });

async function office() {
  const { db, state } = await openTestDb(OFFICER, undefined, { role: 'admin' });
  const m1 = await missionRepo(db).create(testMission(1, 'ประชาสัมพันธ์ภารกิจผู้ว่าราชการจังหวัด'));
  const m2 = await missionRepo(db).create(testMission(2, 'งานสื่อมวลชนสัมพันธ์'));
  const mine = await taskRepo(db).create(task(m1.id, 'ถ่ายภาพกิจกรรมผู้ว่าราชการจังหวัด', [INTERN]));
  const others = await taskRepo(db).create(task(m2.id, 'ประสานงานสื่อมวลชน', [OFFICER]));
  await taskCommentRepo(db).create({ taskId: mine.id, text: 'ส่งภาพภายในบ่ายนี้' });
  await taskCommentRepo(db).create({ taskId: others.id, text: 'โทรหาสถานีวิทยุ' });
  const institution = await institutionRepo(db).create(TEST_INSTITUTION);
  const intern = (firstName: string, studentId: string, staffId: string | null) => internRepo(db).create(testIntern(institution.id, { firstName, studentId, mentorId: OFFICER, staffId }));
  const herRecord = await intern('กนกวรรณ', '6410110123', INTERN);
  const otherIntern = await intern('ปิยะนุช', '6410110456', null);
  await workLogRepo(db).create(testWorkLog(herRecord.id, '2026-06-02', 'ถ่ายภาพ'));
  await workLogRepo(db).create(testWorkLog(otherIntern.id, '2026-06-02', 'เขียนข่าว'));
  return { db, state, m1, m2, mine, others, herRecord };
}

describe('interns see only their own records and tasks (data layer)', () => {
  it('screens read only the intern’s task, its mission and comments, and her own internship record and log', async () => {
    const { db, state, m1, mine, herRecord } = await office();
    state.actor = INTERN;
    state.role = 'intern';
    const tasks = watch(() => db.tasks.toArray());
    expect((await tasks.until((rows) => rows.length === 1)).map((t) => t.id)).toEqual([mine.id]);
    tasks.stop();
    const read = async <T>(query: () => Promise<T>, check: (value: T) => boolean) => {
      const live = watch(query);
      const value = await live.until(check);
      live.stop();
      return value;
    };
    expect((await read(() => db.missions.toArray(), (rows) => rows.length > 0)).map((m) => m.id)).toEqual([m1.id]);
    expect((await read(() => db.taskComments.toArray(), (rows) => rows.length > 0)).map((c) => c.text)).toEqual(['ส่งภาพภายในบ่ายนี้']);
    expect((await read(() => db.interns.toArray(), (rows) => rows.length > 0)).map((i) => i.id)).toEqual([herRecord.id]);
    expect((await read(() => db.internWorkLogs.toArray(), (rows) => rows.length > 0)).map((w) => w.text)).toEqual(['ถ่ายภาพ']);
    // Every read path: get, where(), count of values.
    expect(await read(() => db.tasks.get(mine.id), (t) => t !== undefined)).toMatchObject({ id: mine.id });
    expect(await read(() => db.tasks.where('missionId').anyOf([m1.id, mine.missionId]).toArray().then((r) => r.length), () => true)).toBe(1);
    // Outside a live query (backup, sync) the whole office is read.
    expect(await db.tasks.count()).toBe(2);
    expect(await db.interns.toArray()).toHaveLength(2);
  });

  it('a task assigned to her later appears on the open screen, with its comments', async () => {
    const { db, state, others } = await office();
    state.actor = INTERN;
    state.role = 'intern';
    const tasks = watch(() => db.tasks.toArray());
    await tasks.until((rows) => rows.length === 1);
    const comments = watch(() => db.taskComments.toArray());
    await comments.until((rows) => rows.length === 1);
    // The officer hands his task over (written as him: the intern may not assign others' work).
    state.actor = OFFICER;
    state.role = 'admin';
    await taskRepo(db).update(others.id, { assigneeIds: [OFFICER, INTERN] });
    state.actor = INTERN;
    state.role = 'intern';
    await tasks.until((rows) => rows.length === 2);
    expect((await comments.until((rows) => rows.length === 2)).map((c) => c.text).sort()).toEqual(['ส่งภาพภายในบ่ายนี้', 'โทรหาสถานีวิทยุ'].sort());
    tasks.stop();
    comments.stop();
  });

  it('an officer reads everything', async () => {
    const { db } = await office();
    const tasks = watch(() => db.tasks.toArray());
    expect(await tasks.until((rows) => rows.length === 2)).toHaveLength(2);
    tasks.stop();
  });
});
