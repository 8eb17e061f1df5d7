/**
 * Thai-aware search terms. Thai has no spaces between words, so a substring search misses
 * nothing but cannot be indexed, and a space split finds only whole phrases. ICU's dictionary
 * segmenter (Intl.Segmenter, the same one Chromium and Node ship) splits Thai into words, so
 * records can carry their terms in a multiEntry index and a query word found in the middle of a
 * body is one index lookup.
 */
import { WORD_START, midSyllable, placeAt } from './thai-places';

const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Characters that take no space and change nothing a reader sees (ZWSP, ZWJ/ZWNJ, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
/** A Thai letter or mark (not a Thai digit), next to an Arabic digit: "ข่าวที่5", "อุทกภัย2568". */
const THAI_THEN_DIGIT = /([\u0E01-\u0E4F])(?=[0-9])/g;
const DIGIT_THEN_THAI = /([0-9])(?=[\u0E01-\u0E4F])/g;
/** A dot inside a dotted Thai abbreviation, before its next letter-and-dot: the first dot of "ธ.ค.", "น.ส.". */
const ABBREVIATION_INNER_DOT = /([\u0E01-\u0E2E])\.(?=[\u0E01-\u0E2E]\.)/g;
/**
 * ต. อ. จ. before a place, written apart from the word before (official style): ตำบล, อำเภอ,
 * จังหวัด, so "ต.ปาดังเบซาร์" is found by "ตำบลปาดังเบซาร์" and the reverse. Not after a Thai
 * letter: there the letter ends another abbreviation ("สสจ.สงขลา").
 */
const PLACE_ABBREVIATION = /(^|[^\u0E01-\u0E4F])([ตอจ])\.(?=\s*[\u0E01-\u0E2E\u0E40-\u0E44])/g;
const PLACE_WORDS: Readonly<Record<string, string>> = { ต: 'ตำบล', อ: 'อำเภอ', จ: 'จังหวัด' };
/** Any other dot after Thai: ends an abbreviation ("ปภ.จังหวัด", "อ.เมือง", "พ.ศ.2568"). */
const DOT_AFTER_THAI = /([\u0E01-\u0E4F])\./g;

/**
 * Text as compared, the same for what is stored and what is typed:
 * - NFKC (full-width Latin, ligatures), then ำ put back together: NFKC splits SARA AM into
 *   ํ + า, and ICU's dictionary no longer knows อำเภอ, พื้นที่ or อุทกภัย in running text;
 * - invisible characters dropped; Thai digits as Arabic (๒๕๖๘ finds 2568 and the reverse);
 * - ๆ as its own word ("ต่างๆ" is "ต่าง ๆ"); digits glued to Thai set apart ("ที่5" is "ที่ 5");
 * - dotted abbreviations the same with or without their dots ("ธ.ค." is "ธค", "ปภ.จังหวัด" is
 *   "ปภ จังหวัด"), so ICU does not read "ปภ.จังหวัด" as one word; ต. อ. จ. before a place
 *   spelled out (ตำบล, อำเภอ, จังหวัด);
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
    .replace(PLACE_ABBREVIATION, (_match, before: string, letter: string) => `${before}${PLACE_WORDS[letter] ?? letter} `)
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

/**
 * Titles before a personal name, as normalizeSearchText leaves them (น.ส. is นส). ICU often
 * reads a title into an unknown name ("นายมูฮัมหมัด" as นา|ยมู|ฮัม|หมัด) and the name is then
 * never found by itself; such a title is set apart first.
 */
const TITLES = ['นางสาว', 'นาย', 'นาง', 'นส', 'ดช', 'ดญ'] as const;
const DIGITS = /^[0-9]+$/;
/**
 * Names kept whole, where ICU's dictionary would not: a title ICU split into the name after it
 * is set apart, and a gazetteer place starting where ICU starts a word is set apart from what
 * surrounds it, so ICU reads the name the same way in running text as typed alone in the search
 * box. Answers the text to segment and the places found (each also a term of its own: a query
 * for ท่าช้าง then needs the place, not ท่า and ช้าง from two other names).
 */
function keepNamesWhole(text: string): { text: string; places: string[] } {
  const cuts = new Set<number>();
  const found: string[] = [];
  for (const segment of words.segment(text)) {
    if (!segment.isWordLike) continue;
    const at = segment.index;
    const end = at + segment.segment.length;
    const title = TITLES.find((t) => text.startsWith(t, at));
    if (title && end < at + title.length && WORD_START.test(text.charAt(at + title.length))) {
      cuts.add(at + title.length);
      continue;
    }
    const place = placeAt(text, at);
    // A place must end where a word may begin (นายม, a sub-district, is not in "นายมูฮัมหมัด").
    if (place && place !== segment.segment && !midSyllable(text.charAt(at + place.length))) {
      found.push(place);
      cuts.add(at);
      cuts.add(at + place.length);
    }
  }
  if (cuts.size === 0) return { text, places: found };
  let spaced = '';
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= 0 || cut >= text.length) continue;
    spaced += `${text.slice(from, cut)} `;
    from = cut;
  }
  return { text: spaced + text.slice(from), places: found };
}

/**
 * The distinct words of a text (letters and digits only; punctuation, spaces and ๆ dropped),
 * normalized, with names kept whole (keepNamesWhole): the same function makes a record's terms
 * and a query's.
 */
export function thaiSearchTerms(text: string): string[] {
  const kept = keepNamesWhole(normalizeSearchText(text));
  const terms = new Set<string>();
  let previous: { word: string; end: number } | null = null;
  for (const segment of words.segment(kept.text)) {
    // ๆ repeats the word before it: a word of its own to ICU, but nothing to search for.
    if (!segment.isWordLike || segment.segment === '\u0E46') continue;
    terms.add(segment.segment);
    // A number and the word next to it also as one term ("12 ล้าน", "ธค 2568", "ที่ 5"), so
    // "12 ล้านบาท" is not answered by a release of 120 ล้านบาท dated the 12th.
    const gap = previous ? kept.text.slice(previous.end, segment.index) : '';
    if (previous && /^ ?$/.test(gap) && DIGITS.test(previous.word) !== DIGITS.test(segment.segment)) terms.add(`${previous.word} ${segment.segment}`);
    previous = { word: segment.segment, end: segment.index + segment.segment.length };
  }
  for (const place of kept.places) terms.add(place);
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
