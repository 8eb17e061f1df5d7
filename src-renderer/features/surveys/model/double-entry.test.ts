import { describe, expect, it } from 'vitest';
import { answerText, parseTypedAnswer } from './answer-text';
import { compareKeyings, countedResponses, doubleEntrySummary, pairKeyings, type KeyedResponse } from './double-entry';
import { computeSurveyStats } from './statistics';
import { templateSurvey } from './test-survey';

const awareness = templateSurvey('awareness');
const satisfaction = templateSurvey('satisfaction');

let n = 0;
function keyed(serial: string, answers: KeyedResponse['answers'], extra: Partial<KeyedResponse> = {}): KeyedResponse {
  n += 1;
  return { id: `r${n}`, serial, status: 'final', mode: 'keyed', answers, ...extra };
}
const form = (q1: number) => ({ sex: 1, age: 2, occupation: 3, district: 1, q1, q2: 4, q3: 4, q4: 4, q5: 4 });

describe('double entry: comparing two keyings question by question', () => {
  it('lists exactly the differing questions, in paper order: a changed code, missing vs answered, answered vs missing', () => {
    const first = { sex: 1, age: 2, heard: 1, channels: [1, 3], a1: 5, comment: 'ดี' };
    const second = { sex: 2, age: 2, heard: 1, channels: [1, 3], a2: 4, comment: 'ดี' };
    const diffs = compareKeyings(awareness, first, second);
    expect(diffs.map((d) => [d.questionId, d.first, d.second])).toEqual([
      ['sex', 1, 2],
      ['a1', 5, undefined],
      ['a2', undefined, 4],
    ]);
    expect(diffs[0]?.question?.text).toBe('เพศ');
  });
  it('multiple choice is compared whatever the order of the ticks; blanks and spaces around text are no difference', () => {
    expect(compareKeyings(awareness, { channels: [3, 1, 2], comment: ' ดีมาก ', a1: 5 }, { channels: [1, 2, 3], comment: 'ดีมาก', a1: 5, a2: undefined })).toEqual([]);
    expect(compareKeyings(awareness, { channels: [], comment: '' }, {})).toEqual([]);
    expect(compareKeyings(awareness, { channels: [1, 3] }, { channels: [1] }).map((d) => d.questionId)).toEqual(['channels']);
  });
  it('an answer to a question the survey no longer has is still a difference (listed last)', () => {
    expect(compareKeyings(awareness, { old: 1, sex: 1 }, { sex: 2 }).map((d) => [d.questionId, d.question])).toEqual([
      ['sex', expect.anything()],
      ['old', null],
    ]);
  });
});

describe('double entry: paper forms and what counts', () => {
  it('pairs keyings by the paper number: single, agree, differ, duplicate; kiosk answers are not paired', () => {
    const responses = [
      keyed('1', form(5)),
      keyed('1', form(5), { keying: 'second' }),
      keyed('2', form(5)),
      keyed('2', form(3), { keying: 'second' }),
      keyed(' 3 ', form(4)),
      keyed('4', form(4)),
      keyed('4', form(4)),
      keyed('5', form(4)),
      keyed('5', form(4), { keying: 'second', status: 'partial' }),
      keyed('', form(1), { mode: 'kiosk' }),
      keyed('6', form(1), { deleted: true }),
    ];
    const forms = pairKeyings(satisfaction, responses);
    expect(forms.map((f) => [f.serial, f.state])).toEqual([
      ['1', 'agree'],
      ['2', 'differ'],
      ['3', 'single'],
      ['4', 'duplicate'],
      ['5', 'differ'],
    ]);
    expect(forms[1]?.differences.map((d) => d.questionId)).toEqual(['q1']);
    expect(forms[4]).toMatchObject({ differences: [], statusDiffers: true });
    expect(doubleEntrySummary(forms)).toEqual({ single: 1, agree: 1, awaiting: 3 });
    // Only the agreeing form (its first keying) and the kiosk answer count.
    const counted = countedResponses({ ...satisfaction, doubleEntry: true }, responses);
    expect(counted.map((r) => [r.serial, r.mode])).toEqual([
      ['1', 'keyed'],
      ['', 'kiosk'],
    ]);
    expect(computeSurveyStats(satisfaction, counted).respondents).toBe(2);
  });
  it('without double entry every first keying counts and a second keying left over is never counted twice', () => {
    const responses = [keyed('1', form(5)), keyed('1', form(3), { keying: 'second' }), keyed('2', form(4), { status: 'partial' }), keyed('3', form(2), { deleted: true })];
    expect(countedResponses(satisfaction, responses).map((r) => r.id)).toEqual([responses[0]?.id, responses[2]?.id]);
    const stats = computeSurveyStats(satisfaction, countedResponses(satisfaction, responses));
    expect([stats.respondents, stats.partial]).toEqual([1, 1]);
  });
  it('once adjudicated (both keyings hold the decided answers) the form agrees and counts with the decided answers', () => {
    const first = keyed('9', form(5));
    const second = keyed('9', form(2), { keying: 'second' });
    const survey = { ...satisfaction, doubleEntry: true };
    expect(computeSurveyStats(survey, countedResponses(survey, [first, second])).respondents).toBe(0);
    const decided = form(2);
    const after = [{ ...first, answers: decided }, { ...second, answers: decided }];
    const stats = computeSurveyStats(survey, countedResponses(survey, after));
    expect(stats.respondents).toBe(1);
    expect(stats.questions.find((q) => q.question.id === 'q1')?.rating?.meanRounded).toBe(2);
  });
});

describe('adjudication: reading and typing a value', () => {
  const q = (id: string) => awareness.questions.find((x) => x.id === id) ?? null;
  it('shows codes with their labels, ticks in order, and nothing for a blank', () => {
    expect(answerText(q('sex'), 2)).toBe('2 หญิง');
    expect(answerText(q('channels'), [3, 1])).toMatch(/^1 .+, 3 .+$/);
    expect(answerText(q('sex'), undefined)).toBeNull();
    expect(answerText(q('comment'), ' ดี ')).toBe(' ดี ');
  });
  it('takes a code the question has, several for multiple choice, and refuses others', () => {
    expect(parseTypedAnswer(q('sex'), ' 2 ')).toEqual({ value: 2 });
    expect(parseTypedAnswer(q('sex'), '9')).toBeNull();
    expect(parseTypedAnswer(q('channels'), '3, 1')).toEqual({ value: [1, 3] });
    expect(parseTypedAnswer(q('channels'), '1, 99')).toBeNull();
    expect(parseTypedAnswer(q('a1'), '')).toEqual({ value: undefined });
    expect(parseTypedAnswer(q('comment'), 'ควรปรับปรุง')).toEqual({ value: 'ควรปรับปรุง' });
  });
});
