import type { PressRelease, ReleaseContent } from '../../../../src-main/shared/domain/press';
import { thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';

/**
 * Which rules made a release's stored terms, kept as the last term (no query term starts with
 * U+0001, so it never matches). Bumped whenever thaiSearchTerms changes what it gives: terms
 * without the current mark were made by an older version (or arrived from a workstation that
 * still runs one) and are made again (release-terms-refresh.ts). v2: ำ kept whole, Thai digits,
 * ๆ, abbreviations and digits glued to Thai (issue 21).
 */
export const RELEASE_TERMS_MARK = '\u0001terms-v2';

/**
 * The words a release is found by: headline, dateline, lead, body, quotes, tags and its
 * number, then the version mark. The bench seeder computes them the same way (a test holds it
 * to that: bench/seed/press-terms.test.ts).
 */
export function releaseTerms(content: Pick<ReleaseContent, 'headline' | 'dateline' | 'lead' | 'body' | 'quotes' | 'tags'>, numberLabel = ''): string[] {
  const text = [
    content.headline,
    content.dateline,
    content.lead,
    content.body,
    ...content.quotes.flatMap((q) => [q.speaker, q.text]),
    ...content.tags,
    numberLabel,
  ].join('\n');
  return [...thaiSearchTerms(text), RELEASE_TERMS_MARK];
}

/** Were these terms made by the current rules? */
export function termsAreCurrent(terms: readonly string[]): boolean {
  return terms[terms.length - 1] === RELEASE_TERMS_MARK;
}

/** The release's terms by the current rules: as stored when current, made again when not (a few records, not a whole table). */
export function currentReleaseTerms(release: Pick<PressRelease, 'headline' | 'dateline' | 'lead' | 'body' | 'quotes' | 'tags' | 'numberLabel' | 'terms'>): string[] {
  return termsAreCurrent(release.terms) ? release.terms : releaseTerms(release, release.numberLabel);
}
