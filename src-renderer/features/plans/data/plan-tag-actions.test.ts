import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../data/test-db';
import { FIXTURE_IDS, fixturePlan } from '../model/plan-fixtures';
import { latestTags } from '../model/latest-tags';
import { planRepo, planTagRepo } from './plan-repo';
import { tagRecord } from './plan-tag-actions';

const RELEASE = { table: 'pressReleases' as const, recordId: '0190a000-0000-7000-8000-0000000000b1', title: 'ข่าวที่ 12/2569 งานกาชาด', date: '2026-01-10' };

describe('plan tags', () => {
  it('tags a record once per plan: tagging again replaces, null removes', async () => {
    const { db } = await openTestDb();
    const plan = await planRepo(db).create(fixturePlan());
    await tagRecord(db, RELEASE, plan.id, { planId: plan.id, themeId: FIXTURE_IDS.themeEconomy, topicId: FIXTURE_IDS.topicTourism });
    await tagRecord(db, RELEASE, plan.id, { planId: plan.id, themeId: FIXTURE_IDS.themeSafety, topicId: null });
    const live = await planTagRepo(db).list();
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ themeId: FIXTURE_IDS.themeSafety, topicId: null, title: RELEASE.title });
    await tagRecord(db, RELEASE, plan.id, null);
    expect(await planTagRepo(db).list()).toHaveLength(0);
  });

  it('counts a record tagged on two workstations once: the tag written last, ties by id', () => {
    const base = { planId: 'p', table: 'pressReleases', recordId: 'r', deleted: false };
    const older = { ...base, id: 'a', themeId: 'old', updatedAt: '2026-01-01T00:00:00Z' };
    const newer = { ...base, id: 'b', themeId: 'new', updatedAt: '2026-01-02T00:00:00Z' };
    const tie = { ...base, id: 'c', themeId: 'tie', updatedAt: '2026-01-02T00:00:00Z' };
    expect(latestTags([newer, older]).map((t) => t.themeId)).toEqual(['new']);
    expect(latestTags([tie, newer, older]).map((t) => t.themeId)).toEqual(['tie']);
    expect(latestTags([{ ...tie, deleted: true }, newer]).map((t) => t.themeId)).toEqual(['new']);
  });

  it('refuses a plan written by an officer (plan.manage only); a group head may', async () => {
    const { db, state } = await openTestDb('staff-1', undefined, { role: 'officer' });
    await expect(planRepo(db).create(fixturePlan())).rejects.toThrow();
    state.role = 'groupHead';
    await expect(planRepo(db).create(fixturePlan())).resolves.toMatchObject({ title: fixturePlan().title });
  });
});
