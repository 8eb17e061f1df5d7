/**
 * Line-break hints for Thai text in documents. Thai writes no spaces between words, so a layout
 * engine that breaks only at spaces (pdfmake) breaks mid-word or overflows. We put U+200B ZERO
 * WIDTH SPACE at word boundaries found by `Intl.Segmenter`; the PDF font maps it to an empty
 * glyph (resources/fonts/README.md) and text extraction drops it.
 *
 * The hints also split mixed Latin/Thai text into script runs: pdfmake lays out each piece
 * between break opportunities separately and fontkit picks the shaping script from a piece's
 * first letter, so Thai that follows Latin in the same piece ("Aวันที่") would be shaped as
 * Latin and its marks would lose their Thai positioning.
 */

import { insideUnit, keepWholeUnits, leadingTitleLength } from './thai-units';

export const BREAK_HINT = '\u200B';

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Longest run of grapheme clusters left without a break opportunity (fits a 16 pt body line). */
export const DEFAULT_MAX_CLUSTER_RUN = 24;

/** Thai letters and marks, not Thai digits: a boundary next to one is a Thai word boundary. */
function isThaiLetter(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x0e01 && cp <= 0x0e4e;
}

/** Letters and digits of other scripts, whose shaping must not swallow following Thai. */
function isOtherLetterOrDigit(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch) && !/[\u0E00-\u0E7F]/u.test(ch);
}

function isWhitespace(ch: string): boolean {
  return /\s/u.test(ch) || ch === BREAK_HINT;
}

/** White space a line may break at: any but the no-break spaces (U+00A0, U+2007, U+202F). */
const BREAKABLE_SPACE = `[^\\S\u00A0\u2007\u202F]|${BREAK_HINT}`;

/**
 * Characters that may not start a line: combining marks (a mark without its base prints on
 * nothing), SARA AM and LAKKHANGYAO (they attach to the letter before), MAI YAMOK and PAIYANNOI
 * (they repeat or abbreviate the word before), and closing punctuation.
 */
export function isNoBreakBefore(ch: string): boolean {
  return /[\p{M}\u0E33\u0E45\u0E46\u0E2F,.:;!?)\]}%”’»…]/u.test(ch);
}

/** Characters that may not end a line: Thai leading vowels (เ แ โ ใ ไ) and opening punctuation. */
export function isNoBreakAfter(ch: string): boolean {
  return /[\u0E40-\u0E44([{“‘«]/u.test(ch);
}

/** A combining mark (Unicode category M): what must never begin a printed line. */
export function isCombiningMark(ch: string): boolean {
  return /^\p{M}/u.test(ch);
}

export function stripBreakHints(text: string): string {
  return text.replaceAll(BREAK_HINT, '');
}

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.slice(index - 1, index);
}

function codePointAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

function mayBreakBetween(before: string, after: string): boolean {
  if (isWhitespace(before) || isWhitespace(after)) return false;
  if (isNoBreakBefore(after) || isNoBreakAfter(before)) return false;
  return true;
}

/** Word boundaries next to a Thai letter, plus every Thai/non-Thai transition. */
function thaiBoundaries(text: string): Set<number> {
  const found = new Set<number>();
  for (const { index } of words.segment(text)) {
    if (index === 0) continue;
    if (isThaiLetter(codePointBefore(text, index)) || isThaiLetter(codePointAt(text, index))) {
      found.add(index);
    }
  }
  // ICU keeps "Aวัน" and "19ระลอก" together; a script change is a boundary for us.
  for (let i = 1; i < text.length; i++) {
    const before = codePointBefore(text, i);
    const after = codePointAt(text, i);
    if (isThaiLetter(before) !== isThaiLetter(after) && !isCombiningMark(after)) found.add(i);
  }
  return found;
}

/**
 * Where Thai follows another script's letter or digit in one unbroken piece, a hint is required
 * whatever the punctuation rules say, or the Thai is shaped as Latin. It goes right after the
 * last non-Thai letter/digit, so "A(ข่าว)" splits as "A" | "(ข่าว)".
 */
function forcedScriptBreaks(text: string, chosen: Set<number>): Set<number> {
  const forced = new Set<number>();
  let lastOther = -1; // index just after the last non-Thai letter/digit in the current piece
  for (let i = 0; i < text.length; ) {
    const ch = codePointAt(text, i);
    if (chosen.has(i) || forced.has(i) || isWhitespace(ch)) lastOther = -1;
    if (isThaiLetter(ch) && !isCombiningMark(ch) && lastOther > 0) {
      forced.add(lastOther);
      lastOther = -1;
    }
    // a mark belongs to the letter before it: the split goes after the mark, never before it
    if (isOtherLetterOrDigit(ch) || (isCombiningMark(ch) && lastOther === i)) lastOther = i + ch.length;
    i += ch.length;
  }
  return forced;
}

/** Splits pieces longer than `max` clusters so no unbreakable piece overflows a line. */
function capRuns(text: string, max: number): string {
  const out: string[] = [];
  let run = 0;
  for (const { segment } of graphemes.segment(text)) {
    const first = codePointAt(segment, 0);
    if (isWhitespace(first)) {
      run = 0;
    } else {
      if (run >= max && !isNoBreakBefore(first)) {
        out.push(BREAK_HINT);
        run = 0;
      }
      run++;
    }
    out.push(segment);
  }
  return out.join('');
}

export interface BreakHintOptions {
  /** Longest run of grapheme clusters without a break opportunity; narrow columns pass less. */
  maxClusterRun?: number;
}

/**
 * Inserts U+200B where a line may break inside Thai text, and where mixed-script text must be
 * split. Never before a combining mark, SARA AM or closing punctuation; never after a leading
 * vowel; never inside a name, an abbreviation, a place or a compound (thai-units), whose spaces
 * become no-break spaces. Idempotent: existing hints are removed first.
 */
export function insertBreakHints(text: string, options: BreakHintOptions = {}): string {
  const max = Math.max(1, options.maxClusterRun ?? DEFAULT_MAX_CLUSTER_RUN);
  const units = keepWholeUnits(stripBreakHints(text));
  const clean = units.text;
  if (clean === '') return clean;
  const chosen = new Set<number>();
  for (const index of thaiBoundaries(clean)) {
    if (insideUnit(units, index)) continue;
    if (mayBreakBetween(codePointBefore(clean, index), codePointAt(clean, index))) chosen.add(index);
  }
  for (const index of forcedScriptBreaks(clean, chosen)) chosen.add(index);
  const positions = [...chosen].sort((a, b) => a - b);
  let withHints = '';
  let last = 0;
  for (const position of positions) {
    withHints += clean.slice(last, position) + BREAK_HINT;
    last = position;
  }
  withHints += clean.slice(last);
  return capRuns(withHints, max);
}

/** A no-break space that may become a break when a unit is wider than its column (not the one before ๆ). */
// Not the one after the surname particle ณ (ณ สงขลา): the surname stays whole there.
const NO_BREAK_SPACE_TO_OPEN = /(?<!(?:^|[\s\u00A0\u2007\u202F])ณ)[\u00A0\u2007\u202F](?![\u0E46\u0E2F])/u;

/** Width of a piece of text in points, as the PDF font will set it. */
export type MeasureText = (text: string) => number;

/**
 * Adds hints inside the pieces (runs between breakable spaces and hints) that are wider than
 * `maxWidth`, so each part fits; pieces that fit are left whole. A piece is measured whole, no-break
 * spaces and all, as pdfmake will set it: "นางสาวกัญญ์ณัฏฐ์ ศรีสุข" is one piece. One too wide
 * for its column breaks first at its no-break spaces (between first name and surname), and only
 * a part still too wide between grapheme clusters. Used for table columns of known width, where
 * a long word would otherwise overflow into the next column or be cut by pdfmake at an
 * arbitrary code unit (possibly before a mark).
 */
export function breakOverwidePieces(text: string, maxWidth: number, measure: MeasureText): string {
  return text.replace(new RegExp(`(?:(?!${BREAKABLE_SPACE}).)+`, 'gsu'), (piece) => {
    if (measure(piece) <= maxWidth) return piece;
    if (NO_BREAK_SPACE_TO_OPEN.test(piece)) {
      return piece
        .split(NO_BREAK_SPACE_TO_OPEN)
        .map((part) => breakOverwidePieces(part, maxWidth, measure))
        .join(' ');
    }
    return breakToFit(piece, maxWidth, measure);
  });
}

/**
 * Parts of text joined where no line may break between them: a part that opens with white space
 * (a no-break space), a mark, ๆ, ฯ or closing punctuation goes with the part before, and ฯลฯ is
 * one part.
 */
function glued(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    const first = codePointAt(part, 0);
    const joins = last !== undefined && (isWhitespace(first) || isNoBreakBefore(first) || (last.endsWith('ฯ') && part === 'ล'));
    if (joins) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

/**
 * A piece too wide for its column, filled greedily: whole words (ICU's, or a title and its
 * name) while they fit, and a word wider than the column between grapheme clusters. Never
 * before a mark, ๆ, ฯ or closing punctuation, nor at a no-break space before one.
 */
function breakToFit(piece: string, maxWidth: number, measure: MeasureText): string {
  const out: string[] = [];
  let current = '';
  const add = (atom: string) => {
    if (current !== '' && measure(current + atom) > maxWidth) {
      out.push(current, BREAK_HINT);
      current = '';
    }
    current += atom;
  };
  // After a title comes a name, which ICU's dictionary cuts anywhere (กัญ|ญ์ณัฏฐ์): the title
  // is one word and the name another, split between clusters only if it alone is too wide.
  const title = leadingTitleLength(piece);
  const parts = title > 0 ? [piece.slice(0, title), piece.slice(title)].filter(Boolean) : [...words.segment(piece)].map((s) => s.segment);
  for (const word of glued(parts)) {
    if (measure(word) <= maxWidth) add(word);
    else for (const cluster of glued([...graphemes.segment(word)].map((s) => s.segment))) add(cluster);
  }
  out.push(current);
  return out.join('');
}
