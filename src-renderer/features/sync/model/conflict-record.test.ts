import { describe, expect, it } from 'vitest';
import { conflictRecordTitle } from './conflict-record';

const untitled = (id: string) => `รายการ ${id}`;

describe('conflictRecordTitle', () => {
  it('names a person by title and name', () => {
    expect(conflictRecordTitle('staff', 'x', { title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี' }, untitled)).toBe('นายสมชาย ใจดี');
  });

  it('uses the headline, title or name, whichever the table has', () => {
    expect(conflictRecordTitle('pressReleases', 'x', { headline: 'จังหวัดจัดงานกาชาด', title: 'ไม่ใช่' }, untitled)).toBe('จังหวัดจัดงานกาชาด');
    expect(conflictRecordTitle('tasks', 'x', { title: 'ถ่ายภาพงานกาชาด' }, untitled)).toBe('ถ่ายภาพงานกาชาด');
    expect(conflictRecordTitle('agencies', 'x', { name: 'สำนักงานจังหวัด' }, untitled)).toBe('สำนักงานจังหวัด');
  });

  it('keeps the first line of a long text and shortens it', () => {
    const title = conflictRecordTitle('taskComments', 'x', { text: `${'ก'.repeat(100)}\nบรรทัดสอง` }, untitled);
    expect(title).toHaveLength(80);
    expect(title.endsWith('…')).toBe(true);
  });

  it('falls back to a short id, never the whole UUID', () => {
    expect(conflictRecordTitle('pressReleases', '0b7f6a52-8c1e-4c39-9d0e-5f2a7c1b3e44', { headline: '' }, untitled)).toBe('รายการ 0b7f6a52');
  });
});
