import { describe, expect, it } from 'vitest';
import { addOption, builderErrors, moveOption, parseLimit, ratingScale, removeOption, removeQuestion, renameOption, skipSources } from './builder';
import { surveyFromTemplate } from './templates';

const awareness = surveyFromTemplate('awareness');
const channels = awareness.questions.find((q) => q.id === 'channels')!;

describe('survey builder edits', () => {
  it('options keep their codes when renamed, moved or a neighbour is removed; a new one takes the next code', () => {
    let q = removeOption(channels, 2); // Facebook gone: codes 1,3,4,5,6
    q = addOption(q, 'TikTok');
    expect(q.options.map((o) => o.code)).toEqual([1, 3, 4, 5, 6, 7]);
    q = renameOption(q, 3, 'ไลน์');
    q = moveOption(q, 7, -1);
    q = moveOption(q, 1, -1); // first stays first
    expect(q.options.map((o) => `${o.code}:${o.label}`)).toEqual(['1:วิทยุกระจายเสียง', '3:ไลน์', '4:เว็บไซต์', '5:หอกระจายข่าว', '7:TikTok', '6:ป้ายประชาสัมพันธ์']);
  });
  it('rating scales of 5, 4 and 3 points, highest code = best', () => {
    expect(ratingScale(5).map((o) => o.code)).toEqual([5, 4, 3, 2, 1]);
    expect(ratingScale(4)).toEqual([
      { code: 4, label: 'มากที่สุด' },
      { code: 3, label: 'มาก' },
      { code: 2, label: 'น้อย' },
      { code: 1, label: 'น้อยที่สุด' },
    ]);
    expect(ratingScale(3).map((o) => o.label)).toEqual(['มาก', 'ปานกลาง', 'น้อย']);
  });
  it('a skip condition may only look at earlier questions with options', () => {
    expect(skipSources(awareness.questions, 'a1').map((q) => q.id)).toEqual(['sex', 'age', 'occupation', 'district', 'heard', 'channels']);
    expect(skipSources(awareness.questions, 'sex')).toEqual([]);
  });
  it('removing a question clears the conditions that pointed at it', () => {
    const next = removeQuestion(awareness, 'heard');
    expect(next.questions.find((q) => q.id === 'channels')?.showIf).toBeNull();
  });
  it('reads range limits, empty = no limit', () => {
    expect(parseLimit('')).toBeNull();
    expect(parseLimit(' 15 ')).toBe(15);
    expect(parseLimit(99)).toBe(99);
  });
});

describe('builder errors beside the field', () => {
  it('a valid template has none', () => {
    expect(builderErrors(awareness)).toEqual({});
  });
  it('keys errors by question id and option code', () => {
    const questions = awareness.questions.map((q) => {
      if (q.id === 'channels') return renameOption({ ...q, text: '' }, 4, '  ');
      if (q.id === 'a1') return { ...q, options: q.options.slice(0, 1) };
      return q;
    });
    const errors = builderErrors({ ...awareness, title: '', questions });
    expect(errors).toMatchObject({
      title: 'validation.required',
      'channels.text': 'validation.required',
      'channels.option.4': 'validation.required',
      'a1.options': 'surveys.validation.fewOptions',
    });
  });
  it('a condition on a removed option and a range the wrong way round are caught', () => {
    const questions = awareness.questions.map((q) => {
      if (q.id === 'heard') return removeOption(q, 1);
      if (q.id === 'a3') return { ...q, type: 'number' as const, options: [], min: 90, max: 15 };
      return q;
    });
    const errors = builderErrors({ ...awareness, questions });
    expect(errors['channels.showIf']).toBe('surveys.validation.skipOption');
    expect(errors['a3.max']).toBe('surveys.validation.minMax');
  });
});
