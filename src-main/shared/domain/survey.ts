import { z } from 'zod';
import { thaiText } from './validation';

/**
 * Evaluation surveys (กลุ่มงานประเมินผล). A survey is a list of sections and questions; a response
 * is one respondent's answers keyed by question id. Choice and rating answers are stored as
 * their numeric codes (what the paper questionnaire's boxes are numbered), so statistics and
 * CSV exports work on codes and print labels.
 */

export const QUESTION_TYPES = ['rating', 'single', 'multiple', 'number', 'date', 'text', 'longtext'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Respondent-profile questions are single-choice questions tagged with what they describe. */
export const PROFILE_KINDS = ['sex', 'age', 'occupation', 'district'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const questionIdSchema = z.string().regex(/^[a-z0-9_-]{1,40}$/i);

export const choiceOptionSchema = z.object({
  code: z.number().int().min(0).max(99),
  label: thaiText({ min: 1, max: 200 }),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/** "Show this question only if question X was answered with code V" (the paper's ข้ามไปข้อ). */
export const showIfSchema = z.object({ questionId: questionIdSchema, equals: z.number().int() });
export type ShowIf = z.infer<typeof showIfSchema>;

export const questionSchema = z.object({
  id: questionIdSchema,
  sectionId: questionIdSchema,
  type: z.enum(QUESTION_TYPES),
  text: thaiText({ min: 1, max: 500 }),
  required: z.boolean(),
  /** Choices; for a rating scale the points, highest code = best (5 มากที่สุด … 1 น้อยที่สุด). */
  options: z.array(choiceOptionSchema).max(30),
  profile: z.enum(PROFILE_KINDS).nullable(),
  showIf: showIfSchema.nullable(),
  /** Number questions: the allowed range (an age of 250 is a keying error). */
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({ id: questionIdSchema, title: thaiText({ min: 1, max: 300 }) });
export type Section = z.infer<typeof sectionSchema>;

/** The two interpretation-band schemes Thai evaluation reports use for a 5-point scale. */
export const BAND_SCHEMES = ['width050', 'width080'] as const;
export type BandScheme = (typeof BAND_SCHEMES)[number];

export const surveyFieldsSchema = z.object({
  title: thaiText({ min: 1, max: 300 }),
  description: thaiText({ max: 2000 }),
  sections: z.array(sectionSchema).min(1).max(30),
  questions: z.array(questionSchema).min(1).max(300),
  bandScheme: z.enum(BAND_SCHEMES),
  /** Versions: editing a survey that has responses makes a new record; this points back. */
  version: z.number().int().min(1),
  previousVersionId: z.string().uuid().nullable(),
  /** Set once the first response is saved: the questions can no longer change in place. */
  locked: z.boolean(),
  /** A newer version exists: this one stays for its responses but takes no new ones. */
  superseded: z.boolean(),
  /**
   * Double data entry: a second person keys every paper form again, differences are adjudicated,
   * and only forms whose two keyings agree count in the statistics. Optional: older records (and
   * older workstations' ops) have none, which means off.
   */
  doubleEntry: z.boolean().optional(),
});

export const surveySchema = surveyFieldsSchema.superRefine((survey, ctx) => {
  const ids = new Set<string>();
  const sectionIds = new Set(survey.sections.map((s) => s.id));
  survey.questions.forEach((q, index) => {
    if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: 'surveys.validation.duplicateId' });
    ids.add(q.id);
    if (!sectionIds.has(q.sectionId)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'sectionId'], message: 'validation.required' });
    const needsOptions = q.type === 'rating' || q.type === 'single' || q.type === 'multiple';
    if (needsOptions && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['questions', index, 'options'], message: 'surveys.validation.fewOptions' });
    if (new Set(q.options.map((o) => o.code)).size !== q.options.length)
      ctx.addIssue({ code: 'custom', path: ['questions', index, 'options'], message: 'surveys.validation.duplicateCode' });
    // Skip logic may only look back: the keyer answers in paper order.
    const source = q.showIf ? survey.questions.slice(0, index).find((p) => p.id === q.showIf?.questionId) : undefined;
    if (q.showIf && !source) ctx.addIssue({ code: 'custom', path: ['questions', index, 'showIf'], message: 'surveys.validation.skipForward' });
    // The condition's option must still exist (an option removed after the condition was set).
    if (q.showIf && source && !source.options.some((o) => o.code === q.showIf?.equals))
      ctx.addIssue({ code: 'custom', path: ['questions', index, 'showIf'], message: 'surveys.validation.skipOption' });
    if (q.min !== null && q.max !== null && q.min > q.max)
      ctx.addIssue({ code: 'custom', path: ['questions', index, 'max'], message: 'surveys.validation.minMax' });
  });
});
export type Survey = z.infer<typeof surveySchema>;

export const RESPONSE_STATUSES = ['partial', 'final'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
export const ENTRY_MODES = ['keyed', 'kiosk', 'import'] as const;
export type EntryMode = (typeof ENTRY_MODES)[number];
/** Double data entry: the first keying of a paper form, or the second person's independent one. */
export const KEYINGS = ['first', 'second'] as const;
export type Keying = (typeof KEYINGS)[number];

/** A code, several codes, a number, or text (dates as YYYY-MM-DD). */
export const answerSchema = z.union([z.number(), z.array(z.number().int()).max(30), z.string().max(5000)]);
export type Answer = z.infer<typeof answerSchema>;

export const surveyResponseSchema = z.object({
  surveyId: z.string().uuid(),
  /** The number written on the paper questionnaire: unique per survey (duplicate-entry guard). */
  serial: z.string().trim().max(40),
  answers: z.record(questionIdSchema, answerSchema),
  status: z.enum(RESPONSE_STATUSES),
  mode: z.enum(ENTRY_MODES),
  /** Which keying of the paper form this is (double data entry). Optional: absent = 'first', as every older record. */
  keying: z.enum(KEYINGS).optional(),
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** A response's keying; records from before double entry have none and are first keyings. */
export function keyingOf(response: { keying?: Keying }): Keying {
  return response.keying ?? 'first';
}

/**
 * THE survey percentage: `count` of `n` as ร้อยละ to 2 decimals, rounded half up (0.005 and above
 * up), in integers so floating point never moves it. Every output — the statistics screen, the
 * report PDF, the .xlsx, the summary paragraph — prints this figure, so the same count of the same
 * n always reads the same (2 of 15 is 13.33 in every table). Rows rounded on their own may add up
 * to 99.99 or 100.01; the printed rounding note says so.
 */
export function surveyPercent(count: number, n: number): number {
  if (n <= 0) return 0;
  // round(count·10000/n) half up = floor((20000·count + n) / (2n))
  return Math.floor((20000 * count + n) / (2 * n)) / 100;
}

/** Whether a question is asked, given the answers so far (skip logic). */
export function isQuestionShown(question: Question, answers: Record<string, Answer | undefined>): boolean {
  if (!question.showIf) return true;
  const answer = answers[question.showIf.questionId];
  if (Array.isArray(answer)) return answer.includes(question.showIf.equals);
  return answer === question.showIf.equals;
}
