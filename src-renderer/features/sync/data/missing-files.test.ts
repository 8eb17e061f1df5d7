import { describe, expect, it } from 'vitest';
import { openTestDb, testBlobId as id } from '../../../data/test-db';
import { describeMissing, missingFiles } from './missing-files';


describe('naming a missing file', () => {
  it('names the record and the file the way staff know them', async () => {
    const { db } = await openTestDb();
    await db.table('pressReleases').put({ id: 'r1', headline: 'งานกาชาดจังหวัดสงขลา', photos: [{ blobId: id(1), thumbBlobId: id(2), fileName: 'IMG_0001.jpg', caption: 'พิธีเปิด' }] });
    await db.table('tasks').put({ id: 't1', title: 'ทำข่าวงานกาชาด', attachments: [{ blobId: id(3), name: 'กำหนดการ.pdf' }] });
    await db.table('interns').put({ id: 'i1', firstName: 'ปิยะนุช', lastName: 'ทองคำ', photoBlobId: id(4) });
    await db.table('briefingVersions').put({ id: 'v1', snapshot: { title: 'ประเด็นแถลงข่าวน้ำท่วม', attachments: [{ blobId: id(5), name: 'แผนที่.png' }] } });
    const wants = [
      { blobId: id(1), table: 'pressReleases', recordId: 'r1', attempts: 1 },
      { blobId: id(2), table: 'pressReleases', recordId: 'r1', attempts: 1 },
      { blobId: id(3), table: 'tasks', recordId: 't1', attempts: 2 },
      { blobId: id(4), table: 'interns', recordId: 'i1', attempts: 1 },
      { blobId: id(5), table: 'briefingVersions', recordId: 'v1', attempts: 1 },
      { blobId: id(6), table: 'tasks', recordId: 'gone', attempts: 1 },
    ];
    expect((await describeMissing(db, wants)).map(({ record, file, field }) => ({ record, file, field }))).toEqual([
      { record: 'งานกาชาดจังหวัดสงขลา', file: 'IMG_0001.jpg (พิธีเปิด)', field: 'photos' },
      { record: 'งานกาชาดจังหวัดสงขลา', file: 'IMG_0001.jpg (พิธีเปิด)', field: 'photos' },
      { record: 'ทำข่าวงานกาชาด', file: 'กำหนดการ.pdf', field: 'attachments' },
      { record: 'ปิยะนุช ทองคำ', file: null, field: 'photoBlobId' },
      { record: 'ประเด็นแถลงข่าวน้ำท่วม', file: 'แผนที่.png', field: 'attachments' },
      { record: null, file: null, field: 'file' },
    ]);
  });

  it('counts only files that were looked for and not found', async () => {
    const { db } = await openTestDb();
    await db.blobWants.bulkPut([
      { blobId: id(1), table: 'tasks', recordId: 't1', attempts: 0 },
      { blobId: id(2), table: 'tasks', recordId: 't1', attempts: 1 },
    ]);
    const missing = await missingFiles(db);
    expect(missing.total).toBe(1);
    expect(missing.shown.map((m) => m.blobId)).toEqual([id(2)]);
  });
});
