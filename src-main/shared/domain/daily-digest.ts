import { z } from 'zod';
import { isoDate, thaiText } from './validation';

/**
 * สรุปข่าวประจำวัน (issue 24): one page for the governor and the director. It is built from the
 * office's records in one click, edited by a person, then printed and pasted into the
 * executives' LINE group, and kept as it was sent: the record is the lines as edited, not a
 * query to run again (tomorrow the data will have moved on).
 */
export const DIGEST_SECTIONS = ['today', 'tomorrow', 'releases', 'issues', 'crisis', 'complaints', 'note'] as const;
export type DigestSection = (typeof DIGEST_SECTIONS)[number];

export const DIGEST_STATUSES = ['draft', 'sent'] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];

export const digestSectionSchema = z.object({
  key: z.enum(DIGEST_SECTIONS),
  title: thaiText({ min: 1, max: 200 }),
  lines: z.array(thaiText({ min: 1, max: 1_000 })).max(200),
});
export type DigestSectionContent = z.infer<typeof digestSectionSchema>;

export const dailyDigestSchema = z.object({
  /** The day the digest is for (ISO), Bangkok. */
  date: isoDate(),
  /** When it was built from the data (ISO instant). */
  builtAt: z.string().datetime({ offset: true }),
  sections: z.array(digestSectionSchema).max(DIGEST_SECTIONS.length),
  status: z.enum(DIGEST_STATUSES),
  sentAt: z.string().datetime({ offset: true }).nullable(),
  preparedBy: z.string().uuid().nullable(),
});
export type DailyDigest = z.infer<typeof dailyDigestSchema>;
