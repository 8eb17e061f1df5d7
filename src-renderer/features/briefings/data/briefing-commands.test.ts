import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyBriefing } from '../../../../src-main/shared/domain/briefing';
import { statementId } from '../../../../src-main/shared/domain/press-conference';
import { briefingRepo, pressStatementRepo, type PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { advanceBriefing, issueStatement, saveBriefing } from './briefing-commands';

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
});
afterEach(() => db.close());

const draft = { ...emptyBriefing('2026-11-23'), title: 'น้ำท่วมหาดใหญ่', situation: 'ฝนตกหนัก' };

describe('briefing workflow on the database', () => {
  it('refuses approval with an empty core message and writes nothing', async () => {
    const created = await briefingRepo(db).create({ ...draft, status: 'review' });
    const typed = { ...draft, status: 'review' as const, background: 'ข้อความที่เพิ่งพิมพ์' };
    const result = await advanceBriefing(db, created.id, typed, 'นายสมชาย ใจดี', new Date('2026-11-23T01:00:00Z'));
    expect(result).toEqual({ ok: false, problems: ['briefings.validation.approveNoCoreMessage'] });
    expect((await briefingRepo(db).get(created.id))?.status).toBe('review');
  });

  it('approves with who and when, and an edit after approval keeps the approved version', async () => {
    const created = await briefingRepo(db).create({ ...draft, status: 'review' });
    const ready = { ...draft, status: 'review' as const, coreMessage: 'จังหวัดดูแลทุกครัวเรือน' };
    const result = await advanceBriefing(db, created.id, ready, 'นายสมชาย ใจดี', new Date('2026-11-23T01:00:00Z'));
    expect(result).toMatchObject({ ok: true, saved: { status: 'approved', approvedBy: 'นายสมชาย ใจดี', approvedAt: '2026-11-23T01:00:00.000Z' } });

    const edited = await saveBriefing(db, created.id, { ...ready, status: 'approved', coreMessage: 'จังหวัดดูแลทุกครัวเรือนตลอด 24 ชั่วโมง' });
    expect(edited.newVersion).toBe(true);
    expect(edited.saved).toMatchObject({ status: 'draft', version: 2, approvedBy: '' });
    const versions = await db.briefingVersions.toArray();
    expect(versions).toHaveLength(1);
    expect(versions[0]?.snapshot).toMatchObject({ version: 1, status: 'approved', coreMessage: 'จังหวัดดูแลทุกครัวเรือน' });
  });
});

describe('statements', () => {
  it('numbers 1, 2 per event with ids from event + number; a second "ฉบับที่ 2" with that id is refused locally', async () => {
    const conferenceId = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const base = { conferenceId, title: 'แถลงการณ์', body: 'ข้อความ', issuedAt: '2026-11-23T10:00:00.000Z', issuedBy: 'ก' };
    const first = await issueStatement(db, base);
    const second = await issueStatement(db, base);
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(second.id).toBe(statementId(conferenceId, 2));
    await expect(pressStatementRepo(db).createWithId(second.id, { ...base, number: 2, body: 'อีกเครื่องหนึ่ง' })).rejects.toThrow();
  });
});
