import { describe, expect, it } from 'vitest';
import { collectUnusedBlobs, referencedBlobIds } from './blob-references';
import { openTestDb, testBlobId as id } from './test-db';
import { MAX_BLOB_IDS_PER_CALL } from '../../src-main/shared/ipc/channels/blob';


describe('blob references and garbage collection', () => {
  it('finds references in every declared place, deleted records included', async () => {
    const { db } = await openTestDb();
    await db.officeProfile.put({ id: 'office', officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', logoBlobId: id(1) } as never);
    await db.pressReleases.put({ id: 'r1', photos: [{ blobId: id(2), thumbBlobId: id(3) }], deleted: true } as never);
    await db.tasks.put({ id: 't1', attachments: [{ blobId: id(4), name: 'แผนงาน.pdf', mime: 'application/pdf', size: 10 }], deleted: false } as never);
    await db.briefingVersions.put({ id: 'v1', snapshot: { attachments: [{ blobId: id(5) }] } } as never);
    expect([...(await referencedBlobIds(db))].sort()).toEqual([1, 2, 3, 4, 5].map(id));
  });

  it('sends the kept ids in parts and sweeps only on the last one', async () => {
    const { db } = await openTestDb();
    const many = Array.from({ length: MAX_BLOB_IDS_PER_CALL + 3 }, (_, i) => ({ id: `r${i}`, photos: [{ blobId: id(i * 2 + 10), thumbBlobId: id(i * 2 + 11) }], deleted: false }));
    await db.pressReleases.bulkPut(many as never);
    const calls: { keep: number; final: boolean; runId: string }[] = [];
    const result = await collectUnusedBlobs(db, {
      blobCollectGarbage: ({ runId, keep, final }) => {
        calls.push({ keep: keep.length, final, runId });
        return Promise.resolve({ removed: 0, freedBytes: 0 });
      },
    });
    expect(result).toEqual({ removed: 0, freedBytes: 0 });
    expect(calls.map((c) => c.final)).toEqual([false, false, true]);
    expect(calls.reduce((sum, c) => sum + c.keep, 0)).toBe(many.length * 2);
    expect(new Set(calls.map((c) => c.runId)).size).toBe(1);
  });

  it('sweeps once with nothing kept when no record has a blob', async () => {
    const { db } = await openTestDb();
    const calls: boolean[] = [];
    await collectUnusedBlobs(db, { blobCollectGarbage: ({ final }) => (calls.push(final), Promise.resolve({ removed: 2, freedBytes: 9 })) });
    expect(calls).toEqual([true]);
  });
});
