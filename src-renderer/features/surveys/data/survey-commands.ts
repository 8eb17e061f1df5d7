import { keyingOf, type Answer, type EntryMode, type Keying, type ResponseStatus, type Survey } from '../../../../src-main/shared/domain/survey';
import { surveyRepo, surveyResponseRepo, type PrDeskDb, type SurveyRecord } from '../../../data';
import { blankSurvey } from '../model/builder';
import { compactAnswers, missingRequired } from '../model/entry';
import type { ExportRow } from '../model/response-csv';
import { surveyFromTemplate, type SurveyDraft, type SurveyTemplate } from '../model/templates';

/** A questionnaire number already keyed for this survey (the paper was entered twice). */
export class DuplicateSerialError extends Error {
  constructor(readonly serial: string) {
    super(`Questionnaire ${serial} is already entered`);
    this.name = 'DuplicateSerialError';
  }
}

/** Double entry: the second keying of a paper form must be keyed by someone other than the first. */
export class SameKeyerError extends Error {
  constructor(readonly serial: string) {
    super(`Questionnaire ${serial} was keyed the other time by the same person`);
    this.name = 'SameKeyerError';
  }
}

/** A survey built from nothing (builder.ts blankSurvey): one part and one question to rewrite. */
export async function createBlankSurvey(db: PrDeskDb): Promise<SurveyRecord> {
  return surveyRepo(db).create({ ...blankSurvey(), version: 1, previousVersionId: null, locked: false, superseded: false });
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
  /** Double entry: which keying of the paper form this is (absent: the first). */
  keying?: Keying;
}

/**
 * Saves one respondent's answers: new, or over the stored questionnaire `existingId` (a partial
 * one completed, or a correction; the record's history keeps who changed what and when). The
 * number is unique per survey and keying; with double entry the other keying of the same number
 * must be someone else's. The first response locks the survey's questions. Who may write is
 * the data layer's to decide (write-rules.ts: an intern changes only what they keyed).
 */
export async function saveResponse(db: PrDeskDb, survey: Survey & { id: string }, input: ResponseInput, existingId?: string) {
  const repo = surveyResponseRepo(db);
  return db.transaction('rw', db.surveyResponses, db.surveys, db.outbox, async () => {
    const serial = input.serial.trim();
    const existing = existingId ? await repo.get(existingId) : undefined;
    // A correction keeps the record's keying; a new record takes the one asked for.
    const keying = existing ? keyingOf(existing) : (input.keying ?? 'first');
    if (serial) {
      const same = (await db.surveyResponses.where('[surveyId+serial]').equals([survey.id, serial]).toArray()).filter((r) => !r.deleted && r.id !== existingId);
      if (same.some((r) => keyingOf(r) === keying)) throw new DuplicateSerialError(serial);
      const keyer = existing?.createdBy ?? db.writer.getActor();
      if (input.mode === 'keyed' && same.some((r) => r.mode === 'keyed' && r.createdBy === keyer)) throw new SameKeyerError(serial);
    }
    const data = { surveyId: survey.id, serial, answers: compactAnswers(input.answers), status: input.status, mode: input.mode, ...(keying === 'second' ? { keying } : {}) };
    const saved = existing ? await repo.update(existing.id, data) : await repo.create(data);
    if (!survey.locked) await surveyRepo(db).update(survey.id, { locked: true });
    return saved;
  });
}

/** Deletes a keyed questionnaire (a tombstone: it leaves every list and the statistics, and the history keeps who and when). */
export async function deleteResponse(db: PrDeskDb, responseId: string) {
  return surveyResponseRepo(db).remove(responseId);
}

/**
 * Double entry: the adjudicator's decision for one paper form. Both keyings get the decided
 * answers, so the form agrees and counts; each record's history shows who decided and when.
 * Complete when every required question is answered, else partial.
 */
export async function adjudicateResponse(db: PrDeskDb, survey: Survey, firstId: string, secondId: string, answers: Record<string, Answer | undefined>) {
  const repo = surveyResponseRepo(db);
  const decided = compactAnswers(answers);
  const status: ResponseStatus = missingRequired(survey, decided).length === 0 ? 'final' : 'partial';
  return db.transaction('rw', db.surveyResponses, db.outbox, async () => {
    await repo.update(firstId, { answers: decided, status });
    await repo.update(secondId, { answers: decided, status });
  });
}

/** Turns double entry on or off (a survey setting: the questions do not change, so no new version). */
export async function setDoubleEntry(db: PrDeskDb, surveyId: string, on: boolean) {
  return surveyRepo(db).update(surveyId, { doubleEntry: on });
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
