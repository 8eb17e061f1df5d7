import { describe, expect, it } from 'vitest';
import { IpcError } from '../../src-main/shared/ipc/errors';
import { bilingualErrorText } from './bilingual-error';

describe('bilingualErrorText (the startup recovery screen, before i18n)', () => {
  it("names a main call's failure in Thai, then English, by its code", () => {
    const text = bilingualErrorText(new IpcError({ code: 'folder-gone', detail: "ENOENT: no such file or directory, mkdir 'E:\\\\'" }));
    expect(text).toMatch(/^ไม่พบโฟลเดอร์ .+\(.+\)$/);
    expect(text).not.toContain('ENOENT');
  });

  it('falls back to the internal-error text for anything without a known code', () => {
    expect(bilingualErrorText(new Error('boom'))).toBe(bilingualErrorText(new IpcError({ code: 'internal' })));
    expect(bilingualErrorText({ code: 'toString' })).toBe(bilingualErrorText(null));
  });
});
