import { z } from 'zod';
import { DIGEST_SECTIONS, digestSectionSchema } from '../domain/daily-digest';
import { formatThaiDateLong, toCalendarDate } from '../text/thai-date';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

/** สรุปข่าวประจำวัน as printed: the lines as the office edited them, never recomputed. */
export const dailyDigestDocumentSchema = z
  .object({
    kind: z.literal('daily-digest'),
    letterhead: letterheadSchema,
    date: isoDateSchema,
    sections: z.array(digestSectionSchema).max(DIGEST_SECTIONS.length),
    /** Who prepared it, printed at the foot; null when not known. */
    preparedBy: signatureSchema.nullable(),
  })
  .strict();
export type DailyDigestDocument = z.infer<typeof dailyDigestDocumentSchema>;

export const DAILY_DIGEST_TITLE = 'สรุปข่าวประจำวัน';

const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;

/** "วันจันทร์ที่ 7 ธันวาคม 2569": the day as the heading of a Thai daily report names it. */
export function thaiDayHeading(isoDate: string): string {
  const { year, month, day } = toCalendarDate(isoDate);
  const weekday = THAI_WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return `วัน${weekday}ที่ ${formatThaiDateLong(isoDate)}`;
}
