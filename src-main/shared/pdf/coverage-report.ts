import { z } from 'zod';
import { MEDIA_SOURCE_KINDS, MEDIA_TONES, type MediaSourceKind, type MediaTone } from '../domain/media-monitoring';
import { thaiText, wallClockDateTime } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

/** Thai names of tones and source kinds as the report prints them (PDF, workbook). */
export const TONE_TH: Record<MediaTone, string> = { positive: 'บวก', neutral: 'กลาง', negative: 'ลบ' };
export const SOURCE_TH: Record<MediaSourceKind, string> = {
  newspaper: 'หนังสือพิมพ์',
  tv: 'โทรทัศน์',
  radio: 'วิทยุ',
  online: 'ออนไลน์',
  social: 'โซเชียลมีเดีย',
  line: 'กลุ่มไลน์',
  other: 'อื่น ๆ',
};

const count = z.number().int().min(0).max(1e12);
const minutes = z.number().int().min(0).max(1e9).nullable();

/** รายงานสรุปการวิเคราะห์ข่าว of the spokesperson team, as the screen computed it (coverage-report.ts). */
export const coverageReportDocumentSchema = z
  .object({
    kind: z.literal('coverage-report'),
    letterhead: letterheadSchema,
    span: z.enum(['week', 'month']),
    /** "ประจำเดือนธันวาคม 2569" / "ประจำสัปดาห์ …". */
    periodLabel: thaiText({ min: 1, max: 200 }),
    start: isoDateSchema,
    end: isoDateSchema,
    preparedOn: isoDateSchema,
    items: count,
    reach: count,
    reachUnknown: count,
    byTone: z.object(Object.fromEntries(MEDIA_TONES.map((k) => [k, count])) as Record<MediaTone, typeof count>).strict(),
    bySource: z.object(Object.fromEntries(MEDIA_SOURCE_KINDS.map((k) => [k, count])) as Record<MediaSourceKind, typeof count>).strict(),
    byIssue: z.array(z.object({ title: thaiText({ min: 1, max: 300 }), items: count, negative: count, reach: count }).strict()).max(5_000),
    withoutIssue: count,
    responses: z
      .object({
        issuesSeen: count,
        answered: count,
        medianMinutes: minutes,
        longestMinutes: minutes,
        longestTitle: thaiText({ max: 300 }),
        within24h: count,
        unanswered: z.array(z.object({ title: thaiText({ min: 1, max: 300 }), firstSeenAt: wallClockDateTime() }).strict()).max(5_000),
      })
      .strict(),
    /** Every item, line by line (the workbook's รายการข่าว; the PDF prints the counts). */
    list: z
      .array(
        z
          .object({
            publishedAt: wallClockDateTime(),
            headline: thaiText({ min: 1, max: 500 }),
            sourceKind: z.enum(MEDIA_SOURCE_KINDS),
            outletName: thaiText({ max: 200 }),
            tone: z.enum(MEDIA_TONES),
            issue: thaiText({ max: 300 }),
            reach: count.nullable(),
            url: z.string().max(2_000),
          })
          .strict(),
      )
      .max(200_000),
    signer: signatureSchema,
  })
  .strict();
export type CoverageReportDocument = z.infer<typeof coverageReportDocumentSchema>;

export const COVERAGE_REPORT_TITLE = 'รายงานสรุปการวิเคราะห์ข่าว';

/** "3 ชม. 20 นาที"; '-' when there is none. The same words as the screen (response-time.ts). */
export function durationTh(value: number | null): string {
  if (value === null) return '-';
  const hours = Math.floor(value / 60);
  const rest = value % 60;
  if (hours === 0) return `${rest} นาที`;
  return rest === 0 ? `${hours.toLocaleString('en-US')} ชม.` : `${hours.toLocaleString('en-US')} ชม. ${rest} นาที`;
}
