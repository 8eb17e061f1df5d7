import { describe, expect, it } from 'vitest';
import { answerForDigit, findIdentical, invalidDate, missingRequired, nextSerial, pruneHidden, visibleQuestions } from './entry';
import { templateSurvey } from './test-survey';

const awareness = templateSurvey('awareness');
const q = (id: string) => awareness.questions.find((x) => x.id === id)!;

describe('keyboard entry', () => {
  it('a digit picks the code on rating and single choice, and toggles on multiple choice', () => {
    expect(answerForDigit(q('a1'), undefined, 4)).toBe(4);
    expect(answerForDigit(q('a1'), undefined, 7)).toBeUndefined();
    expect(answerForDigit(q('channels'), [1], 3)).toEqual([1, 3]);
    expect(answerForDigit(q('channels'), [1, 3], 1)).toEqual([3]);
  });
  it('skip logic hides the channels question when heard = ไม่เคย, and prunes a stale answer', () => {
    expect(visibleQuestions(awareness, { heard: 2 }).map((x) => x.id)).not.toContain('channels');
    expect(visibleQuestions(awareness, { heard: 1 }).map((x) => x.id)).toContain('channels');
    expect(pruneHidden(awareness, { heard: 2, channels: [1] })).toEqual({ heard: 2 });
  });
  it('lists required questions still unanswered (hidden ones are not required)', () => {
    const missing = missingRequired(awareness, { sex: 1, age: 2, occupation: 1, district: 1, heard: 2, a1: 5, a2: 4 }).map((x) => x.id);
    expect(missing).toEqual(['a3']);
  });
  it('suggests the next questionnaire number', () => {
    expect(nextSerial([])).toBe('1');
    expect(nextSerial(['1', '2', '10', 'ก-3'])).toBe('11');
  });
  it('a date answer must be a real date (ThaiDateInput hands over raw text until it is one)', () => {
    const date = { ...q('a1'), type: 'date' as const, options: [] };
    expect(invalidDate(date, '2026-01-15')).toBe(false);
    expect(invalidDate(date, undefined)).toBe(false);
    expect(invalidDate(date, '31/2/2569')).toBe(true);
    expect(invalidDate(q('a1'), 'x')).toBe(false);
  });
  it('finds an already keyed questionnaire with the very same answers (order of ticks and spaces do not matter)', () => {
    const keyed = [
      { serial: '1', answers: { sex: 1, channels: [3, 1], comment: 'ดีมาก' } },
      { serial: '2', answers: { sex: 2, channels: [1] }, deleted: true },
      { serial: '3', answers: { sex: 2, channels: [1] } },
    ];
    expect(findIdentical(keyed, { sex: 1, channels: [1, 3], comment: ' ดีมาก ' })?.serial).toBe('1');
    expect(findIdentical(keyed, { sex: 2, channels: [1], comment: '' })?.serial).toBe('3');
    expect(findIdentical(keyed, { sex: 1, channels: [1, 3] })).toBeUndefined(); // one answer fewer
    expect(findIdentical(keyed, { sex: 1, channels: [1, 3], comment: 'ดีมาก', a1: 5 })).toBeUndefined();
    expect(findIdentical([{ serial: '9', answers: {} }], {})).toBeUndefined();
  });
});
