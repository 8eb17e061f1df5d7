import { z } from 'zod';
import { isValidCalendarDate } from '../text/thai-date';

/**
 * Zod messages are i18n keys (`validation.*`), not sentences: the form shows them in the
 * user's language next to the field (see src-renderer/app/i18n).
 */
export function thaiText({ min = 0, max }: { min?: number; max: number }) {
  let schema = z.string().overwrite(trimInvisible).max(max, { message: 'validation.tooLong' });
  if (min > 0) schema = schema.min(min, { message: 'validation.required' });
  return schema.refine((s) => !hasControlChars(s), { message: 'validation.controlChars' });
}

/** Whitespace and zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) at either end. */
const INVISIBLE_EDGES = /^(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+|(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+$/g;

/**
 * Trims what a person cannot see: Thai text pasted from the web or a PDF often carries
 * zero-width spaces (U+200B), which String.prototype.trim keeps, so a required field holding
 * only them looked filled. Zero-width characters inside the text stay (they mark word breaks).
 */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, '');
}

/** Control characters other than tab and line breaks: pasted from Word/PDF, they break exports. */
export function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

/** A real calendar date as `YYYY-MM-DD` (forms type it in พ.ศ.; see ThaiDateInput). */
export function isoDate() {
  return z
    .string({ message: 'validation.date' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' })
    .refine(
      (value) => {
        const [year, month, day] = value.split('-').map(Number);
        return isValidCalendarDate({ year: year ?? 0, month: month ?? 0, day: day ?? 0 });
      },
      { message: 'validation.date' },
    );
}

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A date and time as typed, a wall clock in Bangkok: `YYYY-MM-DDTHH:MM` (ThaiDateTimeInput).
 * A date without its time, or a time without its date, says which half is missing: it said
 * only "วันที่ไม่ถูกต้อง" when the date was right and the time not yet typed.
 */
export function wallClockDateTime() {
  return z.string({ message: 'validation.date' }).superRefine((value, ctx) => {
    if (WALL_CLOCK.test(value)) return;
    const message = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'validation.timeMissing' : /^\d{2}:\d{2}$/.test(value) ? 'validation.dateMissing' : 'validation.date';
    ctx.addIssue({ code: 'custom', message });
  });
}

/** wallClockDateTime, or '' when the field is left empty. */
export function optionalWallClockDateTime() {
  return z.union([z.literal(''), wallClockDateTime()]);
}
