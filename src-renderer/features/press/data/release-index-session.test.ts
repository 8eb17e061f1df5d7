import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { releaseContent } from '../model/release-fixtures';
import { createRelease } from './release-actions';
import { currentReleaseIndex, releaseIndexReady, releaseWriteVersion, subscribeReleaseWrites, warmReleaseIndex } from './release-index-session';

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
  await createRelease(db, releaseContent({ headline: 'ประชุมคณะกรมการจังหวัด' }));
});
afterEach(() => db.close());

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

// The list subscribes to writes and asks for the tags on its first render; that started reading
// every release ahead of the list's own first rows (2.6 s at 20,000 in the press bench).
describe('the in-memory release index', () => {
  it('is not built by a list that only subscribes to writes or asks what is built', async () => {
    const unsubscribe = subscribeReleaseWrites(db, () => undefined);
    releaseWriteVersion(db);
    expect(await currentReleaseIndex(db)).toBeNull();
    await settle();
    expect(await currentReleaseIndex(db)).toBeNull();
    unsubscribe();
  });

  it('is built once warmed (the list has its first rows) or when a search needs it', async () => {
    warmReleaseIndex(db);
    await releaseIndexReady(db);
    expect((await currentReleaseIndex(db))?.size).toBe(1);
  });
});
