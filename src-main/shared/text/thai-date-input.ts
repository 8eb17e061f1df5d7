import { fromThaiDigits } from './thai-digits';
import { BE_OFFSET, THAI_MONTHS_LONG, THAI_MONTHS_SHORT, isValidCalendarDate, toIsoDate } from './thai-date';

/**
 * What a typed date says. Office staff write dates many ways, always in พ.ศ.; a year that can
 * only be ค.ศ. (2025) is never quietly taken as พ.ศ. 2025 (= 1482 ค.ศ.): it comes back as
 * `ce-year` with the date it would be, for the input to ask about.
 */
export type ThaiDateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'ce-year'; iso: string; ceYear: number }
  | { kind: 'invalid' };

/** Month names and abbreviations, without dots or spaces ("ต.ค." and "ตค" are both ตค), to their number. */
const MONTHS = new Map<string, number>(
  [...THAI_MONTHS_LONG.map((name, i) => [name, i + 1] as const), ...THAI_MONTHS_SHORT.map((name, i) => [name.replace(/\./g, ''), i + 1] as const)],
);

/** พ.ศ. years an office writes: the reign of King Rama V on. Below that a four-digit year is ค.ศ. */
const FIRST_BE_YEAR = 2400;
const FIRST_CE_YEAR = 1900;

function reading(day: number, month: number, yearText: string): ThaiDateReading {
  let year = Number(yearText);
  if (yearText.length === 2) year += 2500;
  if (yearText.length === 4 && year >= FIRST_CE_YEAR && year < FIRST_BE_YEAR) {
    const date = { year, month, day };
    return isValidCalendarDate(date) ? { kind: 'ce-year', iso: toIsoDate(date), ceYear: year } : { kind: 'invalid' };
  }
  if (year < FIRST_BE_YEAR) return { kind: 'invalid' };
  const date = { year: year - BE_OFFSET, month, day };
  return isValidCalendarDate(date) ? { kind: 'date', iso: toIsoDate(date) } : { kind: 'invalid' };
}

/**
 * Reads a date as typed: "1/10/2568", "1-10-68", "1.10.2568", "1 ต.ค. 68", "1 ตุลาคม 2568",
 * "1 ต.ค. พ.ศ. 2568", "01102568", "011068", in Arabic or Thai digits.
 */
export function readThaiDate(text: string): ThaiDateReading {
  const typed = fromThaiDigits(text)
    .replace(/พ\.?\s*ศ\.?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (typed === '') return { kind: 'empty' };
  const numeric = /^(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{2}|\d{4})$/.exec(typed);
  if (numeric) return reading(Number(numeric[1]), Number(numeric[2]), numeric[3] ?? '');
  const compact = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(typed);
  if (compact) return reading(Number(compact[1]), Number(compact[2]), compact[3] ?? '');
  const named = /^(\d{1,2}) ?([\u0E01-\u0E4E. ]+?) ?(\d{2}|\d{4})$/.exec(typed);
  if (named) {
    const month = MONTHS.get((named[2] ?? '').replace(/[. ]/g, ''));
    if (month) return reading(Number(named[1]), month, named[3] ?? '');
  }
  return { kind: 'invalid' };
}

/** The ISO date a typed date is, or null (empty, not a date, or a ค.ศ. year to ask about). */
export function parseThaiDateInput(text: string): string | null {
  const read = readThaiDate(text);
  return read.kind === 'date' ? read.iso : null;
}

/**
 * Reads a time of day as typed, 24-hour: "14.30", "14:30", "1430", "14.30 น.", "9.05", "14 น.";
 * answers "HH:mm", or null when it is not a time.
 */
export function readThaiTime(text: string): string | null {
  const typed = fromThaiDigits(text)
    .replace(/นาฬิกา|น\.?$/g, '')
    .replace(/\s+/g, '')
    .trim();
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(typed) ?? /^(\d{2})(\d{2})$/.exec(typed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "14:30" as Thai documents write it: "14.30 น." ('' for anything else). */
export function formatThaiClock(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? `${match[1]}.${match[2]} น.` : '';
}
