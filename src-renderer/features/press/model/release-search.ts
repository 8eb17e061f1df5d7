import type { ReleaseStatus } from '../../../../src-main/shared/domain/press';
import { thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';
import type { PrDeskDb, PressReleaseRecord } from '../../../data';

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

export function matchesFilters(release: PressReleaseRecord, filters: ReleaseFilters): boolean {
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

/** The releases the list shows for these filters. */
export async function findReleases(db: PrDeskDb, filters: ReleaseFilters): Promise<PressReleaseRecord[]> {
  const ids = await searchReleaseIds(db, filters.query);
  const rows = ids === null ? await db.pressReleases.toArray() : ((await db.pressReleases.bulkGet([...ids])).filter(Boolean) as PressReleaseRecord[]);
  return rows.filter((r) => matchesFilters(r, filters)).sort(releaseOrder);
}
