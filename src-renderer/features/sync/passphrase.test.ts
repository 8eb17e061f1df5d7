import { describe, expect, it } from 'vitest';
import { createFolderFormSchema, joinFolderFormSchema, joinSecret, newPassphraseProblem, passphraseLength } from './passphrase';
import { formMessages as messages } from './test-texts';

const OFFICE = 'ข่าวสารจังหวัดเพื่อประชาชน 2569';

describe('a new office passphrase', () => {
  it('counts Thai as typed: each vowel and tone mark is one character', () => {
    // น + ้ + ำ: three code points, as main counts them.
    expect(passphraseLength('น้ำ')).toBe(3);
    expect(passphraseLength('😀')).toBe(1);
    // Thai has no canonical compositions: nikhahit + sara aa stays two characters under NFC.
    expect(passphraseLength('\u0E19\u0E4D\u0E32')).toBe(3);
  });

  it('needs at least 12 characters, not only spaces or invisible characters', () => {
    expect(newPassphraseProblem('')).toBe('required');
    expect(newPassphraseProblem('            ')).toBe('blank');
    expect(newPassphraseProblem('\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B')).toBe('blank');
    expect(newPassphraseProblem(' \u200D\u00A0\u3000\uFEFF\u2060 \u200C  \t ')).toBe('blank');
    expect(newPassphraseProblem('ข่าวสารจังหว')).toBeNull(); // 12 code points, 12 UTF-16 units
    expect(newPassphraseProblem('ข่าวสารจังห')).toBe('tooShort');
    // 6 emoji are 12 UTF-16 units but 6 characters.
    expect(newPassphraseProblem('😀😀😀😀😀😀')).toBe('tooShort');
    expect(newPassphraseProblem('ก'.repeat(1025))).toBe('tooLong');
    expect(newPassphraseProblem(OFFICE)).toBeNull();
  });

  it('is typed twice, the same both times', () => {
    expect(createFolderFormSchema.safeParse({ passphrase: OFFICE, confirm: OFFICE }).success).toBe(true);
    expect(messages(createFolderFormSchema.safeParse({ passphrase: OFFICE, confirm: `${OFFICE}.` }))).toEqual({ confirm: 'syncPage.passphrase.mismatch' });
    expect(messages(createFolderFormSchema.safeParse({ passphrase: OFFICE, confirm: '' }))).toEqual({ confirm: 'syncPage.passphrase.confirmRequired' });
    expect(messages(createFolderFormSchema.safeParse({ passphrase: 'สั้นไป', confirm: 'สั้นไป' }))).toEqual({ passphrase: 'syncPage.passphrase.tooShort' });
    // A too-short passphrase is reported once, on its own field, not again as a mismatch.
    expect(messages(createFolderFormSchema.safeParse({ passphrase: 'สั้นไป', confirm: 'อื่น' }))).toEqual({ passphrase: 'syncPage.passphrase.tooShort' });
  });

  it('matches its confirmation in NFC form, as main compares it', () => {
    const composed = 'Caf\u00E9 ของสำนักงานเรา';
    const decomposed = 'Cafe\u0301 ของสำนักงานเรา';
    expect(createFolderFormSchema.safeParse({ passphrase: composed, confirm: decomposed }).success).toBe(true);
  });
});

describe('joining an existing folder', () => {
  it('needs the passphrase, or the key sheet letters instead', () => {
    const form = { method: 'passphrase' as const, passphrase: '', officeKey: '' };
    expect(messages(joinFolderFormSchema.safeParse(form))).toEqual({ passphrase: 'syncPage.passphrase.required' });
    expect(messages(joinFolderFormSchema.safeParse({ ...form, passphrase: '   ' }))).toEqual({ passphrase: 'syncPage.passphrase.blank' });
    // Whether it is right is main's answer: a short passphrase is sent as it is.
    expect(joinFolderFormSchema.safeParse({ ...form, passphrase: 'สั้น' }).success).toBe(true);
    expect(messages(joinFolderFormSchema.safeParse({ ...form, method: 'officeKey', passphrase: 'ignored' }))).toEqual({ officeKey: 'syncPage.officeKey.required' });
  });

  it('sends exactly one of the two', () => {
    expect(joinSecret({ method: 'passphrase', passphrase: ` ${OFFICE} `, officeKey: 'ABCD' })).toEqual({ passphrase: ` ${OFFICE} ` });
    expect(joinSecret({ method: 'officeKey', passphrase: OFFICE, officeKey: ' ABCD-EFGH\n' })).toEqual({ officeKey: 'ABCD-EFGH' });
  });
});
