import { describe, expect, it } from 'vitest';
import { breachNotice, dataBreachSchema, type DataBreach } from './data-breach';

const base: DataBreach = {
  discoveredAt: '2026-12-01T09:00:00+07:00',
  title: 'แฟลชไดรฟ์สำรองข้อมูลสูญหาย',
  description: 'แฟลชไดรฟ์ที่มีไฟล์รายชื่อสื่อมวลชนหายระหว่างเดินทาง',
  categories: ['name', 'contact'],
  peopleAffected: 146,
  risk: 'risk',
  measures: '',
  regulatorNotifiedAt: null,
  subjectsNotifiedAt: null,
  status: 'open',
  reportedBy: null,
};

describe('the 72-hour notice to the regulator (PDPA s.37(4))', () => {
  it('runs from when the office became aware, in whole hours', () => {
    expect(breachNotice(base, new Date('2026-12-03T09:30:00+07:00'))).toEqual({ state: 'due', dueAt: '2026-12-04T02:00:00.000Z', hoursLeft: 23 });
    expect(breachNotice(base, new Date('2026-12-04T09:00:01+07:00'))).toMatchObject({ state: 'overdue', hoursLeft: -1 });
  });

  it('is met by the notice, on time or late, and not needed when no one is put at risk', () => {
    expect(breachNotice({ ...base, regulatorNotifiedAt: '2026-12-03T16:00:00+07:00' }, new Date('2026-12-10T00:00:00Z')).state).toBe('notified');
    expect(breachNotice({ ...base, regulatorNotifiedAt: '2026-12-05T16:00:00+07:00' }, new Date('2026-12-10T00:00:00Z')).state).toBe('notified-late');
    expect(breachNotice({ ...base, risk: 'unlikely' }, new Date('2026-12-10T00:00:00Z')).state).toBe('not-required');
  });
});

describe('a breach record', () => {
  it('cannot be closed without the notice it needed, nor notified before it was found', () => {
    expect(dataBreachSchema.safeParse({ ...base, status: 'closed' }).success).toBe(false);
    expect(dataBreachSchema.safeParse({ ...base, status: 'closed', risk: 'unlikely' }).success).toBe(true);
    expect(dataBreachSchema.safeParse({ ...base, regulatorNotifiedAt: '2026-11-30T09:00:00+07:00' }).success).toBe(false);
  });
});
