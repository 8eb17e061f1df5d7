import type { ReleaseStatus } from '../../../../src-main/shared/domain/press';
import { thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';
import type { PrDeskDb, PressReleaseRecord } from '../../../data';
import { currentReleaseIndex } from './release-index-session';
import { entryOrder, type ReleaseEntry, type ReleaseTermIndex } from './release-term-index';

export interface ReleaseFilters {
  query: string;
  agencyId: string | null;
  status: ReleaseStatus | null;
  tag: string | null;
  /** Inclusive ISO dates on releaseDate; '' for open. */
  from: string;
  to: string;
}

export const NO_FILTERS: ReleaseFilters = { query: '', agencyId: null, status: null, tag: null, from: '', to: '' };

/**
 * Ids of the releases holding every query word, each word as a prefix of one of the release's
 * terms. One multiEntry index range per word, the rarest first, intersected: no record is read.
 */
export async function searchReleaseIds(db: PrDeskDb, query: string): Promise<Set<string> | null> {
  const words = thaiSearchTerms(query);
  if (words.length === 0) return null;
  let result: Set<string> | null = null;
  for (const word of words) {
    const keys = await db.pressReleases.where('terms').startsWith(word).primaryKeys();
    const next = new Set<string>();
    for (const key of keys) if (result === null || result.has(key)) next.add(key);
    result = next;
    if (result.size === 0) break;
  }
  return result;
}

export function matchesFilters(release: Pick<PressReleaseRecord, 'deleted' | 'agencyId' | 'status' | 'tags' | 'releaseDate'>, filters: ReleaseFilters): boolean {
  if (release.deleted) return false;
  if (filters.agencyId && release.agencyId !== filters.agencyId) return false;
  if (filters.status && release.status !== filters.status) return false;
  if (filters.tag && !release.tags.includes(filters.tag)) return false;
  if (filters.from && release.releaseDate < filters.from) return false;
  if (filters.to && release.releaseDate > filters.to) return false;
  return true;
}

/** Newest first; numbered releases by number within a day. */
export function releaseOrder(a: PressReleaseRecord, b: PressReleaseRecord): number {
  return b.releaseDate.localeCompare(a.releaseDate) || (b.number ?? 0) - (a.number ?? 0) || b.id.localeCompare(a.id);
}

/** How many rows the list loads at first; "show more" adds as many again. */
export const PAGE_SIZE = 200;

export interface ReleasePage {
  rows: PressReleaseRecord[];
  /** True when more releases match than were loaded. */
  more: boolean;
}

/**
 * Ids in `ids`, newest release date first, after skipping `skip` of them: a key cursor on the
 * releaseDate index that stops as soon as it has `want` (Dexie has no early-stopping key walk).
 */
function newestMatching(db: PrDeskDb, ids: ReadonlySet<string>, skip: number, want: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction('pressReleases').objectStore('pressReleases').index('releaseDate').openKeyCursor(null, 'prev');
    const out: string[] = [];
    let seen = 0;
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || out.length >= want) {
        resolve(out);
        return;
      }
      const id = cursor.primaryKey as string;
      if (ids.has(id) && seen++ >= skip) out.push(id);
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('release index read failed'));
  });
}

/**
 * The releases the list shows for these filters, newest first, at most `limit`. Without a
 * query the releaseDate index is walked backwards and stops at `limit`, so 20,000 releases
 * never load at once; with a query only the matching records are read, and for a word found
 * in thousands only the newest page of them.
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
  const index = filters.query ? await currentReleaseIndex(db) : null;
  if (index) return fromMemoryIndex(db, index, filters, limit);
  return fromIndexedDb(db, filters, limit);
}

/**
 * Matching, filtering and ordering on the in-memory index; only the page shown is read from
 * IndexedDB (and checked again against the stored records).
 */
async function fromMemoryIndex(db: PrDeskDb, index: ReleaseTermIndex, filters: ReleaseFilters, limit: number): Promise<ReleasePage> {
  const words = thaiSearchTerms(filters.query);
  if (words.length === 0) return fromIndexedDb(db, filters, limit);
  const entries: ReleaseEntry[] = [];
  for (const id of index.matching(words)) {
    const entry = index.entry(id);
    if (entry && matchesFilters(entry, filters)) entries.push(entry);
  }
  entries.sort(entryOrder);
  const shown = entries.slice(0, limit).map((e) => e.id);
  const rows = (await db.pressReleases.bulkGet(shown)).filter((r): r is PressReleaseRecord => r !== undefined && matchesFilters(r, filters));
  return { rows: rows.sort(releaseOrder), more: entries.length > limit };
}

/** The same answer from the IndexedDB indexes alone (before the in-memory index is built; tests compare the two). */
export async function fromIndexedDb(db: PrDeskDb, filters: ReleaseFilters, limit = PAGE_SIZE): Promise<ReleasePage> {
  const ids = await searchReleaseIds(db, filters.query);
  if (ids === null) {
    const newest = await db.pressReleases
      .orderBy('releaseDate')
      .reverse()
      .filter((r) => matchesFilters(r, filters))
      .limit(limit + 1)
      .toArray();
    return { rows: newest.slice(0, limit).sort(releaseOrder), more: newest.length > limit };
  }
  if (ids.size <= limit * 2) {
    const found = (await db.pressReleases.bulkGet([...ids])).filter((r): r is PressReleaseRecord => r !== undefined && matchesFilters(r, filters)).sort(releaseOrder);
    return { rows: found.slice(0, limit), more: found.length > limit };
  }
  const rows: PressReleaseRecord[] = [];
  let skip = 0;
  while (rows.length <= limit) {
    const batch = await newestMatching(db, ids, skip, limit + 1 - rows.length);
    if (batch.length === 0) break;
    skip += batch.length;
    for (const r of await db.pressReleases.bulkGet(batch)) if (r && matchesFilters(r, filters)) rows.push(r);
  }
  return { rows: rows.slice(0, limit).sort(releaseOrder), more: rows.length > limit };
}
