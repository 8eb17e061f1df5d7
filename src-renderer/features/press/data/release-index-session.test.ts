import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { releaseContent } from '../model/release-fixtures';
import { createRelease } from './release-actions';
import { RELEASE_TERMS_REFRESH_MEASURE, currentReleaseIndex, releaseIndexReady, releaseWriteVersion, subscribeReleaseWrites, warmReleaseIndex } from './release-index-session';
import { termsAreCurrent } from '../model/release-terms';

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

describe('terms an older version made', () => {
  it('are made again behind the screen, and the run says how long it took (the press bench reads it)', async () => {
    const [release] = await db.pressReleases.toArray();
    if (!release) throw new Error('seeded');
    await db.pressReleases.put({ ...release, terms: release.terms.slice(0, -1) }); // no version mark
    performance.clearMeasures(RELEASE_TERMS_REFRESH_MEASURE);
    warmReleaseIndex(db);
    await releaseIndexReady(db);
    await vi.waitFor(() => expect(performance.getEntriesByName(RELEASE_TERMS_REFRESH_MEASURE, 'measure')).toHaveLength(1));
    const [entry] = performance.getEntriesByName(RELEASE_TERMS_REFRESH_MEASURE, 'measure') as PerformanceMeasure[];
    expect(entry?.detail).toEqual({ releases: 1 });
    expect(termsAreCurrent((await db.pressReleases.get(release.id))?.terms ?? [])).toBe(true);
  });
});
