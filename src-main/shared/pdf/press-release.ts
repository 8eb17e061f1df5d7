import { z } from 'zod';
import { thaiText } from '../domain/validation';
import { documentImageSchema, isoDateSchema, letterheadSchema, paragraphSchema } from './document-parts';

/**
 * ข่าวประชาสัมพันธ์ as the office hands it to the media: letterhead, the release number and
 * date in พ.ศ., headline, dateline and lead, body, quotes, and photos with captions and credits.
 */
export const pressReleasePhotoSchema = z
  .object({
    image: documentImageSchema,
    caption: thaiText({ max: 500 }),
    credit: thaiText({ max: 200 }),
  })
  .strict();

export const pressReleaseDocumentSchema = z
  .object({
    kind: z.literal('press-release'),
    letterhead: letterheadSchema,
    /** "ข่าวที่ 123/2568", or '' for a draft not yet numbered. */
    numberLabel: thaiText({ max: 120 }),
    date: isoDateSchema,
    headline: thaiText({ min: 1, max: 300 }),
    dateline: thaiText({ max: 120 }),
    lead: thaiText({ max: 3_000 }),
    paragraphs: z.array(paragraphSchema).min(1).max(200),
    quotes: z.array(z.object({ speaker: thaiText({ min: 1, max: 200 }), text: thaiText({ min: 1, max: 2_000 }) }).strict()).max(20),
    photos: z.array(pressReleasePhotoSchema).max(12),
    /** "ห้ามเผยแพร่ก่อน ..." when the release is under embargo, else ''. */
    embargoNote: thaiText({ max: 200 }),
    /** Not approved yet (draft or in review): ร่าง across every page, and a red line saying so on the first. */
    draft: z.boolean(),
    /** Who approved it and when, from the release's approval record (null: not approved). */
    approval: z
      .object({ name: thaiText({ min: 1, max: 300 }), position: thaiText({ max: 200 }), at: z.string().datetime() })
      .strict()
      .nullable(),
  })
  .strict();
export type PressReleaseDocument = z.infer<typeof pressReleaseDocumentSchema>;
