import type { Answer, BandScheme, Question, Survey } from '../../../../src-main/shared/domain/survey';
import { isQuestionShown, surveyPercent } from '../../../../src-main/shared/domain/survey';

/**
 * Survey statistics, exact and in one pass.
 *
 * Rules (printed in the report's notes, tested in statistics.test.ts):
 * - Only finalised responses count. A question a respondent skipped (skip logic) or left blank
 *   is not in that question's n.
 * - Percentages are of the question's n, to 2 decimals, rounded HALF UP, each on its own
 *   (surveyPercent in the survey domain, the one function every output prints). So the same
 *   count of the same n is the same figure in every table (largest-remainder rounding gave 2 of 15
 *   13.34 in one table and 13.33 in the next); a table's rows may add up to 99.99 or 100.01, and
 *   its total row prints 100.00. Multiple-choice percentages are of respondents (they do not sum
 *   to 100).
 * - Mean = Σx / n; S.D. is the SAMPLE standard deviation √(Σ(x−x̄)² / (n−1)); n < 2 gives no S.D.
 *   Σx and Σx² are integer sums of codes, so they are exact.
 * - The band (ระดับ) is read from the mean ROUNDED TO 2 DECIMALS, half up, as the report prints
 *   it: 4.505 prints as 4.51 and is มากที่สุด; 4.504 prints as 4.50 and is มาก. The rounding is
 *   done in integers from Σx and n, so floating point never moves a boundary.
 * - A section's (and the overall) mean and S.D. pool every rating answer in it: each answered
 *   item of each respondent counts once.
 */

export interface Band {
  /** Lowest mean of the band, in hundredths (4.51 → 451). */
  fromHundredths: number;
  label: string;
}

/** Highest band first. 0.50-wide: the usual (x̄ 4.51–5.00 มากที่สุด …). */
export const BANDS_050: readonly Band[] = [
  { fromHundredths: 451, label: 'มากที่สุด' },
  { fromHundredths: 351, label: 'มาก' },
  { fromHundredths: 251, label: 'ปานกลาง' },
  { fromHundredths: 151, label: 'น้อย' },
  { fromHundredths: 100, label: 'น้อยที่สุด' },
];

/** Equal-width class interval (5 − 1) / 5 = 0.80. */
export const BANDS_080: readonly Band[] = [
  { fromHundredths: 421, label: 'มากที่สุด' },
  { fromHundredths: 341, label: 'มาก' },
  { fromHundredths: 261, label: 'ปานกลาง' },
  { fromHundredths: 181, label: 'น้อย' },
  { fromHundredths: 100, label: 'น้อยที่สุด' },
];

export function bandsFor(scheme: BandScheme): readonly Band[] {
  return scheme === 'width080' ? BANDS_080 : BANDS_050;
}

/** Level words for scales other than 5 points, lowest first (the question's own labels win). */
const DEFAULT_LEVEL_LABELS: Record<number, readonly string[]> = {
  4: ['น้อยที่สุด', 'น้อย', 'มาก', 'มากที่สุด'],
  3: ['น้อย', 'ปานกลาง', 'มาก'],
};

/** Points of a rating question: its highest code (codes run 1…k). */
export function scalePoints(question: Pick<Question, 'options'>): number {
  return Math.max(1, ...question.options.map((o) => o.code));
}

/**
 * The bands of a k-point rating question. The 5-point tables above when the labels are the usual
 * ones; otherwise the same two rules generalised: 0.50-wide = the nearest code (c − 0.49 … c + 0.50),
 * 0.80-wide = k equal classes of (k − 1)/k. Each band is named by the question's label for that
 * code, so a 4-point scale never reads "ปานกลาง" from the 5-point table.
 */
export function bandsForQuestion(scheme: BandScheme, question: Pick<Question, 'options'>): readonly Band[] {
  const points = scalePoints(question);
  const labelOf = (code: number) =>
    question.options.find((o) => o.code === code)?.label || DEFAULT_LEVEL_LABELS[points]?.[code - 1] || String(code);
  const usual = bandsFor(scheme);
  if (points === 5 && usual.every((band, i) => labelOf(5 - i) === band.label)) return usual;
  const bands: Band[] = [];
  for (let code = points; code >= 1; code--) {
    const from =
      code === 1 ? 100 : scheme === 'width080' ? Math.round(100 + ((points - 1) * 100 * (code - 1)) / points) + 1 : code * 100 - 49;
    bands.push({ fromHundredths: from, label: labelOf(code) });
  }
  return bands;
}

/** The bands for section and overall means: the survey's rating scale when all items share it, else the 5-point table. */
export function surveyBands(survey: Pick<Survey, 'bandScheme' | 'questions'>): readonly Band[] {
  const ratings = survey.questions.filter((q) => q.type === 'rating');
  const first = ratings[0];
  if (!first || ratings.some((q) => scalePoints(q) !== scalePoints(first))) return bandsFor(survey.bandScheme);
  return bandsForQuestion(survey.bandScheme, first);
}

/** Σx / n rounded half up to hundredths, in integers (exact for integer codes). */
export function meanHundredths(sum: number, n: number): number {
  if (n <= 0) return 0;
  // round(sum·100/n) half up = floor((200·sum + n) / (2n))
  return Math.floor((200 * sum + n) / (2 * n));
}

/** The band of a mean printed to 2 decimals; null when there is no mean. */
export function bandOf(hundredths: number | null, bands: readonly Band[]): string | null {
  if (hundredths === null) return null;
  for (const band of bands) if (hundredths >= band.fromHundredths) return band.label;
  return bands[bands.length - 1]?.label ?? null;
}

/** Each count's percentage of n (surveyPercent: 2 decimals, half up, each on its own). */
export function percentages(counts: readonly number[], n: number): number[] {
  return counts.map((c) => surveyPercent(c, n));
}

export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

export interface MeanSd {
  n: number;
  mean: number | null;
  /** The mean as printed (2 decimals), which the band is read from. */
  meanRounded: number | null;
  sd: number | null;
  band: string | null;
}

export function describe({ n, sum, sumSquares }: Moments, bands: readonly Band[]): MeanSd {
  if (n === 0) return { n, mean: null, meanRounded: null, sd: null, band: null };
  const hundredths = meanHundredths(sum, n);
  // Σ(x−x̄)² = Σx² − (Σx)²/n; kept as n·Σx² − (Σx)² (an exact integer) until the last division.
  const sd = n < 2 ? null : Math.sqrt(Math.max(0, n * sumSquares - sum * sum) / (n * (n - 1)));
  return { n, mean: sum / n, meanRounded: hundredths / 100, sd, band: bandOf(hundredths, bands) };
}

export interface ChoiceRow {
  code: number;
  label: string;
  count: number;
  percent: number;
}

export interface QuestionStats {
  question: Question;
  /** Respondents who answered it. */
  n: number;
  rows: ChoiceRow[];
  rating: MeanSd | null;
  numeric: MeanSd | null;
  /** Text answers, in entry order. */
  texts: string[];
}

export interface SectionStats {
  sectionId: string;
  title: string;
  rating: MeanSd | null;
}

export interface SurveyStats {
  respondents: number;
  partial: number;
  questions: QuestionStats[];
  sections: SectionStats[];
  overall: MeanSd | null;
}

export interface ResponseLike {
  status: 'partial' | 'final';
  answers: Record<string, Answer>;
}

interface Accumulator {
  question: Question;
  /** Count per option, indexed like question.options. */
  counts: number[];
  codeIndex: Map<number, number>;
  n: number;
  sum: number;
  sumSquares: number;
  texts: string[];
}

/** Everything the statistics page and the report need, in one pass over the responses. */
export function computeSurveyStats(survey: Survey, responses: Iterable<ResponseLike>): SurveyStats {
  const bands = surveyBands(survey);
  const accs: Accumulator[] = survey.questions.map((question) => ({
    question,
    counts: question.options.map(() => 0),
    codeIndex: new Map(question.options.map((o, i) => [o.code, i])),
    n: 0,
    sum: 0,
    sumSquares: 0,
    texts: [],
  }));
  const sectionMoments = new Map<string, Moments>(survey.sections.map((s) => [s.id, { n: 0, sum: 0, sumSquares: 0 }]));
  const overall: Moments = { n: 0, sum: 0, sumSquares: 0 };
  let respondents = 0;
  let partial = 0;

  for (const response of responses) {
    if (response.status !== 'final') {
      partial++;
      continue;
    }
    respondents++;
    const answers = response.answers;
    for (const acc of accs) {
      const value = answers[acc.question.id];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      if (!isQuestionShown(acc.question, answers)) continue;
      const type = acc.question.type;
      if (type === 'rating' || type === 'single') {
        if (typeof value !== 'number') continue;
        const index = acc.codeIndex.get(value);
        if (index === undefined) continue;
        acc.counts[index] = (acc.counts[index] ?? 0) + 1;
        acc.n++;
        if (type === 'rating') {
          acc.sum += value;
          acc.sumSquares += value * value;
          const section = sectionMoments.get(acc.question.sectionId);
          if (section) {
            section.n++;
            section.sum += value;
            section.sumSquares += value * value;
          }
          overall.n++;
          overall.sum += value;
          overall.sumSquares += value * value;
        }
      } else if (type === 'multiple') {
        if (!Array.isArray(value)) continue;
        acc.n++;
        for (const code of value) {
          const index = acc.codeIndex.get(code);
          if (index !== undefined) acc.counts[index] = (acc.counts[index] ?? 0) + 1;
        }
      } else if (type === 'number') {
        if (typeof value !== 'number' || !Number.isFinite(value)) continue;
        acc.n++;
        acc.sum += value;
        acc.sumSquares += value * value;
      } else if (typeof value === 'string') {
        acc.n++;
        acc.texts.push(value);
      }
    }
  }

  const questions = accs.map<QuestionStats>((acc) => {
    const { question } = acc;
    const shares = percentages(acc.counts, acc.n);
    return {
      question,
      n: acc.n,
      rows: question.options.map((o, i) => ({ code: o.code, label: o.label, count: acc.counts[i] ?? 0, percent: shares[i] ?? 0 })),
      rating: question.type === 'rating' ? describe(acc, bandsForQuestion(survey.bandScheme, question)) : null,
      numeric: question.type === 'number' ? describe(acc, []) : null,
      texts: acc.texts,
    };
  });
  const hasRating = survey.questions.some((q) => q.type === 'rating');
  return {
    respondents,
    partial,
    questions,
    sections: survey.sections.map((s) => {
      const m = sectionMoments.get(s.id);
      return { sectionId: s.id, title: s.title, rating: m && m.n > 0 ? describe(m, bands) : null };
    }),
    overall: hasRating ? describe(overall, bands) : null,
  };
}

export interface CrossTab {
  /** Profile groups (rows). */
  groups: { code: number; label: string }[];
  /** Target options (columns). */
  columns: { code: number; label: string }[];
  /** counts[group][column]. */
  counts: number[][];
  /** Per group: row n and, for a rating target, mean/S.D./band. */
  rowTotals: number[];
  rowRatings: (MeanSd | null)[];
}

/** Cross-tabulate a choice or rating question by a profile (or any single-choice) question. */
export function crossTabulate(
  survey: Survey,
  responses: Iterable<ResponseLike>,
  byQuestionId: string,
  targetQuestionId: string,
): CrossTab | null {
  const by = survey.questions.find((q) => q.id === byQuestionId);
  const target = survey.questions.find((q) => q.id === targetQuestionId);
  if (!by || !target) return null;
  const bands = bandsForQuestion(survey.bandScheme, target);
  const groupIndex = new Map(by.options.map((o, i) => [o.code, i]));
  const columnIndex = new Map(target.options.map((o, i) => [o.code, i]));
  const counts = by.options.map(() => target.options.map(() => 0));
  const moments: Moments[] = by.options.map(() => ({ n: 0, sum: 0, sumSquares: 0 }));
  for (const response of responses) {
    if (response.status !== 'final') continue;
    const g = groupIndex.get(response.answers[by.id] as number);
    const value = response.answers[target.id];
    if (g === undefined || value === undefined) continue;
    if (!isQuestionShown(target, response.answers)) continue;
    const codes = Array.isArray(value) ? value : [value];
    for (const code of codes) {
      const c = columnIndex.get(code as number);
      const row = counts[g];
      if (c === undefined || !row) continue;
      row[c] = (row[c] ?? 0) + 1;
      if (target.type === 'rating' && typeof code === 'number') {
        const m = moments[g];
        if (m) {
          m.n++;
          m.sum += code;
          m.sumSquares += code * code;
        }
      }
    }
  }
  return {
    groups: by.options.map((o) => ({ code: o.code, label: o.label })),
    columns: target.options.map((o) => ({ code: o.code, label: o.label })),
    counts,
    rowTotals: counts.map((row) => row.reduce((a, b) => a + b, 0)),
    rowRatings: moments.map((m) => (target.type === 'rating' ? describe(m, bands) : null)),
  };
}
