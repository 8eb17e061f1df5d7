import { thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';
import type { PrDeskDb, PressReleaseRecord } from '../../../data';
import { currentReleaseTerms, searchReleaseIds } from '../../press/data';
import { releaseMatches, releaseRef, type ReleaseRef } from '../model/release-links';

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
    .filter((r) => !r.deleted && releaseMatches({ terms: currentReleaseTerms(r) }, words))
    .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || (b.number ?? 0) - (a.number ?? 0))
    .slice(0, limit)
    .map(releaseRef);
}

/** The linked releases in the order they were linked; a release deleted since is left out. */
export async function loadReleaseRefs(db: PrDeskDb, ids: readonly string[]): Promise<ReleaseRef[]> {
  const rows = await db.pressReleases.bulkGet([...ids]);
  return rows.filter((r): r is PressReleaseRecord => r !== undefined && !r.deleted).map(releaseRef);
}
