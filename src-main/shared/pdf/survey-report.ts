import { z } from 'zod';
import { thaiText } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

/**
 * A survey's results as Thai evaluation reports print them. The renderer computes the figures
 * (features/surveys/model/statistics.ts) and sends them here; main only lays them out.
 */
/**
 * How the section and overall S.D. are computed (statistics.ts pools every rating answer), printed
 * under the mean table; the statistics screen shows the same words (surveys.stats.sdMethod).
 */
export const SURVEY_SD_METHOD_NOTE =
  'S.D. รายด้านและภาพรวมคำนวณจากคำตอบทุกข้อของผู้ตอบทุกคนรวมกัน (แต่ละคำตอบนับหนึ่งครั้ง n คือจำนวนคำตอบ) ไม่ใช่ค่าเฉลี่ยของ S.D. รายข้อ ค่าเฉลี่ยรายด้านและภาพรวมคิดแบบเดียวกัน';

const count = z.number().int().min(0).max(100_000_000);
const percent = z.number().min(0).max(100);
const level = z
  .object({ mean: z.number().min(0).max(100), sd: z.number().min(0).nullable(), band: thaiText({ max: 60 }) })
  .strict();

/** One answer of a frequency table: its printed code (the questionnaire's box number), label, count and ร้อยละ. */
const frequencyRowSchema = z
  .object({ code: z.number().int().min(0).max(99).optional(), label: thaiText({ min: 1, max: 200 }), count, percent })
  .strict();

export const surveyFrequencySchema = z
  .object({
    question: thaiText({ min: 1, max: 500 }),
    n: count,
    rows: z.array(frequencyRowSchema).max(30),
  })
  .strict();
export type SurveyFrequency = z.infer<typeof surveyFrequencySchema>;

export const surveyReportDocumentSchema = z
  .object({
    kind: z.literal('survey-report'),
    letterhead: letterheadSchema,
    title: thaiText({ min: 1, max: 300 }),
    preparedOn: isoDateSchema,
    respondents: count,
    /** "4.51–5.00 หมายถึง มากที่สุด", … as the criteria printed under the table. */
    bandCriteria: z.array(thaiText({ min: 1, max: 120 })).max(10),
    profile: z.array(surveyFrequencySchema).max(50),
    ratingSections: z
      .array(
        z
          .object({
            title: thaiText({ min: 1, max: 300 }),
            /** Rating answers in the section, every item of every respondent once (the pooled n of its mean and S.D.). */
            n: count,
            level: level.nullable(),
            /** Each item's n, level and the count and ร้อยละ of every answer code (the workbook's frequency tables). */
            items: z
              .array(z.object({ text: thaiText({ min: 1, max: 500 }), n: count, level: level.nullable(), rows: z.array(frequencyRowSchema).max(30) }).strict())
              .max(300),
          })
          .strict(),
      )
      .max(50),
    overall: level.nullable(),
    choices: z.array(surveyFrequencySchema).max(300),
    openEnded: z.array(z.object({ question: thaiText({ min: 1, max: 500 }), answers: z.array(thaiText({ max: 5000 })).max(200_000) }).strict()).max(50),
    summary: thaiText({ max: 10_000 }),
    signer: signatureSchema,
  })
  .strict();
export type SurveyReportDocument = z.infer<typeof surveyReportDocumentSchema>;
