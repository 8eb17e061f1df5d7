import type { Answer, Survey } from '../../../../src-main/shared/domain/survey';
import { useDbCommands, type SurveyRecord } from '../../../data';
import type { ExportRow } from '../model/response-csv';
import type { SurveyDraft, SurveyTemplate } from '../model/templates';
import { adjudicateResponse, createBlankSurvey, createSurveyFromTemplate, deleteResponse, importResponses, responsesOf, saveResponse, saveSurveyDraft, setDoubleEntry, type ResponseInput } from './survey-commands';

/** The survey pages' writes (and the one read a save checks against), bound to the open database. */
export function useSurveyCommands() {
  return useDbCommands((db) => ({
    createBlank: () => createBlankSurvey(db),
    createFromTemplate: (template: SurveyTemplate) => createSurveyFromTemplate(db, template),
    saveDraft: (survey: SurveyRecord, draft: SurveyDraft) => saveSurveyDraft(db, survey, draft),
    saveResponse: (survey: Survey & { id: string }, input: ResponseInput, existingId?: string) => saveResponse(db, survey, input, existingId),
    importResponses: (survey: SurveyRecord, rows: readonly ExportRow[]) => importResponses(db, survey, rows),
    responsesOf: (surveyId: string) => responsesOf(db, surveyId),
    deleteResponse: (responseId: string) => deleteResponse(db, responseId),
    adjudicate: (survey: Survey, firstId: string, secondId: string, answers: Record<string, Answer | undefined>) => adjudicateResponse(db, survey, firstId, secondId, answers),
    setDoubleEntry: (surveyId: string, on: boolean) => setDoubleEntry(db, surveyId, on),
  }));
}
