import type { PressRelease } from '../../../../src-main/shared/domain/press';
import { termsMatch, thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';
import type { PrDeskDb, PressReleaseRecord } from '../../../data';
import { searchReleaseIds } from '../../press';

/** What a briefing shows and prints of a linked press release. */
export interface ReleaseRef {
  id: string;
  /** As printed ("ข่าวที่ 245/2569"); '' while the release has no number yet. */
  numberLabel: string;
  headline: string;
  releaseDate: string;
}

export function releaseRef(r: Pick<PressReleaseRecord, 'id' | 'numberLabel' | 'headline' | 'releaseDate'>): ReleaseRef {
  return { id: r.id, numberLabel: r.numberLabel, headline: r.headline, releaseDate: r.releaseDate };
}

/** "ข่าวที่ 245/2569 หัวข่าว": the number first, as a reader looks a release up by it. */
export function releaseLine(ref: Pick<ReleaseRef, 'numberLabel' | 'headline'>, unnumbered: string): string {
  return `${ref.numberLabel || unnumbered} ${ref.headline}`;
}

/** True when the release holds every query word (its stored terms cover text and number). */
export function releaseMatches(release: Pick<PressRelease, 'terms'>, queryTerms: readonly string[]): boolean {
  return termsMatch(release.terms, queryTerms);
}

/**
 * Releases for the picker: the newest when nothing is typed; otherwise those holding every
 * typed word. Candidates come from the press module's in-memory term index, so a province's
 * thousands of releases are never all read; only the candidates are.
 */
export async function searchReleaseRefs(db: PrDeskDb, query: string, limit = 30): Promise<ReleaseRef[]> {
  const words = thaiSearchTerms(query);
  if (words.length === 0) {
    const newest = await db.pressReleases.orderBy('releaseDate').reverse().filter((r) => !r.deleted).limit(limit).toArray();
    return newest.map(releaseRef);
  }
  const ids = (await searchReleaseIds(db, query)) ?? new Set<string>();
  const candidates = (await db.pressReleases.bulkGet([...ids])).filter((r): r is PressReleaseRecord => r !== undefined);
  return candidates
    .filter((r) => !r.deleted && releaseMatches(r, words))
    .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || (b.number ?? 0) - (a.number ?? 0))
    .slice(0, limit)
    .map(releaseRef);
}

/** The linked releases in the order they were linked; a release deleted since is left out. */
export async function loadReleaseRefs(db: PrDeskDb, ids: readonly string[]): Promise<ReleaseRef[]> {
  const rows = await db.pressReleases.bulkGet([...ids]);
  return rows.filter((r): r is PressReleaseRecord => r !== undefined && !r.deleted).map(releaseRef);
}

/** Printed list: the linked releases (number + headline), then older free-text lines as typed. */
export function printedReleaseLines(ids: readonly string[], legacy: readonly string[], refs: readonly ReleaseRef[], unnumbered: string): string[] {
  const byId = new Map(refs.map((r) => [r.id, r]));
  const linked = ids.flatMap((id) => {
    const ref = byId.get(id);
    return ref ? [releaseLine(ref, unnumbered)] : [];
  });
  return [...linked, ...legacy.filter((line) => line.trim() !== '')];
}
