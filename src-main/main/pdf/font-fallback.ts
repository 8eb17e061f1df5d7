import { openSync, type Font } from 'fontkit';
import { join, resolve } from 'node:path';

/**
 * Fonts tried, in order, for a character Laksaman lacks (resources/fonts/README.md). pdfmake
 * has no per-glyph fallback: without these an emoji or a Lao name printed as empty boxes.
 */
export const FALLBACK_FONTS = [
  { family: 'Symbola', file: 'Symbola.ttf' },
  { family: 'NotoSansLao', file: 'NotoSansLao-Regular.ttf' },
  { family: 'NotoSansKhmer', file: 'NotoSansKhmer-Regular.ttf' },
  { family: 'NotoSansMyanmar', file: 'NotoSansMyanmar-Regular.ttf' },
] as const;

/** A piece of text and the font family to print it in (undefined: the document's own). */
export interface FontRun {
  text: string;
  font?: string;
}

/** Splits a string into runs by font, or answers null when the document font has it all. */
export type SplitByFont = (text: string) => FontRun[] | null;

/** Scripts a reader may meet that no bundled font has, named in Thai for the note that replaces them. */
const SCRIPT_NAMES: readonly [RegExp, string][] = [
  [/\p{Script=Han}|\p{Script=Bopomofo}/u, 'อักษรจีน'],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 'อักษรญี่ปุ่น'],
  [/\p{Script=Hangul}/u, 'อักษรเกาหลี'],
  [/\p{Script=Arabic}/u, 'อักษรอาหรับ'],
  [/\p{Script=Devanagari}/u, 'อักษรเทวนาครี'],
  [/\p{Script=Hebrew}/u, 'อักษรฮีบรู'],
  [/\p{Script=Tamil}/u, 'อักษรทมิฬ'],
  [/\p{Extended_Pictographic}/u, 'อีโมจิ'],
];

function scriptName(ch: string): string {
  return SCRIPT_NAMES.find(([pattern]) => pattern.test(ch))?.[1] ?? 'อักขระที่พิมพ์ไม่ได้';
}

/**
 * Characters that belong to the character before them whatever font has them: combining marks,
 * variation selectors (the emoji ️ after ❤), the zero-width joiner of emoji sequences and tag
 * characters. They never start a run of their own.
 */
function attaches(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return /^\p{M}/u.test(ch) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f);
}

/** Emoji skin-tone modifiers (U+1F3FB–U+1F3FF). */
const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/gu;

/** Characters every font is asked for but that print as nothing or whitespace: stay in the current run. */
function neutral(ch: string): boolean {
  return /\s|\u200B/u.test(ch);
}

/**
 * The splitter for the fonts in `fontDir`: each character goes to the document font if it has
 * a glyph, else to the first fallback that has one; a run of characters none has becomes one
 * bracketed note in the document font ("[อักษรจีน]"), never a row of boxes.
 */
export function createFontSplitter(fontDir: string, documentFont: string): SplitByFont {
  const dir = resolve(fontDir);
  // Opened on first use: most documents never need a fallback.
  let fonts: { main: Font; fallbacks: { family: string; font: Font }[] } | null = null;
  const open = () =>
    (fonts ??= {
      main: openSync(join(dir, documentFont)),
      fallbacks: FALLBACK_FONTS.map(({ family, file }) => ({ family, font: openSync(join(dir, file)) })),
    });
  const familyCache = new Map<number, string | null | undefined>();
  /** undefined: the document font; a family: a fallback; null: none has it. */
  const familyOf = (cp: number): string | null | undefined => {
    if (familyCache.has(cp)) return familyCache.get(cp);
    const { main, fallbacks } = open();
    const family = main.hasGlyphForCodePoint(cp) ? undefined : (fallbacks.find(({ font }) => font.hasGlyphForCodePoint(cp))?.family ?? null);
    familyCache.set(cp, family);
    return family;
  };

  return (text) => {
    // A skin tone cannot show in a one-colour emoji; Symbola draws the modifier as a swatch (a box).
    const chars = [...text.replace(SKIN_TONE, '')];
    if (chars.every((ch) => neutral(ch) || familyOf(ch.codePointAt(0) ?? 0) === undefined)) return null;
    const runs: FontRun[] = [];
    let current: { text: string; family: string | null | undefined; missing: string } | null = null;
    const flush = () => {
      if (!current) return;
      if (current.family === null) runs.push({ text: `[${current.missing}]` });
      else runs.push(current.family === undefined ? { text: current.text } : { text: current.text, font: current.family });
      current = null;
    };
    for (const ch of chars) {
      if (current && (attaches(ch) || (neutral(ch) && current.family !== null))) {
        current.text += ch;
        continue;
      }
      const family = neutral(ch) ? undefined : familyOf(ch.codePointAt(0) ?? 0);
      const missing = family === null ? scriptName(ch) : '';
      if (!current || current.family !== family || current.missing !== missing) {
        flush();
        current = { text: '', family, missing };
      }
      current.text += ch;
    }
    flush();
    return mergeDocumentRuns(runs);
  };
}

/** Adjacent runs in the document font (a note next to plain text) joined again. */
function mergeDocumentRuns(runs: FontRun[]): FontRun[] {
  const out: FontRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.font === undefined && run.font === undefined) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}
