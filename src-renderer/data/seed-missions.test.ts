import { describe, expect, it } from 'vitest';
import shipped from '../../resources/seed/standard-missions.json';
import fixture from '../../tests/fixtures/standard-missions.json';
import { missionRepo } from './mission-repo';
import { seedStandardMissions, standardMissionId } from './seed-missions';
import { openTestDb } from './test-db';

describe('standard missions seed', () => {
  it('is the shared fixture, copied into the app', () => {
    expect(shipped).toEqual(fixture);
  });

  it('seeds the ten missions once, in order, with the same ids everywhere, through the outbox', async () => {
    const { db } = await openTestDb();
    expect(await seedStandardMissions(db)).toBe(10);
    const missions = (await missionRepo(db).list()).sort((a, b) => a.order - b.order);
    expect(missions.map((m) => m.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(missions[1]?.title).toBe('ให้บริการจัดทำข่าวประชาสัมพันธ์กิจกรรมของหน่วยงานภาครัฐ ภาคประชาชน เผยแพร่ข้อมูลข่าวสารไปยังเครือข่ายสื่อมวลชน');
    expect(missions[0]?.id).toBe(standardMissionId(1));
    expect((await db.outbox.toArray()).filter((op) => op.table === 'missions')).toHaveLength(10);

    expect(await seedStandardMissions(db)).toBe(0);
  });

  it('never brings back a mission the office archived or removed', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    for (const m of await missionRepo(db).list()) await missionRepo(db).remove(m.id);
    expect(await seedStandardMissions(db)).toBe(0);
    expect(await missionRepo(db).list()).toHaveLength(0);
  });
});
