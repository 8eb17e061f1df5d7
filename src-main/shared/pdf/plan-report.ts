import { z } from 'zod';
import { KPI_DIRECTIONS, KPI_SOURCES } from '../domain/plan';
import { thaiText } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

/** The kinds of tagged work the plan report counts, in its columns' order. */
export const PLAN_WORK_KINDS = ['pressReleases', 'briefings', 'pressConferences', 'tasks', 'surveys', 'mediaItems'] as const;
export type PlanWorkKind = (typeof PLAN_WORK_KINDS)[number];

/** Column headings of the kinds (PDF, workbook). */
export const PLAN_WORK_LABELS_TH: Record<PlanWorkKind, string> = {
  pressReleases: 'ข่าวประชาสัมพันธ์',
  briefings: 'เอกสารให้ข่าว',
  pressConferences: 'แถลงข่าว',
  tasks: 'งานที่เสร็จ',
  surveys: 'แบบสำรวจ',
  mediaItems: 'ข่าวติดตามสื่อ',
};

const count = z.number().int().min(0).max(1e12);
const countsSchema = z.object(Object.fromEntries(PLAN_WORK_KINDS.map((k) => [k, count])) as Record<PlanWorkKind, typeof count>).strict();
const tallySchema = { counts: countsSchema, uses: count, reach: count };

export const planReportDocumentSchema = z
  .object({
    kind: z.literal('plan-report'),
    letterhead: letterheadSchema,
    planTitle: thaiText({ min: 1, max: 300 }),
    /** "2569" or "2566–2570". */
    planYears: thaiText({ min: 1, max: 20 }),
    servesPlans: z.array(thaiText({ min: 1, max: 300 })).max(20),
    period: z
      .object({
        /** null: the whole plan. */
        fiscalYear: z.number().int().min(2400).max(2800).nullable(),
        start: isoDateSchema,
        end: isoDateSchema,
        /** Share of the period's days gone on `preparedOn`, for the KPI light (kpiLight). */
        elapsedShare: z.number().min(0).max(1),
        finished: z.boolean(),
      })
      .strict(),
    preparedOn: isoDateSchema,
    themes: z
      .array(
        z
          .object({
            name: thaiText({ min: 1, max: 300 }),
            ...tallySchema,
            /** name '' = work tagged with the theme and no topic. */
            topics: z.array(z.object({ name: thaiText({ max: 300 }), ...tallySchema }).strict()).max(31),
            missions: z.array(thaiText({ min: 1, max: 500 })).max(100),
          })
          .strict(),
      )
      .max(20),
    total: z.object(tallySchema).strict(),
    kpis: z
      .array(
        z
          .object({
            name: thaiText({ min: 1, max: 300 }),
            unit: thaiText({ min: 1, max: 60 }),
            /** "ทั้งแผน", or the theme (and topic) whose work counts. */
            scope: thaiText({ max: 700 }),
            source: z.enum(KPI_SOURCES),
            direction: z.enum(KPI_DIRECTIONS),
            target: z.number().min(0).max(1e12).nullable(),
            actual: z.number().min(0).max(1e12).nullable(),
          })
          .strict(),
      )
      .max(60),
    /** Every counted record, line by line (the workbook's ผลงาน; the PDF prints the counts). */
    work: z
      .array(
        z
          .object({
            kind: z.enum(PLAN_WORK_KINDS),
            title: thaiText({ max: 500 }),
            date: isoDateSchema,
            theme: thaiText({ max: 300 }),
            topic: thaiText({ max: 300 }),
            uses: count,
            reach: count,
          })
          .strict(),
      )
      .max(200_000),
    signer: signatureSchema,
  })
  .strict();
export type PlanReportDocument = z.infer<typeof planReportDocumentSchema>;

/** "ปีงบประมาณ พ.ศ. 2569" or "ตลอดแผน ปีงบประมาณ พ.ศ. 2566–2570". */
export function planPeriodText(document: Pick<PlanReportDocument, 'period' | 'planYears'>): string {
  return document.period.fiscalYear === null ? `ตลอดแผน ปีงบประมาณ พ.ศ. ${document.planYears}` : `ปีงบประมาณ พ.ศ. ${document.period.fiscalYear}`;
}
