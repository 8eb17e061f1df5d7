import { describe, expect, it } from 'vitest';
import { toSafeFileName, toSafePdfFileName } from './file-name';

describe('toSafePdfFileName', () => {
  it('keeps Thai and adds the extension once', () => {
    expect(toSafePdfFileName('บันทึกข้อความ แถลงข่าว')).toBe('บันทึกข้อความ แถลงข่าว.pdf');
    expect(toSafePdfFileName('รายงาน.PDF')).toBe('รายงาน.pdf');
  });

  it('removes what a file system refuses: separators, reserved characters, controls', () => {
    // no leading dot either: that would hide the file on macOS and Linux
    expect(toSafePdfFileName('../../etc/passwd')).toBe('-..-etc-passwd.pdf');
    expect(toSafePdfFileName('a<b>c:d"e|f?g*h\u0007')).toBe('a-b-c-d-e-f-g-h-.pdf');
    expect(toSafePdfFileName('C:\\Windows\\x')).toBe('C--Windows-x.pdf');
  });

  it('never gives an empty, hidden-dot or reserved Windows name', () => {
    expect(toSafePdfFileName('   ')).toBe('เอกสาร.pdf');
    expect(toSafePdfFileName('...')).toBe('เอกสาร.pdf');
    expect(toSafePdfFileName('CON')).toBe('CON-.pdf');
    expect(toSafePdfFileName('report. ')).toBe('report.pdf');
  });

  it('shortens very long names', () => {
    expect([...toSafePdfFileName('ก'.repeat(500))].length).toBe(84);
  });
});

describe('toSafeFileName', () => {
  it('applies the same rules to other extensions', () => {
    expect(toSafeFileName('รายงาน: ปี 2569.xlsx', 'xlsx')).toBe('รายงาน- ปี 2569.xlsx');
    expect(toSafeFileName('ข้อมูล/นักศึกษา', 'json')).toBe('ข้อมูล-นักศึกษา.json');
    expect(toSafeFileName('con', 'xlsx')).toBe('con-.xlsx');
  });
});
