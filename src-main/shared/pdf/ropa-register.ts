import { z } from 'zod';
import { thaiText } from '../domain/validation';
import type { RopaRow } from '../pdpa/ropa';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

const line = (max: number) => thaiText({ min: 1, max });

/** One processing activity as the register prints it (made by ropaDocumentActivities). */
export const ropaActivitySchema = z
  .object({
    title: line(300),
    subject: line(200),
    categories: z.array(line(200)).min(1).max(30),
    purpose: line(2_000),
    lawfulBasis: line(2_000),
    retention: line(2_000),
    recipients: line(2_000),
    source: line(500),
    security: line(2_000),
    stored: z.array(z.object({ label: line(200), records: z.number().int().min(0).max(100_000_000).nullable() }).strict()).min(1).max(30),
  })
  .strict();
export type RopaActivityEntry = z.infer<typeof ropaActivitySchema>;

/**
 * บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล (PDPA s.39): the office's register, made from
 * the personal-data tags of what the app stores, with how many records each place holds today.
 */
export const ropaRegisterDocumentSchema = z
  .object({
    kind: z.literal('ropa-register'),
    letterhead: letterheadSchema,
    preparedOn: isoDateSchema,
    /** ผู้ควบคุมข้อมูลส่วนบุคคล: the office (its name is the letterhead's). */
    controllerContact: line(500),
    activities: z.array(ropaActivitySchema).min(1).max(50),
    signer: signatureSchema,
  })
  .strict();
export type RopaRegisterDocument = z.infer<typeof ropaRegisterDocumentSchema>;

/** The register's activities as the document carries them. */
export function ropaDocumentActivities(rows: readonly RopaRow[], security: string): RopaActivityEntry[] {
  return rows.map((row) => ({
    title: row.activity.title,
    subject: row.subjectLabel,
    categories: row.categories,
    purpose: row.activity.purpose,
    lawfulBasis: row.activity.lawfulBasis,
    retention: row.activity.retention,
    recipients: row.activity.recipients,
    source: row.activity.source,
    security,
    stored: row.stored.map((s) => ({ label: s.label, records: s.records })),
  }));
}
