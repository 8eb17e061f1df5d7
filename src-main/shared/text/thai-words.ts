/**
 * Thai-aware search terms. Thai has no spaces between words, so a substring search misses
 * nothing but cannot be indexed, and a space split finds only whole phrases. ICU's dictionary
 * segmenter (Intl.Segmenter, the same one Chromium and Node ship) splits Thai into words, so
 * records can carry their terms in a multiEntry index and a query word found in the middle of a
 * body is one index lookup.
 */
const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Characters that take no space and change nothing a reader sees (ZWSP, ZWJ/ZWNJ, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
/** A Thai letter or mark (not a Thai digit), next to an Arabic digit: "ข่าวที่5", "อุทกภัย2568". */
const THAI_THEN_DIGIT = /([\u0E01-\u0E4F])(?=[0-9])/g;
const DIGIT_THEN_THAI = /([0-9])(?=[\u0E01-\u0E4F])/g;
/** A dot inside a dotted Thai abbreviation, before its next letter-and-dot: the first dot of "ธ.ค.", "น.ส.". */
const ABBREVIATION_INNER_DOT = /([\u0E01-\u0E2E])\.(?=[\u0E01-\u0E2E]\.)/g;
/** Any other dot after Thai: ends an abbreviation ("ปภ.จังหวัด", "อ.เมือง", "พ.ศ.2568"). */
const DOT_AFTER_THAI = /([\u0E01-\u0E4F])\./g;

/**
 * Text as compared, the same for what is stored and what is typed:
 * - NFKC (full-width Latin, ligatures), then ำ put back together: NFKC splits SARA AM into
 *   ํ + า, and ICU's dictionary no longer knows อำเภอ, พื้นที่ or อุทกภัย in running text;
 * - invisible characters dropped; Thai digits as Arabic (๒๕๖๘ finds 2568 and the reverse);
 * - ๆ as its own word ("ต่างๆ" is "ต่าง ๆ"); digits glued to Thai set apart ("ที่5" is "ที่ 5");
 * - dotted abbreviations the same with or without their dots ("ธ.ค." is "ธค", "ปภ.จังหวัด" is
 *   "ปภ จังหวัด"), so ICU does not read "ปภ.จังหวัด" as one word;
 * - Latin lower-cased; one space for any run of white space.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(INVISIBLE, '')
    .replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .toLowerCase()
    .replace(/\s*\u0E46\s*/g, ' \u0E46 ')
    .replace(THAI_THEN_DIGIT, '$1 ')
    .replace(DIGIT_THEN_THAI, '$1 ')
    .replace(ABBREVIATION_INNER_DOT, '$1')
    .replace(DOT_AFTER_THAI, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
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
    // ๆ repeats the word before it: a word of its own to ICU, but nothing to search for.
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
