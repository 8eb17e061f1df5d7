import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { pressReleaseRepo } from '../../../data';
import { WorkflowTransitionError } from '../../../../src-main/shared/workflow/define-workflow';
import { createRelease, moveRelease, reconcileReleaseNumbers, saveReleaseContent } from './release-actions';
import { releaseContent } from '../model/release-fixtures';
import { NO_FILTERS } from '../model/release-filters';
import { findReleases } from './release-search';

let db: PrDeskDb;
let state: { actor: string; now: Date };
beforeEach(async () => {
  ({ db, state } = await openTestDb());
});
afterEach(() => db.close());

async function approve(headline: string) {
  const release = await createRelease(db, releaseContent({ headline }));
  await moveRelease(db, release.id, 'review');
  return moveRelease(db, release.id, 'approved', 'เรียบร้อย');
}

describe('release workflow and numbering', () => {
  it('records who moved the release and when, and numbers it at approval in sequence', async () => {
    state.now = new Date('2025-03-01T03:00:00Z');
    const first = await approve('ข่าวแรก');
    const second = await approve('ข่าวที่สอง');
    expect(first.number).toBe(1);
    expect(second.number).toBe(2);
    expect(second.numberLabel).toBe('ข่าวที่ 2/2568');
    expect(first.approvedBy).toBe('staff-1');
    expect(first.events.map((e) => e.kind)).toEqual(['submitted', 'approved']);
    expect(first.events[1]?.comment).toBe('เรียบร้อย');
  });

  it('never gives two approvals in the same year the same number, and restarts at the new พ.ศ. year', async () => {
    state.now = new Date('2025-12-31T10:00:00Z');
    const numbers = [];
    for (let i = 0; i < 5; i++) numbers.push((await approve(`ข่าว ${i}`)).number);
    expect(new Set(numbers).size).toBe(5);
    state.now = new Date('2025-12-31T17:30:00Z'); // 1 มกราคม 2569 in Thailand
    const newYear = await approve('ข่าวปีใหม่');
    expect(newYear.beYear).toBe(2569);
    expect(newYear.number).toBe(1);
    expect(newYear.numberLabel).toBe('ข่าวที่ 1/2569');
  });

  it('keeps the number when a release goes back for correction and is approved again', async () => {
    const release = await approve('ข่าวแก้ไข');
    await moveRelease(db, release.id, 'draft', 'แก้ชื่อผู้ว่าฯ');
    await moveRelease(db, release.id, 'review');
    const again = await moveRelease(db, release.id, 'approved');
    expect(again.number).toBe(release.number);
  });

  it('refuses a jump in the workflow', async () => {
    const release = await createRelease(db, releaseContent());
    await expect(moveRelease(db, release.id, 'published')).rejects.toBeInstanceOf(WorkflowTransitionError);
  });

  it('renumbers the later of two approvals that got the same number on different workstations', async () => {
    state.now = new Date('2025-03-01T03:00:00Z');
    const a = await approve('ข่าวเครื่อง ก');
    const b = await approve('ข่าวเครื่อง ข');
    // as if b had been approved on another workstation an hour later, also as number 1
    await pressReleaseRepo(db).update(b.id, { number: 1, numberLabel: 'ข่าวที่ 1/2568', approvedAt: '2025-03-01T04:00:00.000Z' });
    const changes = await reconcileReleaseNumbers(db);
    expect(changes).toEqual([{ id: b.id, beYear: 2568, from: 1, to: 2 }]);
    const moved = await db.pressReleases.get(b.id);
    expect(moved?.numberLabel).toBe('ข่าวที่ 2/2568');
    expect(moved?.events.at(-1)).toMatchObject({ kind: 'renumbered', comment: 'ข่าวที่ 1/2568 → ข่าวที่ 2/2568' });
    expect((await db.pressReleases.get(a.id))?.number).toBe(1);
    expect(await reconcileReleaseNumbers(db)).toEqual([]);
  });

  it('keeps a version per text change', async () => {
    const release = await createRelease(db, releaseContent());
    await saveReleaseContent(db, release.id, releaseContent({ body: 'เนื้อหาใหม่ทั้งหมด' }));
    await saveReleaseContent(db, release.id, releaseContent({ body: 'เนื้อหาใหม่ทั้งหมด' }));
    const versions = await db.pressReleaseVersions.where('releaseId').equals(release.id).toArray();
    expect(versions.map((v) => v.versionNo).sort()).toEqual([1, 2]);
  });
});

describe('release search', () => {
  it('finds a release by a Thai word in the middle of its body, and by a prefix being typed', async () => {
    const target = await createRelease(db, releaseContent());
    await createRelease(db, releaseContent({ headline: 'ประชุมคณะกรมการจังหวัด', body: 'การประชุมประจำเดือนมีนาคม', lead: '', quotes: [], tags: [] }));
    const { rows: found } = await findReleases(db, { ...NO_FILTERS, query: 'นิทรรศการ' });
    expect(found.map((r) => r.id)).toEqual([target.id]);
    expect((await findReleases(db, { ...NO_FILTERS, query: 'ของขวั' })).rows.map((r) => r.id)).toEqual([target.id]);
    expect((await findReleases(db, { ...NO_FILTERS, query: 'นิทรรศการ มีนาคม' })).rows).toEqual([]);
    expect((await findReleases(db, { ...NO_FILTERS, query: 'เรือดำน้ำ' })).rows).toEqual([]);
  });

  it('filters by status, tag and dates', async () => {
    await createRelease(db, releaseContent({ tags: ['วันเด็ก'], releaseDate: '2025-01-11' }));
    await createRelease(db, releaseContent({ tags: ['ประชุม'], releaseDate: '2025-02-11' }));
    expect((await findReleases(db, { ...NO_FILTERS, tag: 'ประชุม' })).rows).toHaveLength(1);
    expect((await findReleases(db, { ...NO_FILTERS, from: '2025-02-01' })).rows).toHaveLength(1);
    expect((await findReleases(db, { ...NO_FILTERS, status: 'approved' })).rows).toHaveLength(0);
  });

  it('loads the newest releases a page at a time', async () => {
    for (let day = 1; day <= 5; day++) await createRelease(db, releaseContent({ releaseDate: `2025-03-0${day}` }));
    const page = await findReleases(db, NO_FILTERS, 3);
    expect(page.rows.map((r) => r.releaseDate)).toEqual(['2025-03-05', '2025-03-04', '2025-03-03']);
    expect(page.more).toBe(true);
    expect((await findReleases(db, NO_FILTERS, 10)).more).toBe(false);
    // a word in every release: read in date order, only a page of them
    const common = await findReleases(db, { ...NO_FILTERS, query: 'นิทรรศการ' }, 2);
    expect(common.rows.map((r) => r.releaseDate)).toEqual(['2025-03-05', '2025-03-04']);
    expect(common.more).toBe(true);
  });
});
