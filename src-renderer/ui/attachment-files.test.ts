import { describe, expect, it } from 'vitest';
import { MAX_BLOB_BYTES } from '../../src-main/shared/ipc/channels/blob';
import { MAX_BLOB_MB, sizeInKb, sizeInMb, splitBySize, splitExecutables } from './attachment-files';

describe('attachment files', () => {
  it('refuses programs and scripts, whatever they hide behind', () => {
    const names = ['แผนที่.pdf', 'ติดตั้ง.exe', 'ใบเสนอราคา.pdf.exe', 'ภาพ\u202Egpj.exe', 'run.JS.', 'ลิงก์.lnk ', 'รายงาน.exe.docx', 'README'];
    const { accepted, executable } = splitExecutables(names.map((name) => ({ name })));
    expect(accepted.map((f) => f.name)).toEqual(['แผนที่.pdf', 'รายงาน.exe.docx', 'README']);
    expect(executable).toHaveLength(5);
  });
  it('refuses only files over the blob limit; exactly the limit is accepted', () => {
    const files = [
      { name: 'แผนที่น้ำท่วม.pdf', size: 2_000 },
      { name: 'วิดีโอ.mp4', size: MAX_BLOB_BYTES + 1 },
      { name: 'พอดี.zip', size: MAX_BLOB_BYTES },
    ];
    const { accepted, tooLarge } = splitBySize(files);
    expect(accepted.map((f) => f.name)).toEqual(['แผนที่น้ำท่วม.pdf', 'พอดี.zip']);
    expect(tooLarge.map((f) => f.name)).toEqual(['วิดีโอ.mp4']);
  });
  it('sizes read like people say them', () => {
    expect(sizeInKb(10)).toBe(1);
    expect(sizeInKb(150 * 1024)).toBe(150);
    expect(sizeInMb(30.54 * 1024 * 1024)).toBe('30.5');
    expect(MAX_BLOB_MB).toBe(25);
  });
});
