import { describe, expect, it } from 'vitest';
import { emptyBriefing } from '../../../../src-main/shared/domain/briefing';
import { pdfRenderRequestSchema } from '../../../../src-main/shared/pdf/documents';
import { briefingRequest, packRequest } from './print-request';

const briefing = { ...emptyBriefing('2026-11-23'), title: 'น้ำท่วม', coreMessage: 'ปลอดภัยไว้ก่อน', crisisKind: 'flood', attachmentIds: ['x'] };

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
    };
    const request = pdfRenderRequestSchema.parse(packRequest(conference, [briefing, briefing], '', false));
    expect(request.document.kind).toBe('briefing-pack');
  });
});
