import { erasePerson, type PrDeskDb, type SurveyResponseRecord } from '../../../data';

/** The questionnaire with this number in this survey (the number written on the paper form). */
export async function responseBySerial(db: PrDeskDb, surveyId: string, serial: string): Promise<SurveyResponseRecord | null> {
  const wanted = serial.trim();
  if (wanted === '') return null;
  const rows = await db.surveyResponses.where('surveyId').equals(surveyId).toArray();
  // The first keying when the form was keyed twice (double entry): eraseResponse takes both.
  return rows.find((r) => !r.deleted && r.serial.trim() === wanted && r.keying !== 'second') ?? rows.find((r) => !r.deleted && r.serial.trim() === wanted) ?? null;
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
  const blobIds = [...(await erasePerson(db, { table: 'surveyResponses', recordId: responseId, reason })).blobIds];
  // Double entry: the other keying of the same paper form holds the same answers.
  const record = await db.surveyResponses.get(responseId);
  const serial = record?.serial.trim() ?? '';
  if (record && serial !== '' && record.mode === 'keyed') {
    const others = (await db.surveyResponses.where('surveyId').equals(record.surveyId).toArray()).filter(
      (r) => r.id !== responseId && !r.deleted && r.mode === 'keyed' && r.serial.trim() === serial,
    );
    for (const other of others) blobIds.push(...(await erasePerson(db, { table: 'surveyResponses', recordId: other.id, reason })).blobIds);
  }
  return blobIds;
}
