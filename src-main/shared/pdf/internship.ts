import { z } from 'zod';
import { thaiText } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

/** The intern as certificates and evaluations print them. */
export const printedInternSchema = z
  .object({
    /** "นางสาวกนกวรรณ ศรีสุข" */
    fullName: thaiText({ min: 1, max: 200 }),
    /** "Miss Kanokwan Srisuk"; empty when not recorded. */
    fullNameEn: z.string().trim().max(200),
    studentId: z.string().trim().min(1).max(30),
    institution: thaiText({ min: 1, max: 200 }),
    faculty: thaiText({ max: 200 }),
    programme: thaiText({ max: 200 }),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    /** Hours actually completed (from attendance), e.g. 312.5. */
    hours: z.number().min(0).max(10_000),
    workGroup: thaiText({ max: 200 }),
  })
  .strict();
export type PrintedIntern = z.infer<typeof printedInternSchema>;

/**
 * หนังสือรับรองการฝึกงาน: one page per intern on the office letterhead, signed by the director.
 * Several interns in one document print a whole cohort in one go.
 */
export const internshipCertificateDocumentSchema = z
  .object({
    kind: z.literal('internship-certificate'),
    letterhead: letterheadSchema,
    /** ที่ … : the document number; empty before one is issued. */
    documentNumber: thaiText({ max: 80 }),
    date: isoDateSchema,
    interns: z.array(printedInternSchema).min(1).max(500),
    signer: signatureSchema,
  })
  .strict();
export type InternshipCertificateDocument = z.infer<typeof internshipCertificateDocumentSchema>;

/**
 * แบบประเมินผลการฝึกงาน: the mentor's scores on the institution's criteria. Always ลับ: the
 * institution receives it sealed.
 */
export const internEvaluationDocumentSchema = z
  .object({
    kind: z.literal('intern-evaluation'),
    letterhead: letterheadSchema,
    intern: printedInternSchema,
    date: isoDateSchema,
    rows: z
      .array(
        z
          .object({
            criterion: thaiText({ min: 1, max: 300 }),
            maxScore: z.number().int().min(1).max(100),
            score: z.number().min(0).max(100),
            comment: thaiText({ max: 1_000 }),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    overallComment: thaiText({ max: 3_000 }),
    /** The mentor who evaluated. */
    evaluator: signatureSchema,
  })
  .strict();
export type InternEvaluationDocument = z.infer<typeof internEvaluationDocumentSchema>;
