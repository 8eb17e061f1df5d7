import { z } from 'zod';
import { TASK_STATUSES } from '../domain/task';
import { WORK_LINK_MODULES } from '../domain/work-link';
import { thaiText } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

/** The reporting period: a half of a fiscal year (1: 1 ต.ค.–31 มี.ค., 2: 1 เม.ย.–30 ก.ย.) or the whole year. */
export const reportPeriodSchema = z
  .object({
    /** Fiscal year in the Buddhist era, e.g. 2569. */
    fiscalYear: z.number().int().min(2400).max(2800),
    half: z.union([z.literal(1), z.literal(2), z.null()]),
    start: isoDateSchema,
    end: isoDateSchema,
  })
  .strict();
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

const count = z.number().int().min(0).max(10_000_000);

export const reportTaskSchema = z
  .object({
    title: thaiText({ min: 1, max: 300 }),
    /** Assignees' display names joined with ", ". */
    assignees: thaiText({ max: 2_000 }),
    dueDate: isoDateSchema.nullable(),
    completedOn: isoDateSchema.nullable(),
    status: z.enum(TASK_STATUSES),
    progress: z.number().int().min(0).max(100),
    /** Depth under the mission: 0 for a task, 1 for its sub-task, … (indented in print). */
    depth: z.number().int().min(0).max(10),
    overdue: z.boolean(),
  })
  .strict();
export type ReportTask = z.infer<typeof reportTaskSchema>;

export const reportMissionSchema = z
  .object({
    no: z.number().int().min(1).max(999),
    title: thaiText({ min: 1, max: 500 }),
    /** The responsible work group's Thai name. */
    workGroup: thaiText({ max: 200 }),
    targets: z
      .array(
        z
          .object({
            name: thaiText({ min: 1, max: 300 }),
            /** The fiscal year's target, whichever half the report covers. */
            amount: count,
            unit: thaiText({ max: 40 }),
            /** The kind of work the target counts, or null for one reported by hand. */
            counts: z.enum(WORK_LINK_MODULES).nullable(),
            /** Work of that kind counted in the period (tasks: finished in it); null when not counted. */
            actual: count.nullable(),
          })
          .strict(),
      )
      .max(30),
    summary: z
      .object({
        total: count,
        pending: count,
        inProgress: count,
        done: count,
        cancelled: count,
        overdue: count,
        /** Average progress of the tasks that are not cancelled, 0–100. */
        averageProgress: z.number().min(0).max(100),
      })
      .strict(),
    tasks: z.array(reportTaskSchema).max(20_000),
    /**
     * Work under the mission in the period, each piece once, counted per kind ("ข่าวประชาสัมพันธ์
     * 120"): a request and its release are two kinds, a release counts once published.
     */
    outputs: z
      .array(z.object({ module: z.enum(WORK_LINK_MODULES), count }).strict())
      .max(WORK_LINK_MODULES.length),
    /** The pieces behind `outputs`, for the workbook's list (the PDF prints the counts only). */
    work: z
      .array(
        z
          .object({
            module: z.enum(WORK_LINK_MODULES),
            title: thaiText({ max: 500 }),
            date: isoDateSchema,
            /** The task it was done under, or '' when linked to the mission only. */
            task: thaiText({ max: 300 }),
          })
          .strict(),
      )
      .max(100_000),
  })
  .strict();
export type ReportMission = z.infer<typeof reportMissionSchema>;

/**
 * รายงานผลการดำเนินงานตามภารกิจ: the half-year or fiscal-year performance report, per mission.
 * The renderer gathers it from the data; main prints it (PDF) or writes it as a spreadsheet.
 */
export const missionReportDocumentSchema = z
  .object({
    kind: z.literal('mission-report'),
    letterhead: letterheadSchema,
    period: reportPeriodSchema,
    /** The day the report was made (printed under the title). */
    preparedOn: isoDateSchema,
    missions: z.array(reportMissionSchema).min(1).max(100),
    signer: signatureSchema,
  })
  .strict();
export type MissionReportDocument = z.infer<typeof missionReportDocumentSchema>;

/**
 * How much of a yearly target the period's work reached, as a whole percent rounded half up
 * (the report's printed rule), or null when the target has no amount or is not counted. Screen,
 * PDF and workbook all take it from here, so the same count reads the same everywhere.
 */
export function targetPercent(target: { amount: number; actual: number | null }): number | null {
  if (target.actual === null || target.amount <= 0) return null;
  // Integers first: 1 of 8 is exactly 12.5 and rounds to 13, never to 12 by a float's error.
  return Math.floor((target.actual * 200 + target.amount) / (target.amount * 2));
}
