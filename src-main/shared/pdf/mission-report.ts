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
            amount: count,
            unit: thaiText({ max: 40 }),
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
    /** Work recorded under the mission in the period, counted per module ("ข่าวประชาสัมพันธ์ 120"). */
    outputs: z
      .array(z.object({ module: z.enum(WORK_LINK_MODULES), count }).strict())
      .max(WORK_LINK_MODULES.length),
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
