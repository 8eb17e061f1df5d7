import { describe, expect, it } from 'vitest';
import { PermissionDeniedError } from '../../../../src-main/shared/auth/permissions';
import { surveyRepo, surveyResponseRepo, type PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { countedResponses } from '../model/double-entry';
import { computeSurveyStats } from '../model/statistics';
import { templateSurvey } from '../model/test-survey';
import { adjudicateResponse, createBlankSurvey, deleteResponse, DuplicateSerialError, responsesOf, SameKeyerError, saveResponse, saveSurveyDraft, setDoubleEntry } from './survey-commands';

const form = (q1: number) => ({ sex: 1, age: 2, occupation: 3, district: 1, q1, q2: 4, q3: 4, q4: 4, q5: 4 });

async function setUp() {
  const { db, state } = await openTestDb('staff-1', undefined, { role: 'officer' });
  const survey = await surveyRepo(db).create(templateSurvey('satisfaction'));
  return { db, state, survey };
}

async function statsOf(db: PrDeskDb, surveyId: string) {
  const survey = (await surveyRepo(db).get(surveyId))!;
  const stats = computeSurveyStats(survey, countedResponses(survey, await responsesOf(db, surveyId)));
  return { respondents: stats.respondents, partial: stats.partial, q1: stats.questions.find((q) => q.question.id === 'q1')?.rating?.meanRounded ?? null };
}

describe('keyed questionnaires: complete, correct, delete', () => {
  it('a partial form is saved, left out of the statistics, then opened and completed in place', async () => {
    const { db, survey } = await setUp();
    await saveResponse(db, survey, { serial: '1', answers: form(5), status: 'final', mode: 'keyed' });
    const partial = await saveResponse(db, survey, { serial: '2', answers: { sex: 2, age: 1 }, status: 'partial', mode: 'keyed' });
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 1, partial: 1, q1: 5 });
    await saveResponse(db, survey, { serial: '2', answers: { ...partial.answers, ...form(3), sex: 2, age: 1 }, status: 'final', mode: 'keyed' }, partial.id);
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 2, partial: 0, q1: 4 });
    expect(await responsesOf(db, survey.id)).toHaveLength(2); // completed in place, not a second record
  });

  it('a correction counts its new answers, and the history says who changed what and when', async () => {
    const { db, state, survey } = await setUp();
    await saveResponse(db, survey, { serial: '1', answers: form(5), status: 'final', mode: 'keyed' });
    const wrong = await saveResponse(db, survey, { serial: '2', answers: form(5), status: 'final', mode: 'keyed' });
    expect((await statsOf(db, survey.id)).q1).toBe(5);
    state.actor = 'staff-2';
    state.now = new Date('2025-01-16T04:00:00Z');
    await saveResponse(db, survey, { serial: '2', answers: form(2), status: 'final', mode: 'keyed' }, wrong.id);
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 2, partial: 0, q1: 3.5 });
    const [latest] = await surveyResponseRepo(db).history(wrong.id);
    expect(latest).toMatchObject({ actor: 'staff-2', at: '2025-01-16T04:00:00.000Z', kind: 'update' });
    expect(latest?.changes.map((c) => c.field)).toEqual(['answers']);
    expect(await db.surveyResponses.get(wrong.id)).toMatchObject({ createdBy: 'staff-1', updatedBy: 'staff-2' });
  });

  it('a deleted form no longer counts, and its number can be keyed again', async () => {
    const { db, survey } = await setUp();
    await saveResponse(db, survey, { serial: '1', answers: form(5), status: 'final', mode: 'keyed' });
    const doomed = await saveResponse(db, survey, { serial: '2', answers: form(1), status: 'final', mode: 'keyed' });
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 2, partial: 0, q1: 3 });
    await deleteResponse(db, doomed.id);
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 1, partial: 0, q1: 5 });
    expect((await surveyResponseRepo(db).history(doomed.id))[0]).toMatchObject({ kind: 'delete', actor: 'staff-1' });
    await expect(saveResponse(db, survey, { serial: '2', answers: form(4), status: 'final', mode: 'keyed' })).resolves.toBeTruthy();
  });

  it('an intern corrects or deletes only what they keyed themselves: refused in the data layer', async () => {
    const { db, state, survey } = await setUp();
    const staffs = await saveResponse(db, survey, { serial: '1', answers: form(5), status: 'final', mode: 'keyed' });
    state.actor = 'intern-1';
    state.role = 'intern';
    const own = await saveResponse(db, survey, { serial: '2', answers: form(4), status: 'partial', mode: 'keyed' });
    await saveResponse(db, survey, { serial: '2', answers: form(4), status: 'final', mode: 'keyed' }, own.id);
    await expect(deleteResponse(db, staffs.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(saveResponse(db, survey, { serial: '1', answers: form(1), status: 'final', mode: 'keyed' }, staffs.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(setDoubleEntry(db, survey.id, true)).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 2, partial: 0, q1: 4.5 });
  });
});

describe('double entry in the data layer', () => {
  it('a second keying by someone else, under the same number; the same person or the same keying twice is refused', async () => {
    const { db, state, survey } = await setUp();
    await setDoubleEntry(db, survey.id, true);
    const first = await saveResponse(db, survey, { serial: '1', answers: form(5), status: 'final', mode: 'keyed' });
    await expect(saveResponse(db, survey, { serial: '1', answers: form(5), status: 'final', mode: 'keyed', keying: 'second' })).rejects.toBeInstanceOf(SameKeyerError);
    state.actor = 'staff-2';
    const second = await saveResponse(db, survey, { serial: '1', answers: form(3), status: 'final', mode: 'keyed', keying: 'second' });
    expect(second.keying).toBe('second');
    expect(first.keying).toBeUndefined(); // first keyings are stored as every older record
    await expect(saveResponse(db, survey, { serial: '1', answers: form(3), status: 'final', mode: 'keyed', keying: 'second' })).rejects.toBeInstanceOf(DuplicateSerialError);
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 0, partial: 0, q1: null });

    // The adjudicator (a third person) decides; both records now agree and the form counts.
    state.actor = 'staff-3';
    await adjudicateResponse(db, survey, first.id, second.id, form(3));
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 1, partial: 0, q1: 3 });
    // The keying that was changed carries the decision in its history; the other was already right.
    expect((await surveyResponseRepo(db).history(first.id))[0]).toMatchObject({ actor: 'staff-3', kind: 'update' });
    expect((await surveyResponseRepo(db).history(second.id))[0]).toMatchObject({ actor: 'staff-2', kind: 'create' });

    // Turning double entry off: the second keying is never counted twice.
    await setDoubleEntry(db, survey.id, false);
    expect(await statsOf(db, survey.id)).toEqual({ respondents: 1, partial: 0, q1: 3 });
  });
});

describe('building and versions (issue 22)', () => {
  it('a blank survey is created ready to build: one part, one question, version 1, open', async () => {
    const { db } = await setUp();
    const blank = await createBlankSurvey(db);
    expect(blank).toMatchObject({ title: 'แบบสอบถามใหม่', version: 1, locked: false, superseded: false });
    expect(blank.sections).toHaveLength(1);
    expect(blank.questions).toHaveLength(1);
  });
  it('rating bands change in place until the first answer; after it only as a new version, the old keeping its bands and answers', async () => {
    const { db, survey } = await setUp();
    const draft = { title: survey.title, description: survey.description, sections: survey.sections, questions: survey.questions, bandScheme: survey.bandScheme };
    const same = await saveSurveyDraft(db, survey, { ...draft, bandScheme: 'width080' });
    expect(same).toMatchObject({ id: survey.id, version: 1, bandScheme: 'width080' });
    await saveResponse(db, same, { serial: '1', answers: form(5), status: 'final', mode: 'keyed' });
    const locked = (await surveyRepo(db).get(survey.id))!;
    expect(locked.locked).toBe(true);
    const next = await saveSurveyDraft(db, locked, { ...draft, bandScheme: 'width050' });
    expect(next).toMatchObject({ version: 2, previousVersionId: survey.id, bandScheme: 'width050', locked: false });
    expect(await surveyRepo(db).get(survey.id)).toMatchObject({ bandScheme: 'width080', superseded: true, locked: true });
    expect(await responsesOf(db, survey.id)).toHaveLength(1);
  });
});
