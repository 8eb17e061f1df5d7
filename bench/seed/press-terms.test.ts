import { describe, expect, it } from 'vitest';
import { openPrDeskDb } from '../../src-renderer/data';
import { releaseTerms } from '../../src-renderer/features/press/model/release-terms';
import { seedPressInPage } from './press';

describe('the press seeder', () => {
  // It carries its own copy of the search rules (page.evaluate ships the function alone); a
  // change to thaiSearchTerms that is not made here too would bench stale terms (made again
  // behind the screen while the bench times the search).
  it("gives every release exactly the terms the app would store", async () => {
    const db = await openPrDeskDb({ name: 'pr-desk', deviceId: 'bench-seed-test', getActor: () => 'bench', acting: 'not-checked' });
    db.close();
    await seedPressInPage({ releases: 120, agencies: 10, outlets: 6, contacts: 20 });
    const reopened = await openPrDeskDb({ name: 'pr-desk', deviceId: 'bench-seed-test', getActor: () => 'bench', acting: 'not-checked' });
    try {
      const releases = await reopened.pressReleases.toArray();
      expect(releases).toHaveLength(120);
      for (const r of releases) expect(r.terms, r.headline).toEqual(releaseTerms(r, r.numberLabel));
    } finally {
      reopened.close();
    }
  });
});
