import { describe, expect, it } from 'vitest';
import { emptyBriefing } from '../../../../src-main/shared/domain/briefing';
import { pdfRenderRequestSchema } from '../../../../src-main/shared/pdf/documents';
import { UNNUMBERED_RELEASE, briefingRequest, packRequest } from './print-request';

const briefing = { ...emptyBriefing('2026-11-23'), title: 'น้ำท่วม', coreMessage: 'ปลอดภัยไว้ก่อน', crisisKind: 'flood' };

describe('print requests', () => {
  it('a stored briefing prints through the shared PDF schema', () => {
    expect(pdfRenderRequestSchema.safeParse(briefingRequest(briefing, 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', false)).success).toBe(true);
  });
  it('a pack carries the run sheet and each briefing', () => {
    const conference = {
      title: 'แถลงข่าวน้ำท่วม',
      startsAt: '2026-11-23T10:00',
      venue: 'ศาลากลาง',
      speakers: ['ผู้ว่าราชการจังหวัด'],
      briefingIds: [],
      invitees: [],
      runSheet: [{ time: '10:00', item: 'เปิดการแถลง' }],
      followUps: [],
      relatedReleases: [],
      relatedReleaseIds: [],
    };
    const request = pdfRenderRequestSchema.parse(packRequest(conference, [briefing, briefing], '', false));
    expect(request.document.kind).toBe('briefing-pack');
  });
  it('prints linked releases as number + headline before older free-text lines', () => {
    const linked = { ...briefing, relatedReleaseIds: ['r1', 'r2'], relatedReleases: ['ข่าวที่ 12/2568 พิมพ์ไว้เดิม'] };
    const refs = [
      { id: 'r1', numberLabel: 'ข่าวที่ 245/2569', headline: 'เปิดศูนย์พักพิง 42 แห่ง', releaseDate: '2026-11-20' },
      { id: 'r2', numberLabel: '', headline: 'ร่างข่าวระบายน้ำ', releaseDate: '2026-11-21' },
    ];
    const request = pdfRenderRequestSchema.parse(briefingRequest(linked, '', false, refs));
    expect(request.document.kind === 'briefing' && request.document.briefing.relatedReleases).toEqual([
      'ข่าวที่ 245/2569 เปิดศูนย์พักพิง 42 แห่ง',
      `${UNNUMBERED_RELEASE} ร่างข่าวระบายน้ำ`,
      'ข่าวที่ 12/2568 พิมพ์ไว้เดิม',
    ]);
  });
});
