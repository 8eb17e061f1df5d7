import type { ReleaseStatus } from '../../../../src-main/shared/domain/press';
import type { PressReleaseRecord } from '../../../data';

// The release list's filters and order: the rules findReleases (data/release-search.ts) applies.

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

/** True when every word is a prefix of one of the terms (the in-memory index's rule). */
export function holdsEveryWord(terms: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => terms.some((term) => term.startsWith(word)));
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

/**
 * Does the headline (as `normalizeSearchText` gives it) hold every query word? Such releases come
 * first in an answer: a headline is what people look a release up by.
 */
export function headlineHolds(headlineKey: string, words: readonly string[]): boolean {
  return words.every((word) => headlineKey.includes(word));
}

/** `rows` in answer order: headline matches first, then `order` (newest first) within each group. */
export function rankedAnswer<T>(rows: readonly T[], words: readonly string[], headlineKeyOf: (row: T) => string, order: (a: T, b: T) => number): T[] {
  const inHeadline = new Set(rows.filter((row) => headlineHolds(headlineKeyOf(row), words)));
  return [...rows].sort((a, b) => Number(inHeadline.has(b)) - Number(inHeadline.has(a)) || order(a, b));
}

/** How many rows the list loads at first; "show more" adds as many again. */
export const PAGE_SIZE = 200;
