import { surveyResponseSchema, surveySchema, type Survey, type SurveyResponse } from '../../src-main/shared/domain/survey';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const surveyRepo = (db: PrDeskDb) => createRepository<Survey>(db, 'surveys', surveySchema);
export const surveyResponseRepo = (db: PrDeskDb) => createRepository<SurveyResponse>(db, 'surveyResponses', surveyResponseSchema);
