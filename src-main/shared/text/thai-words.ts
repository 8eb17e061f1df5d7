/**
 * Thai-aware search terms. Thai has no spaces between words, so a substring search misses
 * nothing but cannot be indexed, and a space split finds only whole phrases. ICU's dictionary
 * segmenter (Intl.Segmenter, the same one Chromium and Node ship) splits Thai into words, so
 * records can carry their terms in a multiEntry index and a query word found in the middle of a
 * body is one index lookup.
 */
const words = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Text as compared: NFKC, so ำ (SARA AM) and ํ + า (as some keyboards and PDFs produce it)
 * are the same; lower-cased Latin; one space for any run of white space.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True when the text holds every space-separated word of the query, anywhere (Thai has no
 * spaces between words, so a word typed may sit inside a longer run). An empty query matches.
 */
export function containsEveryWord(text: string, query: string): boolean {
  const words = normalizeSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeSearchText(text);
  return words.every((word) => haystack.includes(word));
}

/** The distinct words of a text (letters and digits only; punctuation and spaces dropped), normalized. */
export function thaiSearchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const segment of words.segment(normalizeSearchText(text))) {
    if (segment.isWordLike) terms.add(segment.segment);
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
