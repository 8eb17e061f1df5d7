import { describe, expect, it } from 'vitest';
import { pressPickupRepo, pressReleaseRepo } from '../../../data';
import { openTestDb, testRelease } from '../../../data/test-db';
import { mediaIssueRepo } from '../../monitoring/data';
import { collectDigestFacts } from './collect-digest';

const issue = (title: string, status: 'open' | 'closed', tone: 'negative' | 'positive') => ({
  title,
  description: '',
  status,
  tone,
  ownerId: null,
  agencyId: null,
  firstSeenAt: '2026-12-06T20:15',
  responses: [],
  closedOn: status === 'closed' ? '2026-12-07' : null,
});

describe('collectDigestFacts', () => {
  it('takes releases published from yesterday 00.00 to the end of the day (Bangkok) with their outlets, and open negative issues only', async () => {
    const { db } = await openTestDb();
    const releases = pressReleaseRepo(db);
    // 16.05 and 00.10 Bangkok yesterday (09.05Z, and 17.10Z the day before), a week ago, and
    // one published yesterday at 23.59 Bangkok the day before that (16.59Z): outside.
    const yesterday = await releases.create(testRelease({ headline: 'ข่าวเมื่อวาน', status: 'published', releaseDate: '2026-12-06', publishedAt: '2026-12-06T09:05:00.000Z', numberLabel: 'ข่าวที่ 5/2570' }));
    await releases.create(testRelease({ headline: 'ข่าวหลังเที่ยงคืน', status: 'published', releaseDate: '2026-12-06', publishedAt: '2026-12-05T17:10:00.000Z' }));
    await releases.create(testRelease({ headline: 'ข่าวก่อนเที่ยงคืน', status: 'published', releaseDate: '2026-12-05', publishedAt: '2026-12-05T16:59:00.000Z' }));
    await releases.create(testRelease({ headline: 'ข่าวสัปดาห์ก่อน', status: 'published', releaseDate: '2026-11-30', publishedAt: '2026-11-30T03:00:00.000Z' }));
    await releases.create(testRelease({ headline: 'ร่างข่าว', status: 'draft', releaseDate: '2026-12-07' }));
    await pressPickupRepo(db).create({ releaseId: yesterday.id, outletId: null, outletName: 'ไทยรัฐ', url: '', clipping: '', date: '2026-12-06' });
    await pressPickupRepo(db).create({ releaseId: yesterday.id, outletId: null, outletName: 'สวท.สงขลา', url: '', clipping: '', date: '2026-12-07' });
    const issues = mediaIssueRepo(db);
    await issues.create(issue('ข่าวลือเขื่อนแตก', 'open', 'negative'));
    await issues.create(issue('ค่าชดเชยล่าช้า', 'closed', 'negative'));
    await issues.create(issue('ชื่นชมศูนย์พักพิง', 'open', 'positive'));

    const facts = await collectDigestFacts(db, '2026-12-07', []);
    expect(facts.releases.map((r) => r.headline).sort()).toEqual(['ข่าวหลังเที่ยงคืน', 'ข่าวเมื่อวาน']);
    expect(facts.releases.find((r) => r.headline === 'ข่าวเมื่อวาน')).toEqual({ numberLabel: 'ข่าวที่ 5/2570', headline: 'ข่าวเมื่อวาน', publishedAt: '2026-12-06T16:05', outlets: ['ไทยรัฐ', 'สวท.สงขลา'] });
    expect(facts.issues).toEqual([{ title: 'ข่าวลือเขื่อนแตก', items: 0, firstSeenAt: '2026-12-06T20:15', answered: false }]);
    expect(facts.crises).toEqual([]);
    expect(facts.complaints).toEqual([]);
  });
});
