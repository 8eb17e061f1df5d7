import type { Page } from '@playwright/test';

const MEDIA = [
  { id: '0193a1b2-0000-7000-8000-000000000001', firstName: 'สุดา', lastName: 'ข่าวดี' },
  { id: '0193a1b2-0000-7000-8000-000000000002', firstName: 'ประยุทธ', lastName: 'รายงานสด' },
  { id: '0193a1b2-0000-7000-8000-000000000003', firstName: 'มานี', lastName: 'ทันข่าว' },
];
const OUTLET_ID = '0193a1b2-0000-7000-8000-0000000000aa';
const LIST_ID = '0193a1b2-0000-7000-8000-0000000000bb';

/**
 * PRE-EXISTING DATA, not part of what this module builds: the media network is the press
 * module's (built in parallel), so its outlet, three contacts and a distribution list are put
 * straight into the app's IndexedDB before the test, the way they would already be on a
 * workstation. Everything the briefings module does is then driven through the UI.
 */
export async function seedMediaNetwork(page: Page): Promise<void> {
  await page.evaluate(
    ({ media, outletId, listId }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pr-desk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const now = new Date().toISOString();
          const envelope = { createdAt: now, createdBy: 'seed', updatedAt: now, updatedBy: 'seed', deleted: false, clocks: {} };
          const tx = open.result.transaction(['mediaOutlets', 'mediaContacts', 'distributionLists'], 'readwrite');
          tx.objectStore('mediaOutlets').put({
            ...envelope,
            id: outletId,
            name: 'สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสงขลา',
            kind: 'radio',
            coverageArea: 'จังหวัดสงขลา',
            beats: [],
            phone: '',
            email: '',
            lineGroup: '',
            website: '',
            note: '',
            active: true,
          });
          for (const m of media) {
            tx.objectStore('mediaContacts').put({
              ...envelope,
              id: m.id,
              outletId,
              title: 'คุณ',
              firstName: m.firstName,
              lastName: m.lastName,
              position: 'ผู้สื่อข่าว',
              phone: '',
              email: '',
              lineId: '',
              coverageArea: 'สงขลา',
              beats: [],
              pdpaBasis: 'public-task',
              lastVerifiedAt: null,
              note: '',
              active: true,
            });
          }
          tx.objectStore('distributionLists').put({
            ...envelope,
            id: listId,
            name: 'สื่อท้องถิ่นสงขลา',
            description: '',
            contactIds: [media[0]?.id, media[1]?.id],
            outletIds: [],
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { media: MEDIA, outletId: OUTLET_ID, listId: LIST_ID },
  );
}
