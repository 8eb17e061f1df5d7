import { describe, expect, it } from 'vitest';
import { briefingSchema, emptyBriefing } from '../../../../src-main/shared/domain/briefing';
import { pressConferenceSchema } from '../../../../src-main/shared/domain/press-conference';
import { briefingWithoutBlankLines, conferenceWithoutBlankLines } from './briefing-form';

describe('briefingWithoutBlankLines', () => {
  const typed = {
    ...emptyBriefing('2026-11-23'),
    title: 'น้ำท่วม',
    keyMessages: [{ text: 'ศูนย์พักพิงเปิดครบ', proofPoints: ['เปิดแล้ว 42 แห่ง', '', '  ', 'มีแพทย์ประจำ'] }],
    relatedReleases: ['', 'ข่าวที่ 1/2569'],
  };

  it('drops the blank lines of one-per-line boxes, so a briefing typed with an empty line saves', () => {
    expect(briefingSchema.safeParse(typed).success).toBe(false);
    const prepared = briefingWithoutBlankLines(typed);
    expect(prepared.keyMessages[0]?.proofPoints).toEqual(['เปิดแล้ว 42 แห่ง', 'มีแพทย์ประจำ']);
    expect(prepared.relatedReleases).toEqual(['ข่าวที่ 1/2569']);
    expect(briefingSchema.safeParse(prepared).success).toBe(true);
  });

  it('keeps a real problem for the field beside it', () => {
    const parsed = briefingSchema.safeParse(briefingWithoutBlankLines({ ...typed, title: '', facts: [{ statement: 'ตัวเลข', source: '', asOf: '' }] }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'validation.required'],
      ['facts.0.source', 'validation.required'],
    ]);
  });
});

describe('conferenceWithoutBlankLines', () => {
  it('drops blank speaker and release lines, so a conference typed with an empty line saves', () => {
    const typed = { title: 'แถลงข่าวน้ำท่วม', startsAt: '2026-11-23T10:00', venue: 'ศาลากลาง', speakers: ['ผู้ว่าราชการจังหวัด', ''], briefingIds: [], invitees: [], runSheet: [], followUps: [], relatedReleases: [' '], relatedReleaseIds: [] };
    expect(pressConferenceSchema.safeParse(typed).success).toBe(false);
    const prepared = conferenceWithoutBlankLines(typed);
    expect(prepared.speakers).toEqual(['ผู้ว่าราชการจังหวัด']);
    expect(prepared.relatedReleases).toEqual([]);
    expect(pressConferenceSchema.safeParse(prepared).success).toBe(true);
  });
});
