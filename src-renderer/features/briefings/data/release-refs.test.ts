import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { briefingSchema, emptyBriefing } from '../../../../src-main/shared/domain/briefing';
import { pressConferenceSchema } from '../../../../src-main/shared/domain/press-conference';
import { pressReleaseRepo, type PrDeskDb } from '../../../data';
import { releaseTerms } from '../../press/data';
import { openTestDb, testRelease } from '../../../data/test-db';
import { printedReleaseLines, releaseLine } from '../model/release-links';
import { loadReleaseRefs, searchReleaseRefs } from './release-refs';

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
});
afterEach(() => db.close());

/** A stored release as the press module writes it: terms cover the text and the printed number. */
async function release(headline: string, numberLabel: string, releaseDate: string) {
  const record = testRelease({
    headline,
    releaseDate,
    body: 'รายละเอียดข่าว',
    status: numberLabel ? 'approved' : 'draft',
    number: numberLabel ? Number(/\d+/.exec(numberLabel)?.[0]) : null,
    beYear: numberLabel ? 2569 : null,
    numberLabel,
  });
  return pressReleaseRepo(db).create({ ...record, terms: releaseTerms(record, numberLabel) });
}

describe('related releases', () => {
  it('finds releases by Thai words and by number, newest first', async () => {
    const shelter = await release('จังหวัดสงขลาเปิดศูนย์พักพิงผู้ประสบอุทกภัย 42 แห่ง', 'ข่าวที่ 245/2569', '2026-11-20');
    const water = await release('ชลประทานเร่งระบายน้ำคลองอู่ตะเภา', 'ข่าวที่ 246/2569', '2026-11-21');
    await release('จังหวัดสงขลาจัดงานวันเด็ก', '', '2026-01-10');

    expect((await searchReleaseRefs(db, 'ศูนย์พักพิง')).map((r) => r.id)).toEqual([shelter.id]);
    expect((await searchReleaseRefs(db, '246')).map((r) => r.id)).toEqual([water.id]);
    expect((await searchReleaseRefs(db, 'จังหวัด')).map((r) => r.headline)).toEqual([shelter.headline, 'จังหวัดสงขลาจัดงานวันเด็ก']);
    // The dateline is searched too (สงขลา heads all three).
    expect(await searchReleaseRefs(db, 'สงขลา')).toHaveLength(3);
    expect((await searchReleaseRefs(db, '')).map((r) => r.id).slice(0, 2)).toEqual([water.id, shelter.id]);
    expect(await searchReleaseRefs(db, 'ไม่มีคำนี้')).toEqual([]);
  });

  it('prints linked releases as number + headline, then old free-text lines as typed', async () => {
    const shelter = await release('จังหวัดสงขลาเปิดศูนย์พักพิง', 'ข่าวที่ 245/2569', '2026-11-20');
    const draft = await release('ร่างข่าวยังไม่ออกเลข', '', '2026-11-22');
    const refs = await loadReleaseRefs(db, [shelter.id, draft.id, 'deleted-or-not-synced']);
    expect(refs).toHaveLength(2);
    expect(printedReleaseLines([shelter.id, draft.id, 'deleted-or-not-synced'], ['ข่าวเก่าที่พิมพ์ไว้', ' '], refs, '(ยังไม่ออกเลข)')).toEqual([
      'ข่าวที่ 245/2569 จังหวัดสงขลาเปิดศูนย์พักพิง',
      '(ยังไม่ออกเลข) ร่างข่าวยังไม่ออกเลข',
      'ข่าวเก่าที่พิมพ์ไว้',
    ]);
    expect(releaseLine({ numberLabel: 'ข่าวที่ 1/2569', headline: 'หัวข่าว' }, '-')).toBe('ข่าวที่ 1/2569 หัวข่าว');
  });

  it('older records without links or attachments still read (defaults to empty lists)', () => {
    const old: Record<string, unknown> = { ...emptyBriefing('2026-11-01'), title: 'เก่า', relatedReleases: ['ข่าวที่ 1/2569'], attachmentIds: [] };
    delete old.relatedReleaseIds;
    delete old.attachments;
    const parsed = briefingSchema.parse(old);
    expect(parsed).toMatchObject({ relatedReleaseIds: [], attachments: [], relatedReleases: ['ข่าวที่ 1/2569'] });
    const conference = pressConferenceSchema.parse({
      title: 'แถลงข่าว',
      startsAt: '2026-11-23T10:00',
      venue: 'ศาลากลาง',
      speakers: [],
      briefingIds: [],
      invitees: [],
      runSheet: [],
      followUps: [],
      relatedReleases: ['ข่าวเก่า'],
    });
    expect(conference.relatedReleaseIds).toEqual([]);
  });
});
