import { normalizeSearchText } from '../../../../src-main/shared/text/thai-words';
import type { PressReleaseRecord } from '../../../data';
import { matchesFilters, rankedAnswer, type ReleaseFilters } from './release-filters';

/**
 * What the list needs to match, filter, order and show a release without reading the record:
 * a search answers from memory, with no IndexedDB read between the keystroke and the rows.
 */
export interface ReleaseEntry {
  id: string;
  headline: string;
  numberLabel: string;
  updatedAt: string;
  releaseDate: string;
  number: PressReleaseRecord['number'];
  status: PressReleaseRecord['status'];
  agencyId: PressReleaseRecord['agencyId'];
  tags: PressReleaseRecord['tags'];
  deleted: boolean;
  terms: PressReleaseRecord['terms'];
  /** Who wrote it: an intern sees only the releases they wrote (read-rules.ts). */
  createdBy: string;
  /** The headline as search compares it: a release whose headline holds the words comes first. */
  headlineKey: string;
}

export function releaseEntry(r: PressReleaseRecord): ReleaseEntry {
  return {
    id: r.id,
    headline: r.headline,
    numberLabel: r.numberLabel,
    updatedAt: r.updatedAt,
    releaseDate: r.releaseDate,
    number: r.number,
    status: r.status,
    agencyId: r.agencyId,
    tags: r.tags,
    deleted: r.deleted,
    terms: r.terms,
    createdBy: r.createdBy,
    headlineKey: normalizeSearchText(r.headline),
  };
}

/** Same order as `releaseOrder` (newest first, then number, then id), with plain comparisons: ISO dates and ids sort by code unit. */
export function entryOrder(a: ReleaseEntry, b: ReleaseEntry): number {
  if (a.releaseDate !== b.releaseDate) return a.releaseDate < b.releaseDate ? 1 : -1;
  const byNumber = (b.number ?? 0) - (a.number ?? 0);
  if (byNumber !== 0) return byNumber;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * A compact in-memory copy of the `*terms` index: term → ids, plus each release's few list
 * fields. IndexedDB answers a word found in thousands of releases at ~70 ms per 5,000 index
 * keys on an office PC; here the same lookup is a binary search over the distinct terms and a
 * set intersection, and only the visible page of records is read afterwards.
 */
export class ReleaseTermIndex {
  private readonly entries = new Map<string, ReleaseEntry>();
  private readonly postings = new Map<string, Set<string>>();
  /** Distinct terms, sorted by code unit for prefix ranges; null after a new term arrives. */
  private sorted: string[] | null = null;

  get size(): number {
    return this.entries.size;
  }

  entry(id: string): ReleaseEntry | undefined {
    return this.entries.get(id);
  }

  /** Adds or replaces a release (a replaced release's old terms are dropped first). */
  put(entry: ReleaseEntry): void {
    this.remove(entry.id);
    this.entries.set(entry.id, entry);
    for (const term of entry.terms) {
      let ids = this.postings.get(term);
      if (!ids) {
        ids = new Set();
        this.postings.set(term, ids);
        this.sorted = null;
      }
      ids.add(entry.id);
    }
  }

  remove(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.entries.delete(id);
    for (const term of old.terms) {
      const ids = this.postings.get(term);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) {
        this.postings.delete(term);
        this.sorted = null;
      }
    }
  }

  /** Every tag on a release that is not deleted and `shown`, in Thai order (the tag filter's choices). */
  tags(shown: (entry: ReleaseEntry) => boolean = () => true): string[] {
    const tags = new Set<string>();
    for (const entry of this.entries.values()) if (!entry.deleted && shown(entry)) for (const tag of entry.tags) tags.add(tag);
    return [...tags].sort((a, b) => a.localeCompare(b, 'th'));
  }

  /** The posting lists of every term starting with `prefix`. */
  private prefixLists(prefix: string): Set<string>[] {
    this.sorted ??= [...this.postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const terms = this.sorted;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const lists: Set<string>[] = [];
    for (let i = lo; i < terms.length && (terms[i] as string).startsWith(prefix); i++) {
      const ids = this.postings.get(terms[i] as string);
      if (ids) lists.push(ids);
    }
    return lists;
  }

  /**
   * Ids of the releases holding every word (each as a term prefix). Words are checked rarest
   * first, and later words only test the survivors, so a common word costs its lookups, not a
   * copy of its thousands of ids.
   */
  matching(words: readonly string[]): Set<string> {
    const perWord = words.map((w) => {
      const lists = this.prefixLists(w);
      return { lists, size: lists.reduce((n, l) => n + l.size, 0) };
    });
    perWord.sort((a, b) => a.size - b.size);
    const [rarest, ...rest] = perWord;
    const result = new Set<string>();
    if (!rarest) return result;
    for (const list of rarest.lists) for (const id of list) result.add(id);
    for (const { lists } of rest) {
      for (const id of result) if (!lists.some((l) => l.has(id))) result.delete(id);
      if (result.size === 0) break;
    }
    return result;
  }
}

/**
 * An answer from the index alone: the entries holding every word, `shown` to the person acting,
 * passing the filters, headline matches first then newest first, at most `limit` (the release
 * list's search, and the Thai search bench's).
 */
export function answerFromIndex(index: ReleaseTermIndex, words: readonly string[], filters: ReleaseFilters, limit: number, shown: (entry: ReleaseEntry) => boolean = () => true): { rows: ReleaseEntry[]; more: boolean } {
  const entries: ReleaseEntry[] = [];
  for (const id of index.matching(words)) {
    const entry = index.entry(id);
    if (entry && shown(entry) && matchesFilters(entry, filters)) entries.push(entry);
  }
  const ranked = rankedAnswer(entries, words, (entry) => entry.headlineKey, entryOrder);
  return { rows: ranked.slice(0, limit), more: ranked.length > limit };
}
