/**
 * Thai-aware search terms. Thai has no spaces between words, so a substring search misses
 * nothing but cannot be indexed, and a space split finds only whole phrases. ICU's dictionary
 * segmenter (Intl.Segmenter, the same one Chromium and Node ship) splits Thai into words, so
 * records can carry their terms in a multiEntry index and a query word found in the middle of a
 * body is one index lookup.
 */
import { fromThaiDigits } from './thai-digits';

const words = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Text as compared, the same for a record and for what is typed:
 * - NFKC (full-width Latin and digits as ASCII), then ํ + า folded back into ำ (SARA AM). NFKC
 *   splits ำ, and ICU's dictionary does not know "อําเภอ": it segmented "ที่ว่าการอำเภอ" as
 *   ที่|ว่า|กา|รอําเภอ, so อำเภอ was never a term. A tone mark typed between ํ and า moves back.
 * - Thai digits as Arabic (๒๕๖๘ finds 2568 and the reverse).
 * - A space between Thai letters and digits ("ปี2568งบประมาณ" was one word), and around ๆ, so
 *   ต่างๆ and ต่าง ๆ read alike.
 * - Zero-width characters dropped, Latin lower-cased, one space for any run of white space.
 */
export function normalizeSearchText(text: string): string {
  return fromThaiDigits(text.normalize('NFKC'))
    .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/(?<=[\u0E01-\u0E4F])(?=[0-9])|(?<=[0-9])(?=[\u0E01-\u0E4F])/g, ' ')
    .replace(/\s*\u0E46\s*/g, ' \u0E46 ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct words of a text (letters and digits only; punctuation and spaces dropped), normalized. */
export function thaiSearchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const segment of words.segment(normalizeSearchText(text))) {
    // ๆ repeats the word before it: it is not a word to look for.
    if (segment.isWordLike && segment.segment !== '\u0E46') terms.add(segment.segment);
  }
  return [...terms];
}

/**
 * True when every query term is a term of the record, the last one as a prefix (the user may
 * still be typing it). Works on the output of `thaiSearchTerms` for both sides.
 */
export function termsMatch(recordTerms: readonly string[], queryTerms: readonly string[]): boolean {
  if (queryTerms.length === 0) return true;
  const last = queryTerms.length - 1;
  return queryTerms.every((query, index) =>
    index === last ? recordTerms.some((term) => term.startsWith(query)) : recordTerms.includes(query),
  );
}
