import { describe, expect, it } from 'vitest';
import { noticeAtStart, takeNoticeAfterReload } from './reload-notice';

function memory() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe('the notice kept for the next start', () => {
  it('is said once, with its colour; a later notice replaces an earlier one', () => {
    const storage = memory();
    noticeAtStart({ message: 'ลบข้อมูลส่วนบุคคลแล้ว', color: 'teal' }, storage);
    noticeAtStart({ message: 'ล้างไฟล์ฐานข้อมูลไม่สำเร็จ', color: 'orange' }, storage);
    expect(takeNoticeAfterReload(storage)).toEqual({ message: 'ล้างไฟล์ฐานข้อมูลไม่สำเร็จ', color: 'orange' });
    expect(takeNoticeAfterReload(storage)).toBeNull();
  });

  it('ignores what it cannot read (an older version kept plain text there)', () => {
    const storage = memory();
    storage.setItem('pr-desk.notice-after-reload', 'ลบแล้ว');
    expect(takeNoticeAfterReload(storage)).toBeNull();
    expect(storage.map.size).toBe(0);
    storage.setItem('pr-desk.notice-after-reload', '{"message":"x","color":"red"}');
    expect(takeNoticeAfterReload(storage)).toEqual({ message: 'x', color: 'teal' });
  });
});
