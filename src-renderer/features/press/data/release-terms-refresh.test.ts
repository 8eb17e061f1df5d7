import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { releaseContent } from '../model/release-fixtures';
import { NO_FILTERS } from '../model/release-filters';
import { RELEASE_TERMS_MARK } from '../model/release-terms';
import { createRelease } from './release-actions';
import { currentReleaseIndex, releaseIndexReady } from './release-index-session';
import { findReleases } from './release-search';

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
});
afterEach(() => db.close());

/** Terms as version 1 made them: NFKC (ำ split), no mark; ICU then lost อำเภอ in running text. */
function oldTerms(text: string): string[] {
  const words = new Intl.Segmenter('th', { granularity: 'word' });
  return [...new Set([...words.segment(text.normalize('NFKC').toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment))];
}

async function untilRefreshed(id: string): Promise<string[]> {
  for (;;) {
    const terms = (await db.pressReleases.get(id))?.terms ?? [];
    if (terms.at(-1) === RELEASE_TERMS_MARK) return terms;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('search terms made by an older version (issue 21: found after the upgrade, not only after an edit)', () => {
  it('are made again behind the screen, unlogged, and the release is then found by อำเภอ', async () => {
    const lead = 'ผู้ประสบอุทกภัยในพื้นที่อำเภอเมืองสงขลาจำนวนมาก';
    const release = await createRelease(db, releaseContent({ headline: 'ช่วยเหลือผู้ประสบภัย', lead, body: 'แจกถุงยังชีพ', quotes: [], tags: [] }));
    // As an older version stored it (below the repositories: the upgrade did not touch it).
    await db.pressReleases.update(release.id, { terms: oldTerms(`ช่วยเหลือผู้ประสบภัย\nสงขลา\n${lead}\nแจกถุงยังชีพ`) });
    const opsBefore = await db.outbox.count();
    expect(oldTerms(lead)).not.toContain('อำเภอ');

    await releaseIndexReady(db);
    const terms = await untilRefreshed(release.id);
    expect(terms).toContain('อำเภอ');
    expect(terms).toContain('พื้นที่');
    // Each workstation makes its own: nothing goes to the share for it.
    expect(await db.outbox.count()).toBe(opsBefore);
    await currentReleaseIndex(db);
    expect((await findReleases(db, { ...NO_FILTERS, query: 'อำเภอ' })).rows.map((r) => r.id)).toEqual([release.id]);
  });

  it('a release saved by this version carries the mark and is left alone', async () => {
    const release = await createRelease(db, releaseContent({ headline: 'ประชุมคณะกรมการจังหวัด' }));
    expect(release.terms.at(-1)).toBe(RELEASE_TERMS_MARK);
    const opsBefore = await db.outbox.count();
    await releaseIndexReady(db);
    expect((await db.pressReleases.get(release.id))?.updatedAt).toBe(release.updatedAt);
    expect(await db.outbox.count()).toBe(opsBefore);
  });
});
