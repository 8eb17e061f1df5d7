import { describe, expect, it } from 'vitest';
import { formMessages as messages } from './test-texts';
import { changePassphraseFormSchema, passphraseChange, revokeFormSchema, seenByThisWorkstation, shortDeviceId } from './workspace-admin';

const NEW = 'รหัสใหม่ของสำนักงาน ปี 2570';

describe('the workspace administration forms', () => {
  it('a revocation needs a visible reason of at most 200 characters', () => {
    expect(messages(revokeFormSchema.safeParse({ reason: ' \u200b ' }))).toEqual({ reason: 'syncAdmin.revoke.reasonRequired' });
    expect(messages(revokeFormSchema.safeParse({ reason: 'ก'.repeat(201) }))).toEqual({ reason: 'syncAdmin.revoke.reasonTooLong' });
    expect(revokeFormSchema.safeParse({ reason: 'เครื่องสูญหาย' }).success).toBe(true);
  });

  it('a new passphrase needs the current one unless it is lost, and the strength rules of a new folder', () => {
    expect(messages(changePassphraseFormSchema.safeParse({ lost: false, current: '', passphrase: 'สั้น', confirm: '' }))).toEqual({
      current: 'syncAdmin.passphrase.currentRequired',
      passphrase: 'syncPage.passphrase.tooShort',
      confirm: 'syncPage.passphrase.confirmRequired',
    });
    expect(messages(changePassphraseFormSchema.safeParse({ lost: false, current: 'เดิม', passphrase: NEW, confirm: `${NEW}x` }))).toEqual({ confirm: 'syncPage.passphrase.mismatch' });
    const lost = changePassphraseFormSchema.parse({ lost: true, current: 'พิมพ์ไว้แต่ลืมแล้ว', passphrase: NEW, confirm: NEW });
    expect(passphraseChange(lost)).toEqual({ newPassphrase: NEW });
    expect(passphraseChange({ ...lost, lost: false })).toEqual({ currentPassphrase: 'พิมพ์ไว้แต่ลืมแล้ว', newPassphrase: NEW });
  });

  it('what this workstation has taken in: the cursor, and for itself what it published', () => {
    expect(seenByThisWorkstation({ cursor: { b: 4, me: 9 }, publishedThrough: 3 }, 'me')).toEqual({ b: 4, me: 3 });
    expect(shortDeviceId('0190a000-0000-7000-8000-0000000000d2')).toBe('0190a000');
  });
});
