import { fiscalYearOf } from '../../../../src-main/shared/text/thai-date';

interface SurveyRow {
  id: string;
  deleted?: boolean;
  superseded: boolean;
}
interface ResponseRow {
  surveyId: string;
  deleted?: boolean;
  createdAt: string;
  keying?: 'first' | 'second';
}

export interface SurveyDashboard {
  /** Questionnaires (any status, any survey version) saved in the fiscal year. */
  responses: number;
  /** Surveys taking responses: not deleted, not replaced by a newer version. */
  open: number;
  /** The survey whose latest questionnaire is newest: the one whose statistics to look at. */
  latestSurveyId: string | null;
}

/** The figures of the dashboard's surveys card for fiscal year `fiscalYear` (พ.ศ.). */
export function surveyDashboard(surveys: readonly SurveyRow[], responses: readonly ResponseRow[], fiscalYear: number): SurveyDashboard {
  const live = new Set(surveys.filter((s) => !s.deleted).map((s) => s.id));
  let count = 0;
  let latest: ResponseRow | null = null;
  for (const r of responses) {
    // A second keying (double entry) is the same paper form again.
    if (r.deleted || !live.has(r.surveyId) || r.keying === 'second') continue;
    // The office's local calendar day decides the fiscal year (createdAt is a UTC timestamp).
    if (fiscalYearOf(new Date(r.createdAt)) === fiscalYear) count++;
    if (!latest || r.createdAt > latest.createdAt) latest = r;
  }
  return { responses: count, open: surveys.filter((s) => !s.deleted && !s.superseded).length, latestSurveyId: latest?.surveyId ?? null };
}
