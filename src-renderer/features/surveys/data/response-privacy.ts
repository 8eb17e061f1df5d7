import { erasePerson, type PrDeskDb, type SurveyResponseRecord } from '../../../data';

/** The questionnaire with this number in this survey (the number written on the paper form). */
export async function responseBySerial(db: PrDeskDb, surveyId: string, serial: string): Promise<SurveyResponseRecord | null> {
  const wanted = serial.trim();
  if (wanted === '') return null;
  const rows = await db.surveyResponses.where('surveyId').equals(surveyId).toArray();
  return rows.find((r) => !r.deleted && r.serial.trim() === wanted) ?? null;
}

/**
 * PDPA erasure of one respondent's answers (personal-fields.ts, `surveyResponses`): a
 * respondent who wrote their name or phone in an open question asks for it to go. Every answer
 * of the questionnaire is emptied on every workstation after sync, in its change history and
 * this PC's backups too; the questionnaire's number and status stay, so the count of forms
 * returned does not change. Returns the files to remove from main's store (none: answers hold
 * no files).
 */
export async function eraseResponse(db: PrDeskDb, responseId: string, reason: string): Promise<string[]> {
  const outcome = await erasePerson(db, { table: 'surveyResponses', recordId: responseId, reason });
  return outcome.blobIds;
}
