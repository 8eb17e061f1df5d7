/**
 * What a Thai typesetter never breaks over two lines, found in running text:
 * - a personal name with its title and surname ("นายสมชาย ใจดี", "ดร.ณัฐวุฒิ พิพัฒน์ผล",
 *   "ว่าที่ร้อยตรีหญิงปิยะนุช ทองคำ");
 * - a dotted abbreviation ("ธ.ค.", "พ.ต.อ.", "ผวจ.");
 * - a place of the gazetteer ("ประจวบคีรีขันธ์", "แม่ริม");
 * - a bound prefix with its word ("ผู้ประสบภัย", "ความร่วมมือ");
 * - ๆ and ฯ with the word before, though a space is written between them ("ต่าง ๆ");
 * - a number with the word after it ("3,000 คน", "14.30 น.").
 * thai-break puts no break hint inside a unit, and the spaces inside one become no-break spaces.
 */
import { WORD_START, midSyllable, placeAt } from './thai-places';

export const NO_BREAK_SPACE = '\u00A0';

const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Titles written before a name without a space, longest first (a "หญิง" title before its short form). */
const PERSON_TITLES = [
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยโทหญิง',
  'ว่าที่ร้อยเอกหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ร้อยโท',
  'ว่าที่ร้อยเอก',
  'เด็กหญิง',
  'เด็กชาย',
  'นางสาว',
  'นาง',
  'นาย',
] as const;

/**
 * Words that follow นาย or นาง as a common noun, not as a name (ICU reads "นายอำเภอ" as นาย|อำเภอ):
 * นายอำเภอ, นายทหาร, นายจ้าง, นางพยาบาล, นางงาม…
 */
const NOT_A_NAME = new Set([
  'อำเภอ', 'ทหาร', 'ตำรวจ', 'ทะเบียน', 'ช่าง', 'ด่าน', 'สิบ', 'ร้อย', 'พัน', 'พล', 'จ้าง', 'ทุน', 'ประกัน',
  'หน้า', 'งาน', 'ห้าง', 'แบบ', 'ท่า', 'เวร', 'สถานี', 'ตรวจ', 'พยาบาล', 'เอก', 'งาม', 'รำ', 'ฟ้า', 'ร้าย',
  'กำนัล', 'สนม', 'พญา', 'บ้าน',
]);

/**
 * Words that make a compound with the word after them and are not read alone: ผู้ประสบภัย,
 * นักข่าว, ความร่วมมือ, การประชุม, ชาวบ้าน. A break right after one reads as a mistake.
 */
const BOUND_PREFIXES = new Set(['ผู้', 'นัก', 'ความ', 'การ', 'ชาว']);

/** Groups of one to four Thai letters, each closed by a dot: ธ.ค., พ.ต.อ., ผวจ., ศ.ดร. */
const ABBREVIATION = /(?:[\u0E01-\u0E2E][\u0E01-\u0E4E]{0,3}\.)+/y;
/** A first name or surname: Thai letters and marks only, up to this many code units. */
const NAME_PART = /[\u0E01-\u0E4E]{1,30}/y;
/** What may follow a whole name: the end, white space or punctuation, not more letters. */
const NAME_END = /^(?:$|[\s,.;:)\]”’"'!?/-])/u;

/** Spaces written before ๆ or ฯ (ฯลฯ): the mark may not begin a line, so the space may not break. */
const SPACE_BEFORE_REPEAT = / +(?=[\u0E46\u0E2F])/g;
/** A space between a number and the Thai word after it: "3,000 คน", "14.30 น.", "2 ตำแหน่ง" stay on one line. */
const SPACE_AFTER_NUMBER = /(?<=[0-9\u0E50-\u0E59]) (?=[\u0E01-\u0E2E\u0E40-\u0E44])/g;

export interface KeepWhole {
  /** The text, with no-break spaces inside names, after numbers and before ๆ and ฯ. Same length as the input. */
  text: string;
  /** Half-open ranges no break may fall strictly inside, in order of start. */
  spans: { start: number; end: number }[];
  /** Word boundaries where no break may fall (after a bound prefix). */
  glued: Set<number>;
}

/**
 * The particle of surnames granted to descendants of provincial rulers: ณ อยุธยา, ณ สงขลา,
 * ณ นคร, ณ ระนอง. Written with a space, yet part of the surname: ณ may not end a line alone.
 */
const SURNAME_PARTICLE = 'ณ ';

/**
 * A name after its title at `at`: first name, and a surname after one space if it ends cleanly.
 * `particle` is the space inside a surname such as "ณ สงขลา", which must not break either.
 */
function nameAfterTitle(text: string, at: number): { end: number; space: number | null; particle?: number } | null {
  NAME_PART.lastIndex = at;
  const first = NAME_PART.exec(text);
  if (!first) return null;
  const firstEnd = at + first[0].length;
  if (!NAME_END.test(text.slice(firstEnd))) return null; // runs on into the sentence: the end is unknown
  if (text[firstEnd] !== ' ') return { end: firstEnd, space: null };
  const particle = text.startsWith(SURNAME_PARTICLE, firstEnd + 1) ? SURNAME_PARTICLE.length : 0;
  const surnameStart = firstEnd + 1 + particle;
  NAME_PART.lastIndex = surnameStart;
  const surname = NAME_PART.exec(text);
  const surnameEnd = surname ? surnameStart + surname[0].length : -1;
  if (!surname || !NAME_END.test(text.slice(surnameEnd))) return { end: firstEnd, space: null };
  return particle ? { end: surnameEnd, space: firstEnd, particle: surnameStart - 1 } : { end: surnameEnd, space: firstEnd };
}

function firstWord(text: string, at: number): string {
  for (const { segment } of words.segment(text.slice(at, at + 40))) return segment;
  return '';
}

/** Where the personal title (นาย, นางสาว, ว่าที่ร้อยตรี…) at the word at `at` ends, or null. */
function titleAt(text: string, at: number, segment: string): number | null {
  const title = PERSON_TITLES.find((t) => text.startsWith(t, at));
  if (!title || !WORD_START.test(text.charAt(at + title.length))) return null;
  // ICU's word must not run past the title (นายก), nor the next word be a common noun (นายอำเภอ)
  if (segment.length > title.length || NOT_A_NAME.has(firstWord(text, at + title.length))) return null;
  return at + title.length;
}

/** How long the title that opens `piece` is (0 if none): a word of its own when a name must break. */
export function leadingTitleLength(piece: string): number {
  const end = titleAt(piece, 0, firstWord(piece, 0)) ?? abbreviationAt(piece, 0);
  return end ?? 0;
}

/** Where the dotted abbreviation at the word at `at` ends ("จากดร.สมชาย": ICU starts a word at ด), or null. */
function abbreviationAt(text: string, at: number): number | null {
  ABBREVIATION.lastIndex = at;
  const found = ABBREVIATION.exec(text);
  return found ? at + found[0].length : null;
}

/** The units of `text` to keep whole (see the module comment). */
export function keepWholeUnits(input: string): KeepWhole {
  const chars = input
    .replace(SPACE_BEFORE_REPEAT, (spaces) => NO_BREAK_SPACE.repeat(spaces.length))
    .replace(SPACE_AFTER_NUMBER, NO_BREAK_SPACE)
    .split('');
  const text = chars.join('');
  const spans: { start: number; end: number }[] = [];
  const glued = new Set<number>();
  let coveredTo = 0;
  for (const { segment, index: at } of words.segment(text)) {
    if (at < coveredTo) continue;
    const afterTitle = titleAt(text, at, segment) ?? abbreviationAt(text, at);
    if (afterTitle !== null) {
      const name = WORD_START.test(text.charAt(afterTitle)) ? nameAfterTitle(text, afterTitle) : null;
      const end = name?.end ?? afterTitle;
      if (name?.space != null) chars[name.space] = NO_BREAK_SPACE;
      if (name?.particle !== undefined) chars[name.particle] = NO_BREAK_SPACE;
      if (end - at > 1) spans.push({ start: at, end });
      // a title whose name runs on unspaced still keeps the name's first word
      if (!name && afterTitle !== at && WORD_START.test(text.charAt(afterTitle))) glued.add(afterTitle);
      coveredTo = end;
      continue;
    }
    const place = placeAt(text, at);
    if (place && place.length > segment.length && !midSyllable(text.charAt(at + place.length))) {
      spans.push({ start: at, end: at + place.length });
      coveredTo = at + place.length;
      continue;
    }
    const end = at + segment.length;
    if (BOUND_PREFIXES.has(segment) && WORD_START.test(text.charAt(end))) glued.add(end);
  }
  return { text: chars.join(''), spans, glued };
}

/** Whether `position` falls strictly inside one of the spans (a break there would split a unit). */
export function insideUnit(units: KeepWhole, position: number): boolean {
  if (units.glued.has(position)) return true;
  return units.spans.some((span) => position > span.start && position < span.end);
}
