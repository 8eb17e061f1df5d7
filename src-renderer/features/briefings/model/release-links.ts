import type { PressRelease } from '../../../../src-main/shared/domain/press';
import { termsMatch } from '../../../../src-main/shared/text/thai-words';
import type { PressReleaseRecord } from '../../../data';

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

/** Printed list: the linked releases (number + headline), then older free-text lines as typed. */
export function printedReleaseLines(ids: readonly string[], legacy: readonly string[], refs: readonly ReleaseRef[], unnumbered: string): string[] {
  const byId = new Map(refs.map((r) => [r.id, r]));
  const linked = ids.flatMap((id) => {
    const ref = byId.get(id);
    return ref ? [releaseLine(ref, unnumbered)] : [];
  });
  return [...linked, ...legacy.filter((line) => line.trim() !== '')];
}
