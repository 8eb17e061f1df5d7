import { useLiveDbQuery } from '../../../data';
import { surveyDashboard, type SurveyDashboard } from '../model/dashboard';

/** The dashboard card's figures for fiscal year `fiscalYear` (พ.ศ.); surveyDashboard leaves out deleted rows. */
export function useSurveyDashboard(fiscalYear: number): SurveyDashboard | undefined {
  return useLiveDbQuery(async (db) => surveyDashboard(await db.surveys.toArray(), await db.surveyResponses.toArray(), fiscalYear), [fiscalYear]);
}
