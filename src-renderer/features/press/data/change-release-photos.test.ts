import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { createRelease } from './release-actions';
import { releaseContent } from '../model/release-fixtures';
import { addPhotos, patchPhoto, removePhoto } from '../model/release-photos';
import { changeReleasePhotos } from './change-release-photos';

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
});
afterEach(() => db.close());

const photo = (n: number) => ({
  blobId: String(n).repeat(64).slice(0, 64),
  thumbBlobId: 'f'.repeat(64),
  fileName: `ภาพ-${n}.jpg`,
  caption: '',
  credit: '',
  width: 1600,
  height: 1200,
});

describe('release photos', () => {
  it('keeps both of two quick edits (caption, then credit) made before the screen refreshed', async () => {
    const release = await createRelease(db, releaseContent({ headline: 'ข่าวรณรงค์' }));
    await changeReleasePhotos(db, release.id, addPhotos([photo(1), photo(2)]));
    // Both edits start from the same screen; neither waits for the other.
    await Promise.all([
      changeReleasePhotos(db, release.id, patchPhoto(photo(1).blobId, { caption: 'อาสาสมัครกำจัดลูกน้ำยุงลาย' })),
      changeReleasePhotos(db, release.id, patchPhoto(photo(1).blobId, { credit: 'ส่วนข่าว สปส.สงขลา' })),
    ]);
    const [first] = (await db.pressReleases.get(release.id))?.photos ?? [];
    expect(first).toMatchObject({ caption: 'อาสาสมัครกำจัดลูกน้ำยุงลาย', credit: 'ส่วนข่าว สปส.สงขลา' });
  });

  it('adds a photo once however often it is added, and removes by content', async () => {
    const release = await createRelease(db, releaseContent({ headline: 'ข่าว' }));
    await changeReleasePhotos(db, release.id, addPhotos([photo(1)]));
    await changeReleasePhotos(db, release.id, addPhotos([photo(1), photo(2)]));
    await changeReleasePhotos(db, release.id, removePhoto(photo(1).blobId));
    expect((await db.pressReleases.get(release.id))?.photos.map((p) => p.fileName)).toEqual(['ภาพ-2.jpg']);
  });
});
