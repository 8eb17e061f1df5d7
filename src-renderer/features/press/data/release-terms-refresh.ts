import Dexie from 'dexie';
import { markUnlogged, type PrDeskDb, type PressReleaseRecord } from '../../../data';
import { releaseTerms, termsAreCurrent } from '../model/release-terms';

/** Releases made again per transaction: about 2 ms of segmenting each, so a step stays under a frame or three. */
const STEP = 25;

/**
 * Makes again, by the current rules, the search terms of releases whose stored terms an older
 * version made (after an upgrade, ten years of them; or a release from a workstation that still
 * runs one), and stores them. Runs behind the screen in short steps; the list searches the old
 * terms meanwhile and the new ones as each step lands.
 *
 * Unlogged: the terms are computed from the release's text, which every workstation has, so
 * each makes its own instead of sending 20,000 changes through the share. A record later
 * merged from the share may bring older terms back; it is then simply made again.
 * Each step reads the records again inside its transaction, so an edit made meanwhile is never
 * overwritten with terms of the text before it.
 */
export async function refreshStaleTerms(db: PrDeskDb, ids: readonly string[]): Promise<number> {
  let refreshed = 0;
  for (let start = 0; start < ids.length; start += STEP) {
    // Between steps the UI runs (typing, scrolling).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const step = ids.slice(start, start + STEP);
    refreshed += await db.transaction('rw', db.pressReleases, async () => {
      markUnlogged((Dexie.currentTransaction as unknown as { idbtrans: object }).idbtrans);
      const records = await db.pressReleases.bulkGet(step);
      // A damaged record stays as it is (quarantined, for an administrator to repair).
      const stale = records.filter((r): r is PressReleaseRecord => r !== undefined && db.unreadable.admit('pressReleases', r) && !termsAreCurrent(r.terms));
      await db.pressReleases.bulkPut(stale.map((r) => ({ ...r, terms: releaseTerms(r, r.numberLabel) })));
      return stale.length;
    });
  }
  return refreshed;
}
