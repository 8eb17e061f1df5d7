import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STEP_KINDS, COMPLAINT_SUBCATEGORY_LABELS, COMPLAINT_TYPES, type ComplaintSubcategory } from '../domain/complaint';
import { thaiText } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';
import { reportPeriodSchema } from './mission-report';

const count = z.number().int().min(0).max(10_000_000);
const SUBCATEGORY_KEYS = Object.keys(COMPLAINT_SUBCATEGORY_LABELS) as [ComplaintSubcategory, ...ComplaintSubcategory[]];

/** One complaint as the report's list prints it: no complainant, only the matter (PDPA). */
export const reportComplaintSchema = z
  .object({
    /** "12/2569" */
    number: z.string().regex(/^\d{1,6}\/\d{4}$/),
    receivedDate: isoDateSchema,
    subject: thaiText({ min: 1, max: 300 }),
    channel: z.enum(COMPLAINT_CHANNELS),
    category: z.enum(COMPLAINT_CATEGORIES),
    subcategory: z.enum(SUBCATEGORY_KEYS),
    /** General, or corruption/misconduct (ITA): the report and the register list them apart. */
    complaintType: z.enum(COMPLAINT_TYPES),
    status: z.enum(COMPLAINT_STEP_KINDS),
    /** Agencies it was forwarded to, joined with ", ". */
    agencies: thaiText({ max: 2_000 }),
    closedOn: isoDateSchema.nullable(),
    /** Closed after the result limit, or still open past it. */
    late: z.boolean(),
    /** Forwarded, and the agency's reply is past its due date with nothing back yet. */
    replyOverdue: z.boolean(),
  })
  .strict();
export type ReportComplaint = z.infer<typeof reportComplaintSchema>;

/** The counts of one set of complaints (all of them, or one type). */
const statisticsSchema = z
  .object({
    total: count,
    byChannel: z.array(z.object({ channel: z.enum(COMPLAINT_CHANNELS), count }).strict()).max(COMPLAINT_CHANNELS.length),
    byCategory: z
      .array(
        z
          .object({
            category: z.enum(COMPLAINT_CATEGORIES),
            count,
            subcategories: z.array(z.object({ subcategory: z.enum(SUBCATEGORY_KEYS), count }).strict()).max(20),
          })
          .strict(),
      )
      .max(COMPLAINT_CATEGORIES.length),
    byStatus: z.array(z.object({ status: z.enum(COMPLAINT_STEP_KINDS), count }).strict()).max(COMPLAINT_STEP_KINDS.length),
    byAgency: z.array(z.object({ name: thaiText({ min: 1, max: 200 }), count }).strict()).max(2_000),
    result: z.object({ onTime: count, late: count, openOverdue: count, openOnTrack: count }).strict(),
    acknowledge: z.object({ onTime: count, late: count, overdue: count }).strict(),
    reply: z.object({ onTime: count, late: count, overdue: count }).strict(),
    averageDaysToClose: z.number().min(0).max(100_000).nullable(),
  })
  .strict();
export type ReportStatistics = z.infer<typeof statisticsSchema>;

/**
 * รายงานสถิติเรื่องร้องเรียน รอบ 6 เดือน: counts by channel, category, status, agency, timeliness and
 * the average days to close, for one half of a fiscal year (ต.ค.–มี.ค. or เม.ย.–ก.ย.).
 */
export const complaintReportDocumentSchema = z
  .object({
    kind: z.literal('complaint-report'),
    letterhead: letterheadSchema,
    period: reportPeriodSchema,
    preparedOn: isoDateSchema,
    /** The office's limits in days, printed so the reader knows what "on time" meant. */
    limits: z.object({ acknowledgeDays: count, resultDays: count }).strict(),
    statistics: statisticsSchema,
    /** The same counts for general and for corruption/misconduct complaints apart (ITA O27–O29). */
    byType: z.array(z.object({ type: z.enum(COMPLAINT_TYPES), statistics: statisticsSchema }).strict()).length(COMPLAINT_TYPES.length),
    complaints: z.array(reportComplaintSchema).max(20_000),
    signer: signatureSchema,
  })
  .strict();
export type ComplaintReportDocument = z.infer<typeof complaintReportDocumentSchema>;
