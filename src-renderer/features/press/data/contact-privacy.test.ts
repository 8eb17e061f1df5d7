import { describe, expect, it } from 'vitest';
import { mediaContactRepo, pressSendRepo } from '../../../data';
import { openTestDb, storedText, testMediaContact } from '../../../data/test-db';
import { eraseMediaContact } from './contact-privacy';

describe('erasing a media contact', () => {
  it('removes her name and channels from the contact and every send to her, keeps the sends, and stops sending to her', async () => {
    const { db } = await openTestDb();
    const contact = await mediaContactRepo(db).create(testMediaContact({ beats: ['เศรษฐกิจ'], lastVerifiedAt: '2026-11-01', note: 'ชอบรับข่าวทางไลน์' }));
    const send = await pressSendRepo(db).create({ releaseId: '0190a000-0000-7000-8000-00000000f0a1', channel: 'line', contactId: contact.id, outletId: null, recipientName: 'นางสาววิภาวดี รายงานข่าว', address: 'wipa.news', sentAt: '2026-11-20T03:00:00.000Z' });
    expect(await eraseMediaContact(db, contact.id, 'เจ้าของข้อมูลขอให้ลบ')).toEqual([]);
    expect(await db.mediaContacts.get(contact.id)).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', phone: '', lineId: '', note: '', active: false, beats: ['เศรษฐกิจ'] });
    expect(await db.pressSends.get(send.id)).toMatchObject({ recipientName: 'ลบข้อมูลส่วนบุคคลแล้ว', address: '', sentAt: '2026-11-20T03:00:00.000Z', deleted: false });
    for (const value of ['วิภาวดี', '0812223333', 'wipa']) expect(await storedText(db), value).not.toContain(value);
  });
});
