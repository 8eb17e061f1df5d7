import { SCHEMA_V7 } from './v7';

/**
 * Version 8: evaluation surveys. Responses are indexed by survey (statistics read one survey's
 * responses) and by [surveyId+serial], the duplicate-entry guard for paper questionnaires.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  surveys: 'id, title, previousVersionId',
  surveyResponses: 'id, surveyId, [surveyId+serial]',
} as const;
