import { describe, expect, it } from 'vitest';
import { dataRequestDeadline, dataRequestSchema, type DataRequest } from './data-request';

const base: DataRequest = {
  yearBE: 2569,
  seq: 1,
  receivedDate: '2026-11-01',
  channel: 'walk-in',
  kind: 'access',
  requesterName: 'นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์',
  requesterContact: '081-234-5678',
  onBehalf: false,
  identityCheck: 'บัตรประจำตัวประชาชน',
  subjectTable: 'interns',
  subjectId: 'i1',
  details: 'ขอสำเนาข้อมูลการฝึกงานทั้งหมด',
  status: 'received',
  answeredDate: null,
  answer: '',
  handledBy: null,
};

describe('the 30-day answer limit (PDPA s.30)', () => {
  it('is due 30 days after receipt, counted from the day after; warns in the last 7 days; overdue after', () => {
    expect(dataRequestDeadline(base, '2026-11-20')).toMatchObject({ state: 'on-track', dueDate: '2026-12-01', daysLeft: 11 });
    expect(dataRequestDeadline(base, '2026-11-25')).toMatchObject({ state: 'due-soon', daysLeft: 6 });
    expect(dataRequestDeadline(base, '2026-12-01')).toMatchObject({ state: 'due-soon', daysLeft: 0 });
    expect(dataRequestDeadline(base, '2026-12-02')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('is met by the answer or a refusal, on time or late', () => {
    expect(dataRequestDeadline({ ...base, status: 'answered', answeredDate: '2026-11-28' }, '2027-01-01').state).toBe('met');
    expect(dataRequestDeadline({ ...base, status: 'refused', answeredDate: '2026-12-05' }, '2027-01-01').state).toBe('met-late');
    // Work under way does not stop the clock.
    expect(dataRequestDeadline({ ...base, status: 'in-progress' }, '2026-12-05').state).toBe('overdue');
  });
});

describe('a request record', () => {
  it('names its person by table and id together, or not at all', () => {
    expect(dataRequestSchema.safeParse({ ...base, subjectTable: null, subjectId: null }).success).toBe(true);
    expect(dataRequestSchema.safeParse({ ...base, subjectId: null }).success).toBe(false);
  });

  it('cannot be closed without the date and what the person was told, nor answered before it arrived', () => {
    expect(dataRequestSchema.safeParse({ ...base, status: 'answered', answeredDate: '2026-11-10' }).success).toBe(false);
    expect(dataRequestSchema.safeParse({ ...base, status: 'refused', answer: 'ไม่พบข้อมูล' }).success).toBe(false);
    expect(dataRequestSchema.safeParse({ ...base, status: 'answered', answeredDate: '2026-10-30', answer: 'ส่งแล้ว' }).success).toBe(false);
    expect(dataRequestSchema.safeParse({ ...base, status: 'answered', answeredDate: '2026-11-10', answer: 'ส่งแล้ว' }).success).toBe(true);
  });
});
