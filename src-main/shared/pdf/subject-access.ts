import { z } from 'zod';
import { thaiText } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

const line = (max: number) => thaiText({ min: 1, max });

/** One field of one record, as the person reads it: a Thai label and the value written out ('' = ไม่มีข้อมูล). */
export const accessFieldSchema = z.object({ label: line(200), value: thaiText({ max: 20_000 }) }).strict();

/** One record about the person (a day of attendance, a work log, the complaint itself). */
export const accessRecordSchema = z
  .object({
    heading: line(300),
    fields: z.array(accessFieldSchema).max(100),
  })
  .strict();

/** The records of one kind (one table), under its Thai name. */
export const accessSectionSchema = z
  .object({
    title: line(300),
    records: z.array(accessRecordSchema).max(10_000),
  })
  .strict();
export type AccessSection = z.infer<typeof accessSectionSchema>;

/** Why and how the office processes these records (PDPA s.30 and s.23), from the ROPA activity. */
export const accessProcessingSchema = z
  .object({
    title: line(300),
    purpose: line(2_000),
    lawfulBasis: line(2_000),
    retention: line(2_000),
    recipients: line(2_000),
    source: line(500),
  })
  .strict();
export type AccessProcessing = z.infer<typeof accessProcessingSchema>;

/**
 * สำเนาข้อมูลส่วนบุคคลตามคำขอใช้สิทธิเข้าถึง (PDPA s.30): every record about one person this
 * workstation holds, written out in Thai with what the office does with it, for the requester.
 */
export const subjectAccessDocumentSchema = z
  .object({
    kind: z.literal('subject-access'),
    letterhead: letterheadSchema,
    preparedOn: isoDateSchema,
    request: z
      .object({
        /** The request's number in the office's log ("3/2569"). */
        reference: line(50),
        receivedDate: isoDateSchema,
        requesterName: line(300),
      })
      .strict(),
    /** Whose data this is: the kind of person ("นักศึกษาฝึกงาน") and their name as the records hold it. */
    subject: z.object({ kindLabel: line(200), name: line(300) }).strict(),
    processing: z.array(accessProcessingSchema).max(20),
    sections: z.array(accessSectionSchema).max(50),
    signer: signatureSchema,
  })
  .strict();
export type SubjectAccessDocument = z.infer<typeof subjectAccessDocumentSchema>;
