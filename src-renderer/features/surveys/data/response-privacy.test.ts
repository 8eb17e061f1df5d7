import { describe, expect, it } from 'vitest';
import { surveyRepo, surveyResponseRepo } from '../../../data';
import { openTestDb, storedText } from '../../../data/test-db';
import { eraseResponse, responseBySerial } from './response-privacy';
import { templateSurvey } from '../model/test-survey';

describe('erasing one respondent’s questionnaire', () => {
  it('finds it by the number on the paper form and empties its answers everywhere, keeping the form in the count', async () => {
    const { db } = await openTestDb('staff-1', undefined, { role: 'admin' });
    const survey = await surveyRepo(db).create(templateSurvey('awareness'));
    const mine = await surveyResponseRepo(db).create({ surveyId: survey.id, serial: '17', answers: { sex: 1, comment: 'ติดต่อกลับที่ นายวีระ ใจกล้า 0865554444' }, status: 'final', mode: 'keyed' });
    await surveyResponseRepo(db).create({ surveyId: survey.id, serial: '18', answers: { sex: 2 }, status: 'final', mode: 'keyed' });
    expect(await responseBySerial(db, survey.id, ' 99 ')).toBeNull();
    expect((await responseBySerial(db, survey.id, ' 17 '))?.id).toBe(mine.id);

    await eraseResponse(db, mine.id, 'ผู้ตอบขอให้ลบ');
    expect(await db.surveyResponses.get(mine.id)).toMatchObject({ serial: '17', answers: {}, status: 'final', deleted: false });
    expect(await surveyResponseRepo(db).list()).toHaveLength(2);
    const everything = await storedText(db);
    for (const value of ['วีระ', '0865554444']) expect(everything, value).not.toContain(value);
  });

  it('double entry: erasing the form empties both keyings of the paper number', async () => {
    const { db } = await openTestDb('staff-1', undefined, { role: 'admin' });
    const survey = await surveyRepo(db).create(templateSurvey('awareness'));
    const first = await surveyResponseRepo(db).create({ surveyId: survey.id, serial: '7', answers: { comment: 'โทร 0865554444' }, status: 'final', mode: 'keyed' });
    const second = await surveyResponseRepo(db).create({ surveyId: survey.id, serial: '7', answers: { comment: 'โทร 0865554444' }, status: 'final', mode: 'keyed', keying: 'second' });
    expect((await responseBySerial(db, survey.id, '7'))?.id).toBe(first.id);
    await eraseResponse(db, first.id, 'ผู้ตอบขอให้ลบ');
    expect(await db.surveyResponses.get(second.id)).toMatchObject({ serial: '7', answers: {}, keying: 'second' });
    expect(await storedText(db)).not.toContain('0865554444');
  });
});
