import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../data/test-db';
import { sampleIssue, sampleItem } from '../model/monitoring-fixtures';
import { issuesFirstSeenBetween, itemsOfIssue, itemsPublishedBetween, openIssues } from './monitoring-reads';
import { mediaIssueRepo, mediaItemRepo } from './monitoring-repo';

describe('monitoring reads', () => {
  it('reads a period by publishedAt, the last minute of the last day included, newest first, no tombstones', async () => {
    const { db } = await openTestDb();
    const items = mediaItemRepo(db);
    await items.create(sampleItem({ publishedAt: '2026-11-30T23:59', headline: 'ก่อน' }));
    await items.create(sampleItem({ publishedAt: '2026-12-01T00:00', headline: 'แรก' }));
    await items.create(sampleItem({ publishedAt: '2026-12-31T23:59', headline: 'ท้าย' }));
    const gone = await items.create(sampleItem({ publishedAt: '2026-12-10T10:00', headline: 'ลบ' }));
    await items.remove(gone.id);
    await items.create(sampleItem({ publishedAt: '2027-01-01T00:00', headline: 'หลัง' }));
    const read = await itemsPublishedBetween(db, '2026-12-01', '2026-12-31');
    expect(read.map((i) => i.headline)).toEqual(['ท้าย', 'แรก']);
  });

  it('lists an issue’s items oldest first, open issues and issues first seen in a period', async () => {
    const { db } = await openTestDb();
    const open = await mediaIssueRepo(db).create(sampleIssue({ firstSeenAt: '2026-12-02T08:00' }));
    await mediaIssueRepo(db).create(sampleIssue({ title: 'ปิดแล้ว', status: 'closed', closedOn: '2026-12-05', firstSeenAt: '2026-11-02T08:00' }));
    await mediaItemRepo(db).create(sampleItem({ issueId: open.id, publishedAt: '2026-12-03T08:00', headline: 'สอง' }));
    await mediaItemRepo(db).create(sampleItem({ issueId: open.id, publishedAt: '2026-12-02T08:00', headline: 'หนึ่ง' }));
    expect((await itemsOfIssue(db, open.id)).map((i) => i.headline)).toEqual(['หนึ่ง', 'สอง']);
    expect((await openIssues(db)).map((i) => i.id)).toEqual([open.id]);
    expect(await issuesFirstSeenBetween(db, '2026-11-01', '2026-11-30')).toHaveLength(1);
  });

  it('refuses an invalid item at the repository (zod)', async () => {
    const { db } = await openTestDb();
    await expect(mediaItemRepo(db).create(sampleItem({ url: 'javascript:alert(1)' }))).rejects.toThrow();
  });
});
