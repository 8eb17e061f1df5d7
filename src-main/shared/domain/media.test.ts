import { describe, expect, it } from 'vitest';
import { isContactStale, mediaContactSchema, resolveRecipients } from './media';

const contact = {
  outletId: null,
  title: 'นาย',
  firstName: 'สมศักดิ์',
  lastName: 'ข่าวไว',
  position: 'ผู้สื่อข่าว',
  phone: '081-234-5678',
  email: '',
  lineId: 'somsak.news',
  coverageArea: 'จังหวัดสงขลา',
  beats: ['การเมือง'],
  pdpaBasis: 'consent' as const,
  lastVerifiedAt: '2026-01-10',
  note: '',
  active: true,
};

describe('media network', () => {
  it('accepts a contact and refuses a bad e-mail or date with message keys', () => {
    expect(mediaContactSchema.parse(contact).firstName).toBe('สมศักดิ์');
    const bad = mediaContactSchema.safeParse({ ...contact, email: 'not-mail', lastVerifiedAt: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(['validation.date', 'validation.email']);
  });

  it('says a phone, LINE ID or address too long for the field is too long, in Thai terms', () => {
    const bad = mediaContactSchema.safeParse({ ...contact, phone: '0'.repeat(61), lineId: 'x'.repeat(61) });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['validation.tooLong', 'validation.tooLong']);
  });

  it('flags a contact as stale after 180 days, or when never verified', () => {
    expect(isContactStale({ lastVerifiedAt: '2026-01-10' }, '2026-07-09')).toBe(false); // 180 days
    expect(isContactStale({ lastVerifiedAt: '2026-01-10' }, '2026-07-10')).toBe(true); // 181 days
    expect(isContactStale({ lastVerifiedAt: null }, '2026-07-10')).toBe(true);
    expect(isContactStale({ lastVerifiedAt: '2026-07-01' }, '2026-07-10', 7)).toBe(true);
  });

  it('resolves lists to active contacts, each once, including whole outlets', () => {
    const outlet = '0190a000-0000-7000-8000-00000000000a';
    const contacts = [
      { id: 'c1', outletId: null, active: true },
      { id: 'c2', outletId: outlet, active: true },
      { id: 'c3', outletId: outlet, active: false },
      { id: 'c4', outletId: null, active: true },
    ];
    const lists = [
      { contactIds: ['c1', 'c2'], outletIds: [] },
      { contactIds: ['c1'], outletIds: [outlet] },
    ];
    expect(resolveRecipients(lists, contacts).map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});
