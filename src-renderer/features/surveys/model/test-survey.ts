import { surveySchema, type Survey } from '../../../../src-main/shared/domain/survey';
import { surveyFromTemplate, type SurveyTemplate } from './templates';

/** For tests: a template's survey as first saved (version 1, open, not locked). */
export function templateSurvey(template: SurveyTemplate): Survey {
  return surveySchema.parse({ ...surveyFromTemplate(template), version: 1, previousVersionId: null, locked: false, superseded: false });
}
