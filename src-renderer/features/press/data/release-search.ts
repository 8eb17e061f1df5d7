import { normalizeSearchText, thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';
import type { PrDeskDb, PressReleaseRecord } from '../../../data';
import { holdsEveryWord, matchesFilters, PAGE_SIZE, rankedAnswer, releaseOrder, type ReleaseFilters } from '../model/release-filters';
import { answerFromIndex } from '../model/release-term-index';
import { readyReleaseIndex } from './release-index-session';
import { currentReleaseTerms } from '../model/release-terms';

/**
 * Ids of the releases holding every query word, each word as a prefix of one of the release's
 * terms, from the in-memory index (null when the query has no words). If the index cannot be
 * built the releases are scanned: slower, same answer.
 */
export async function searchReleaseIds(db: PrDeskDb, query: string): Promise<Set<string> | null> {
  const words = thaiSearchTerms(query);
  if (words.length === 0) return null;
  const index = await readyReleaseIndex(db);
  if (index) return index.matching(words);
  const shown = db.shownOnScreen('pressReleases');
  const ids = new Set<string>();
  await db.pressReleases.each((r) => {
    if (shown(r) && holdsEveryWord(currentReleaseTerms(r), words)) ids.add(r.id);
  });
  return ids;
}

/** What a row of the list shows (a record, or the search index's entry of it). */
export type ReleaseRow = Pick<PressReleaseRecord, 'id' | 'headline' | 'numberLabel' | 'updatedAt' | 'releaseDate' | 'number' | 'status' | 'agencyId' | 'tags'>;

export interface ReleasePage {
  rows: ReleaseRow[];
  /** True when more releases match than were loaded. */
  more: boolean;
}

/**
 * The releases the list shows for these filters, at most `limit`: newest first, and with a query
 * those whose headline holds its words before the others. Without a
 * query the releaseDate index is walked backwards and stops at `limit`, so 20,000 releases
 * never load at once; with a query the in-memory index matches, filters, orders and gives the
 * rows themselves (its entries carry what a row shows), so a keystroke reads nothing.
 */
export async function findReleases(db: PrDeskDb, filters: ReleaseFilters, limit = PAGE_SIZE): Promise<ReleasePage> {
  const started = performance.now();
  const page = await queryReleases(db, filters, limit);
  // A User Timing entry per search, so the bench can tell the data layer's share from the UI's.
  if (filters.query) {
    performance.clearMeasures(FIND_RELEASES_MEASURE); // keep only the latest: typing must not grow the timeline
    performance.measure(FIND_RELEASES_MEASURE, { start: started, end: performance.now(), detail: { query: filters.query } });
  }
  return page;
}

/** Name of the User Timing measure written for every search (read by the press bench). */
export const FIND_RELEASES_MEASURE = 'press:find-releases';

async function queryReleases(db: PrDeskDb, filters: ReleaseFilters, limit: number): Promise<ReleasePage> {
  const words = thaiSearchTerms(filters.query);
  if (words.length === 0) return newestReleases(db, filters, limit);
  const index = await readyReleaseIndex(db);
  // The index re-read every release written since its last search first (currentReleaseIndex),
  // so its entries are as fresh as a read would be.
  return index ? answerFromIndex(index, words, filters, limit, (entry) => db.readScope.admits('pressReleases', entry)) : scanReleases(db, filters, limit);
}

/** Newest first by the releaseDate index, stopping at `limit` (no query). */
async function newestReleases(db: PrDeskDb, filters: ReleaseFilters, limit: number): Promise<ReleasePage> {
  const shown = db.shownOnScreen('pressReleases');
  const newest = await db.pressReleases
    .orderBy('releaseDate')
    .reverse()
    .filter((r) => shown(r) && matchesFilters(r, filters))
    .limit(limit + 1)
    .toArray();
  return { rows: newest.slice(0, limit).sort(releaseOrder), more: newest.length > limit };
}

/**
 * The same answer by reading every release: the fallback when the index cannot be built, and
 * the reference the index is tested against.
 */
export async function scanReleases(db: PrDeskDb, filters: ReleaseFilters, limit = PAGE_SIZE): Promise<ReleasePage> {
  const words = thaiSearchTerms(filters.query);
  if (words.length === 0) return newestReleases(db, filters, limit);
  const shown = db.shownOnScreen('pressReleases');
  const found: PressReleaseRecord[] = [];
  await db.pressReleases.each((r) => {
    if (shown(r) && holdsEveryWord(currentReleaseTerms(r), words) && matchesFilters(r, filters)) found.push(r);
  });
  const ranked = rankedAnswer(found, words, (r) => normalizeSearchText(r.headline), releaseOrder);
  return { rows: ranked.slice(0, limit), more: ranked.length > limit };
}
