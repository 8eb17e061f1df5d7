import { z } from 'zod';
import { thaiText } from '../../../src-main/shared/domain/validation';
import { WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../src-main/shared/pdf/document-parts';

/** What staff type for a บันทึกข้อความ; the rest (letterhead, signer) comes from the office profile. */
export const memoFormSchema = z.object({
  documentNumber: thaiText({ max: 80 }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' }),
  subject: thaiText({ min: 1, max: 500 }),
  addressee: thaiText({ min: 1, max: 300 }),
  body: thaiText({ min: 1, max: 50_000 }),
  group: z.enum(WORK_GROUPS).nullable(),
  urgency: z.enum(URGENCY_LEVELS),
  secrecy: z.enum(SECRECY_LEVELS),
});
export type MemoForm = z.infer<typeof memoFormSchema>;

/** Paragraphs are separated by a blank line, as people type them. */
export function toParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
