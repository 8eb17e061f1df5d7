import { z } from 'zod';
import { ropaRegisterDocumentSchema } from '../../pdf/ropa-register';
import { blobIdSchema } from '../../blobs/blob-refs';
import { missionReportDocumentSchema } from '../../pdf/mission-report';
import { complaintReportDocumentSchema } from '../../pdf/complaint-report';
import { complaintRegisterRowSchema } from '../../domain/complaint-register';
import { surveyReportDocumentSchema } from '../../pdf/survey-report';
import { planReportDocumentSchema } from '../../pdf/plan-report';
import { coverageReportDocumentSchema } from '../../pdf/coverage-report';
import { xlsxChartsSchema } from '../../exports/xlsx-chart';

const suggestedFileName = z.string().trim().min(1).max(150);
const saved = z.object({ filePath: z.string(), byteLength: z.number().int().nonnegative() });

/** Larger than any attachment the app stores (data/blobs.ts caps them at 25 MB). */
export const MAX_EXPORT_BYTES = 32 * 1024 * 1024;

export const exportContract = {
  /** The media coverage report (issue 24) as an .xlsx workbook, with the screen's charts as pictures. */
  'export:coverage-report-xlsx': {
    input: z.object({ report: coverageReportDocumentSchema, charts: xlsxChartsSchema, suggestedFileName }).strict(),
    output: saved,
  },
  /** The plan report (issue 24) as an .xlsx workbook, with the screen's chart as a picture. */
  'export:plan-report-xlsx': {
    input: z.object({ report: planReportDocumentSchema, charts: xlsxChartsSchema, suggestedFileName }).strict(),
    output: saved,
  },
  /** The mission report as an .xlsx workbook, saved where the user chooses; `cancelled` if they close the dialog. */
  'export:mission-report-xlsx': {
    input: z.object({ report: missionReportDocumentSchema, suggestedFileName }).strict(),
    output: saved,
  },
  /**
   * A UTF-8 JSON file: everything held about one person, for that person (PDPA access). Main
   * writes it only for an administrator signed in there (`pdpa.export`).
   */
  'export:json-file': {
    input: z.object({ json: z.string().min(2).max(MAX_EXPORT_BYTES), suggestedFileName }).strict(),
    output: saved,
  },
  /** Bytes the renderer made (a CSV, a text file) saved under the name's own extension. */
  'export:file': {
    input: z.object({ bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES), suggestedFileName }).strict(),
    output: saved,
  },
  /** A stored attachment (a blob in main's store) saved back to disk under its own name. */
  'export:attachment': {
    input: z.object({ blobId: blobIdSchema, suggestedFileName }).strict(),
    output: saved,
  },
  /** The six-month complaint statistics as an .xlsx workbook. */
  'export:complaint-report-xlsx': {
    input: z.object({ report: complaintReportDocumentSchema, suggestedFileName }).strict(),
    output: saved,
  },
  /**
   * ทะเบียนเรื่องร้องเรียน as Excel or CSV. Main masks the complainants itself unless the person
   * signed in there may see them (complaint officers, the director): a renderer that sends the
   * names anyway still writes a masked file.
   */
  'export:complaint-register': {
    input: z.object({ rows: z.array(complaintRegisterRowSchema).max(100_000), format: z.enum(['xlsx', 'csv']), suggestedFileName }).strict(),
    output: saved,
  },
  /** A survey's results and every response (labels or codes) as an .xlsx workbook. */
  'export:survey-xlsx': {
    input: z
      .object({
        report: surveyReportDocumentSchema,
        /** The responses sheet: a header row, then one row per questionnaire. */
        responses: z.array(z.array(z.union([z.string().max(5_000), z.number()])).max(320)).max(200_001),
        suggestedFileName,
      })
      .strict(),
    output: saved,
  },
  /** The office's records of processing (PDPA s.39) as an .xlsx workbook; its PDF prints like any document. */
  'export:ropa-xlsx': {
    input: z.object({ register: ropaRegisterDocumentSchema, suggestedFileName }).strict(),
    output: saved,
  },
} as const;
