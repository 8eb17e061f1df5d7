import { z } from 'zod';
import { thaiText } from '../domain/validation';
import {
  SECRECY_LEVELS,
  URGENCY_LEVELS,
  isoDateSchema,
  letterheadSchema,
  paragraphSchema,
  signatureSchema,
} from './document-parts';

/**
 * หนังสือภายนอก: the official letter the office sends to another agency or institution
 * (ระเบียบงานสารบรรณ): ที่ and the emblem, the office's address, date, เรื่อง, เรียน, อ้างถึง,
 * สิ่งที่ส่งมาด้วย, the body, ขอแสดงความนับถือ, the signature and the owning unit's contacts.
 */
export const externalLetterDocumentSchema = z
  .object({
    kind: z.literal('external-letter'),
    letterhead: letterheadSchema,
    documentNumber: thaiText({ max: 80 }),
    date: isoDateSchema,
    subject: thaiText({ min: 1, max: 500 }),
    addressee: thaiText({ min: 1, max: 300 }),
    /** อ้างถึง: the letter this one answers, if any. */
    reference: thaiText({ max: 500 }),
    /** สิ่งที่ส่งมาด้วย */
    enclosures: z.array(thaiText({ min: 1, max: 300 })).max(10),
    paragraphs: z.array(paragraphSchema).min(1).max(100),
    /**
     * A table in the body (the students an acceptance letter takes, one row each), printed after
     * paragraph `afterParagraph` (1 = after the first). Rows never split across pages and the
     * header row repeats on every page the table runs onto.
     */
    table: z
      .object({
        afterParagraph: z.number().int().min(1).max(100),
        headers: z.array(thaiText({ min: 1, max: 60 })).min(1).max(6),
        /** Each column's width in cm, or '*' for a share of the rest (one per header). */
        widths: z.array(z.union([z.number().min(0.5).max(16), z.literal('*')])).max(6),
        rows: z.array(z.array(thaiText({ max: 300 })).max(6)).min(1).max(300),
      })
      .strict()
      .optional(),
    signer: signatureSchema,
    /** ส่วนราชการเจ้าของเรื่อง and its telephone, printed at the foot of the letter. */
    ownerUnit: thaiText({ max: 300 }),
    urgency: z.enum(URGENCY_LEVELS),
    secrecy: z.enum(SECRECY_LEVELS),
  })
  .strict();
export type ExternalLetterDocument = z.infer<typeof externalLetterDocumentSchema>;
