import { describe, expect, it } from 'vitest';
import { bangkokInstant, bangkokParts, breachFromForm, formFromBreach, type BreachForm } from './breach-form';

const form: BreachForm = {
  discoveredDate: '2026-12-07',
  discoveredTime: '02:30',
  title: 'อีเมลรายชื่อสื่อมวลชนส่งผิดกลุ่ม',
  description: 'ส่งไฟล์รายชื่อพร้อมเบอร์โทรไปยังกลุ่มไลน์ผิดกลุ่ม',
  categories: ['name', 'contact'],
  peopleAffected: 146,
  risk: 'risk',
  measures: 'ขอให้ผู้รับลบไฟล์',
};

describe('the breach form’s day and time', () => {
  it('are Bangkok wall-clock time, also just after midnight (the day before in UTC)', () => {
    expect(new Date(bangkokInstant('2026-12-07', '02:30')).toISOString()).toBe('2026-12-06T19:30:00.000Z');
    expect(bangkokParts('2026-12-06T19:30:00.000Z')).toEqual({ date: '2026-12-07', time: '02:30' });
  });

  it('round-trips through the record, keeping the notices and status the form does not edit', () => {
    const record = breachFromForm(form, { regulatorNotifiedAt: null, subjectsNotifiedAt: null, status: 'open', reportedBy: null });
    expect(record.discoveredAt).toBe('2026-12-07T02:30:00+07:00');
    expect(formFromBreach(record)).toEqual(form);
  });
});
