import { describe, expect, it } from 'vitest';
import { WorkflowTransitionError } from '../workflow/define-workflow';
import { advanceStatus, approvalProblems, briefingSchema, coreMessageLength, emptyBriefing, startNewVersion } from './briefing';

const base = { ...emptyBriefing('2026-11-23'), title: 'น้ำท่วมอำเภอหาดใหญ่' };

describe('briefing workflow', () => {
  it('refuses approval with an empty core message and keeps everything else as it is', () => {
    const inReview = { ...base, status: 'review' as const, situation: 'ฝนตกหนักต่อเนื่อง' };
    expect(approvalProblems(inReview)).toEqual(['briefings.validation.approveNoCoreMessage']);
    const result = advanceStatus(inReview, 'นายสมชาย ใจดี', '2026-11-23T01:00:00.000Z');
    expect(result).toEqual({ ok: false, problems: ['briefings.validation.approveNoCoreMessage'] });
  });

  it('records who approved and when', () => {
    const ready = { ...base, status: 'review' as const, coreMessage: 'จังหวัดพร้อมช่วยเหลือทุกครัวเรือน' };
    const result = advanceStatus(ready, 'นายสมชาย ใจดี', '2026-11-23T01:00:00.000Z', { id: 'staff-director', position: 'ผู้อำนวยการ' });
    expect(result).toEqual({
      ok: true,
      patch: { status: 'approved', approvedBy: 'นายสมชาย ใจดี', approvedAt: '2026-11-23T01:00:00.000Z', approvedById: 'staff-director', approvedByPosition: 'ผู้อำนวยการ' },
    });
  });

  it('goes draft → review → approved → used and no further', () => {
    expect(advanceStatus(base, 'ก', 't')).toMatchObject({ ok: true, patch: { status: 'review', reviewedBy: 'ก' } });
    expect(advanceStatus({ ...base, status: 'approved' }, 'ก', 't')).toMatchObject({ ok: true, patch: { status: 'used', usedAt: 't' } });
    expect(advanceStatus({ ...base, status: 'used' }, 'ก', 't')).toMatchObject({ ok: false });
  });

  it('a new version is a draft again with the approval cleared', () => {
    expect(startNewVersion({ ...base, status: 'approved', version: 2, approvedBy: 'ก', approvedAt: 't' })).toMatchObject({
      status: 'draft',
      version: 3,
      approvedBy: '',
      approvedAt: '',
    });
  });

  it('a draft or a briefing in review has no next version to start', () => {
    expect(() => startNewVersion(base)).toThrow(WorkflowTransitionError);
    expect(() => startNewVersion({ ...base, status: 'review' })).toThrow(WorkflowTransitionError);
  });

  it('warns past 150 characters of core message', () => {
    expect(coreMessageLength('ก'.repeat(150))).toEqual({ chars: 150, level: 'ok' });
    expect(coreMessageLength('ก'.repeat(151))).toEqual({ chars: 151, level: 'long' });
  });

  it('accepts at most three key messages', () => {
    const km = { text: 'ข้อความ', proofPoints: [] };
    expect(briefingSchema.safeParse({ ...base, keyMessages: [km, km, km] }).success).toBe(true);
    const four = briefingSchema.safeParse({ ...base, keyMessages: [km, km, km, km] });
    expect(four.success).toBe(false);
    expect(four.error?.issues[0]?.message).toBe('briefings.validation.tooManyKeyMessages');
  });
});
