import type { Answer, EntryMode, ResponseStatus, Survey } from '../../../../src-main/shared/domain/survey';
import { surveyRepo, surveyResponseRepo, type PrDeskDb, type SurveyRecord } from '../../../data';
import { compactAnswers } from '../model/entry';
import type { ExportRow } from '../model/response-csv';
import { surveyFromTemplate, type SurveyDraft, type SurveyTemplate } from '../model/templates';

/** A questionnaire number already keyed for this survey (the paper was entered twice). */
export class DuplicateSerialError extends Error {
  constructor(readonly serial: string) {
    super(`Questionnaire ${serial} is already entered`);
    this.name = 'DuplicateSerialError';
  }
}

export async function createSurveyFromTemplate(db: PrDeskDb, template: SurveyTemplate): Promise<SurveyRecord> {
  return surveyRepo(db).create({ ...surveyFromTemplate(template), version: 1, previousVersionId: null, locked: false, superseded: false });
}

/** Live responses of one survey. */
export async function responsesOf(db: PrDeskDb, surveyId: string) {
  return (await db.surveyResponses.where('surveyId').equals(surveyId).toArray()).filter((r) => !r.deleted);
}

/**
 * Saves the survey's edited questions. A survey that has responses is locked: the edit becomes
 * a new version (a new record pointing back), so the old answers keep the questions they answered.
 */
export async function saveSurveyDraft(db: PrDeskDb, survey: SurveyRecord, draft: SurveyDraft): Promise<SurveyRecord> {
  const repo = surveyRepo(db);
  if (!survey.locked) return repo.update(survey.id, draft);
  return db.transaction('rw', db.surveys, db.outbox, async () => {
    const next = await repo.create({ ...draft, version: survey.version + 1, previousVersionId: survey.id, locked: false, superseded: false });
    await repo.update(survey.id, { superseded: true });
    return next;
  });
}

export interface ResponseInput {
  serial: string;
  answers: Record<string, Answer>;
  status: ResponseStatus;
  mode: EntryMode;
}

/**
 * Saves one respondent's answers (new, or replacing the partial one `existingId`). The serial is
 * unique per survey; the first response locks the survey's questions.
 */
export async function saveResponse(db: PrDeskDb, survey: Survey & { id: string }, input: ResponseInput, existingId?: string) {
  const repo = surveyResponseRepo(db);
  return db.transaction('rw', db.surveyResponses, db.surveys, db.outbox, async () => {
    const serial = input.serial.trim();
    if (serial) {
      const same = await db.surveyResponses.where('[surveyId+serial]').equals([survey.id, serial]).toArray();
      if (same.some((r) => !r.deleted && r.id !== existingId)) throw new DuplicateSerialError(serial);
    }
    const data = { surveyId: survey.id, serial, answers: compactAnswers(input.answers), status: input.status, mode: input.mode };
    const saved = existingId ? await repo.update(existingId, data) : await repo.create(data);
    if (!survey.locked) await surveyRepo(db).update(survey.id, { locked: true });
    return saved;
  });
}

/**
 * Adds the checked rows of an imported CSV as responses, in one transaction so an interrupted
 * import leaves nothing half-done; like a keyed one, the first response locks the questions.
 */
export async function importResponses(db: PrDeskDb, survey: SurveyRecord, rows: readonly ExportRow[]): Promise<void> {
  const repo = surveyResponseRepo(db);
  await db.transaction('rw', db.surveyResponses, db.surveys, db.outbox, async () => {
    for (const row of rows) await repo.create({ surveyId: survey.id, serial: row.serial, answers: row.answers, status: row.status, mode: 'import' });
    if (!survey.locked) await surveyRepo(db).update(survey.id, { locked: true });
  });
}
