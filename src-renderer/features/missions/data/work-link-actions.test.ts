import { describe, expect, it } from 'vitest';
import { seedStandardMissions, standardMissionId, workLinkRepo } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { linkRecord } from './work-link-actions';

describe('linkRecord', () => {
  it('links a record once, moves it when linked again, and unlinks it', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    const release = { module: 'press' as const, recordId: 'release-1', title: 'ข่าวที่ 12/2569 ผู้ว่าฯ เปิดงานกาชาด', date: '2026-01-10' };
    await linkRecord(db, release, { missionId: standardMissionId(2), taskId: null });
    await linkRecord(db, { ...release, title: 'ข่าวที่ 12/2569 (แก้ไข)' }, { missionId: standardMissionId(3), taskId: null });
    const live = await workLinkRepo(db).list();
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ missionId: standardMissionId(3), title: 'ข่าวที่ 12/2569 (แก้ไข)' });

    await linkRecord(db, release, null);
    expect(await workLinkRepo(db).list()).toHaveLength(0);
  });

  it('moves a request linked as "press" (before requests had their own kind) to "press-request", one link', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    await workLinkRepo(db).create({ missionId: standardMissionId(2), taskId: null, module: 'press', recordId: 'request-1', title: 'ทำข่าวงานกาชาด', date: '2026-01-10' });
    await linkRecord(db, { module: 'press-request', recordId: 'request-1', title: 'ทำข่าวงานกาชาด', date: '2026-01-10' }, { missionId: standardMissionId(3), taskId: null });
    const live = await workLinkRepo(db).list();
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ module: 'press-request', missionId: standardMissionId(3) });
  });
});
