import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrDeskDb } from './db';
import { agencyRepo } from './agency-repo';
import { distributionListRepo, mediaContactRepo, mediaOutletRepo } from './media-repo';
import { openTestDb, testMediaContact } from './test-db';

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
});
afterEach(() => db.close());

describe('shared directories (media network, agencies)', () => {
  it('stores an outlet, a contact in it and a list, each logged for sync', async () => {
    const outlet = await mediaOutletRepo(db).create({
      name: 'สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสงขลา',
      kind: 'radio',
      coverageArea: 'จังหวัดสงขลา',
      beats: ['ข่าวท้องถิ่น'],
      phone: '074-311-123',
      email: '',
      lineGroup: 'สื่อสงขลา',
      website: '',
      note: '',
      active: true,
    });
    const contact = await mediaContactRepo(db).create(testMediaContact({ outletId: outlet.id, email: 'wipa@example.go.th' }));
    await distributionListRepo(db).create({ name: 'สื่อท้องถิ่นสงขลา', description: '', contactIds: [contact.id], outletIds: [outlet.id] });
    await agencyRepo(db).create({
      name: 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสงขลา',
      shortName: 'ปภ.สข.',
      kind: 'provincial',
      address: '',
      phone: '',
      email: '',
      contactName: '',
      active: true,
    });
    const tables = (await db.outbox.toArray()).map((op) => op.table).sort();
    expect(tables).toEqual(['agencies', 'distributionLists', 'mediaContacts', 'mediaOutlets']);
    await expect(mediaContactRepo(db).update(contact.id, { email: 'bad' })).rejects.toThrow();
    expect((await mediaContactRepo(db).get(contact.id))?.email).toBe('wipa@example.go.th');
  });
});
