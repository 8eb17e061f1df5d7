import { describe, expect, it } from 'vitest';
import {
  addOption,
  addQuestion,
  addSection,
  blankSurvey,
  builderErrors,
  moveOption,
  moveQuestion,
  moveSection,
  parseLimit,
  questionNumbers,
  ratingScale,
  removeOption,
  removeQuestion,
  removeSection,
  renameOption,
  renameSection,
  skipSources,
} from './builder';
import { surveyFromTemplate, type SurveyDraft } from './templates';

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

describe('sections and question order (issue 22)', () => {
  it('starts from a blank survey that saves as it is', () => {
    const blank = blankSurvey();
    expect(blank.sections).toHaveLength(1);
    expect(blank.questions).toHaveLength(1);
    expect(builderErrors(blank)).toEqual({});
  });
  it('adds, renames and removes (only empty) sections; a new question goes to the end of its section', () => {
    let d = addSection(blankSurvey());
    const added = d.sections[1];
    if (!added) throw new Error('no section');
    expect(added.title).toBe('ตอนที่ 2');
    d = renameSection(d, added.id, 'ด้านเจ้าหน้าที่');
    d = addQuestion(d, added.id, 'single');
    d = addQuestion(d, 's1', 'rating');
    expect(d.questions.map((q) => q.sectionId)).toEqual(['s1', 's1', added.id]);
    expect(new Set(d.sections.map((s) => s.id)).size).toBe(2);
    expect(new Set(d.questions.map((q) => q.id)).size).toBe(3);
    expect(addQuestion(awareness, 's2', 'single').questions.find((q) => q.sectionId === 's2' && !['heard', 'channels'].includes(q.id))?.id).toBe('x11');
    expect(removeSection(d, added.id)).toBe(d); // it has a question
    expect(builderErrors(renameSection(d, added.id, ''))).toMatchObject({ 'sections.1': 'validation.required' });
    const withEmpty = addSection(d);
    const empty = withEmpty.sections[2]?.id ?? '';
    expect(withEmpty.sections[2]?.title).toBe('ตอนที่ 3');
    expect(removeSection(withEmpty, empty).sections.map((s) => s.title)).toEqual(['ตอนที่ 1', 'ด้านเจ้าหน้าที่']);
  });
  it('moves questions within a section and sections with their questions, in paper order; numbers follow', () => {
    let d: SurveyDraft = awareness;
    d = moveQuestion(d, 'a2', -1);
    expect(d.questions.filter((q) => q.sectionId === 's3').map((q) => q.id)).toEqual(['a2', 'a1', 'a3']);
    expect(moveQuestion(d, 'a2', -1)).toBe(d); // already first of its section
    d = moveSection(d, 's3', -1);
    expect(d.sections.map((s) => s.id)).toEqual(['s1', 's3', 's2', 's4']);
    expect(d.questions.map((q) => q.id)).toEqual(['sex', 'age', 'occupation', 'district', 'a2', 'a1', 'a3', 'heard', 'channels', 'comment']);
    expect(questionNumbers(d).get('a1')).toBe('2.2');
    expect(questionNumbers(d).get('channels')).toBe('3.2');
    expect(builderErrors(d)).toEqual({});
  });
  it('a move that would put a condition before its question clears the condition', () => {
    // channels is asked when heard = 1; moving channels above heard would look forward.
    const d = moveQuestion(awareness, 'channels', -1);
    expect(d.questions.find((q) => q.id === 'channels')?.showIf).toBeNull();
    expect(builderErrors(d)).toEqual({});
  });
});
