import { SCHEMA_V5 } from './v5';

/**
 * Version 8: evaluation surveys. Responses are indexed by survey (statistics read one survey's
 * responses) and by [surveyId+serial], the duplicate-entry guard for paper questionnaires.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V5,
  surveys: 'id, title, previousVersionId',
  surveyResponses: 'id, surveyId, [surveyId+serial]',
} as const;
