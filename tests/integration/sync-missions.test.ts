import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missionRepo, recordsWithConflicts, seedStandardMissions, standardMissionId, taskCommentRepo, taskRepo } from '../../src-renderer/data';
import { sampleTask } from '../../src-renderer/data/test-db';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { workstation } from './workstation';

describe('missions and tasks through sync', () => {
  it('two workstations that each seeded the standard missions end with ten, and share tasks and comments', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-missions-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc1');
    const b = await workstation(root, 'pc2');
    await seedStandardMissions(a.db);
    await seedStandardMissions(b.db);
    await a.createShare(folder);
    await b.joinShare(folder);

    const task = await taskRepo(a.db).create(sampleTask(standardMissionId(2), { title: 'ถ่ายทอดสดพิธีเปิดงานกาชาด' }));
    await taskCommentRepo(a.db).create({ taskId: task.id, text: 'ประสานช่างภาพแล้ว' });
    await runSync(a.db, a.main);
    await runSync(b.db, b.main);
    await runSync(a.db, a.main);

    for (const ws of [a, b]) {
      expect(await missionRepo(ws.db).list()).toHaveLength(10);
      expect(await recordsWithConflicts(ws.db)).toHaveLength(0);
    }
    expect((await taskRepo(b.db).get(task.id))?.title).toBe('ถ่ายทอดสดพิธีเปิดงานกาชาด');

    // Both comment at once, one edits progress, the other the title: everything survives.
    await taskCommentRepo(a.db).create({ taskId: task.id, text: 'ความเห็นจากเครื่องที่หนึ่ง' });
    await taskCommentRepo(b.db).create({ taskId: task.id, text: 'ความเห็นจากเครื่องที่สอง' });
    await taskRepo(a.db).update(task.id, { progress: 40 });
    await taskRepo(b.db).update(task.id, { title: 'ถ่ายทอดสดพิธีเปิดงานกาชาดจังหวัดสงขลา' });
    await runSync(a.db, a.main);
    await runSync(b.db, b.main);
    await runSync(a.db, a.main);
    for (const ws of [a, b]) {
      const merged = await taskRepo(ws.db).get(task.id);
      expect(merged).toMatchObject({ progress: 40, title: 'ถ่ายทอดสดพิธีเปิดงานกาชาดจังหวัดสงขลา' });
      expect(await ws.db.taskComments.where('taskId').equals(task.id).count()).toBe(3);
    }
  });
});
