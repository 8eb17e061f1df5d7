import { surveySchema, type ChoiceOption, type Question, type QuestionType, type Section } from '../../../../src-main/shared/domain/survey';
import { RATING_5, type SurveyDraft } from './templates';

/**
 * Pure edits the survey builder makes to one question. Option codes are what the paper prints
 * beside each box and what responses store, so they never change once given: renaming or
 * moving an option keeps its code, a new option takes the next unused code.
 */

export function addOption(question: Question, label = ''): Question {
  const code = question.options.reduce((max, o) => Math.max(max, o.code), 0) + 1;
  return { ...question, options: [...question.options, { code, label }] };
}

export function renameOption(question: Question, code: number, label: string): Question {
  return { ...question, options: question.options.map((o) => (o.code === code ? { ...o, label } : o)) };
}

export function removeOption(question: Question, code: number): Question {
  return { ...question, options: question.options.filter((o) => o.code !== code) };
}

/** Moves an option up (−1) or down (+1) in the printed order; its code stays. */
export function moveOption(question: Question, code: number, delta: -1 | 1): Question {
  const options = moved(question.options, question.options.findIndex((o) => o.code === code), delta);
  return options ? { ...question, options } : question;
}

/** The list with item `from` moved one place up (−1) or down (+1); null when it cannot move. */
function moved<T>(list: readonly T[], from: number, delta: -1 | 1): T[] | null {
  const to = from + delta;
  const item = list[from];
  if (from < 0 || to < 0 || to >= list.length || item === undefined) return null;
  const next = list.filter((_, i) => i !== from);
  next.splice(to, 0, item);
  return next;
}

export const RATING_POINTS = [5, 4, 3] as const;

/** The usual Thai labels of each scale length, best first. */
const RATING_LABELS: Record<number, readonly string[]> = {
  5: RATING_5.map((o) => o.label),
  4: ['มากที่สุด', 'มาก', 'น้อย', 'น้อยที่สุด'],
  3: ['มาก', 'ปานกลาง', 'น้อย'],
};

/** A rating scale of `points` boxes, codes points…1 (highest = best), with the usual labels. */
export function ratingScale(points: number): ChoiceOption[] {
  const labels = RATING_LABELS[points] ?? RATING_LABELS[5] ?? [];
  return labels.map((label, i) => ({ code: points - i, label }));
}

/** Questions a skip condition on `questionId` may look at: earlier ones with boxes to tick. */
export function skipSources(questions: readonly Question[], questionId: string): Question[] {
  const index = questions.findIndex((q) => q.id === questionId);
  return questions.slice(0, Math.max(0, index)).filter((q) => q.options.length > 0);
}

/**
 * After a question is removed, conditions that pointed at it would hide their questions for
 * good: they are cleared so those questions are always asked.
 */
export function removeQuestion(draft: SurveyDraft, questionId: string): SurveyDraft {
  return {
    ...draft,
    questions: draft.questions
      .filter((q) => q.id !== questionId)
      .map((q) => (q.showIf?.questionId === questionId ? { ...q, showIf: null } : q)),
  };
}

/** An id not yet used by a question (`x<n>`) or a section (`s<n>`) of the draft; never shown to anyone. */
function freshId(draft: SurveyDraft, prefix: 'x' | 's'): string {
  const taken = new Set(prefix === 'x' ? draft.questions.map((q) => q.id) : draft.sections.map((s) => s.id));
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A new question of `type` (rating: the usual 5 points; choices: two empty boxes), not yet in the draft. */
export function newQuestion(draft: SurveyDraft, sectionId: string, type: QuestionType, text = ''): Question {
  const options = type === 'rating' ? RATING_5 : type === 'single' || type === 'multiple' ? [{ code: 1, label: '' }, { code: 2, label: '' }] : [];
  return { id: freshId(draft, 'x'), sectionId, type, text, required: type !== 'longtext' && type !== 'text', options, profile: null, showIf: null, min: null, max: null };
}

/** Adds a question at the end of its section (paper order). */
export function addQuestion(draft: SurveyDraft, sectionId: string, type: QuestionType): SurveyDraft {
  const q = newQuestion(draft, sectionId, type);
  const lastIndex = draft.questions.map((x) => x.sectionId).lastIndexOf(sectionId);
  const questions = [...draft.questions];
  questions.splice(lastIndex < 0 ? questions.length : lastIndex + 1, 0, q);
  return { ...draft, questions };
}

/** A survey to build from nothing: one section, one rating question to rewrite (the schema needs one of each). */
export function blankSurvey(): SurveyDraft {
  const empty: SurveyDraft = { title: 'แบบสอบถามใหม่', description: '', bandScheme: 'width050', sections: [{ id: 's1', title: 'ตอนที่ 1' }], questions: [] };
  return { ...empty, questions: [newQuestion(empty, 's1', 'rating', 'ข้อคำถามที่ 1')] };
}

/** Adds a section at the end, titled "ตอนที่ k" until it is renamed. */
export function addSection(draft: SurveyDraft): SurveyDraft {
  const section: Section = { id: freshId(draft, 's'), title: `ตอนที่ ${draft.sections.length + 1}` };
  return { ...draft, sections: [...draft.sections, section] };
}

export function renameSection(draft: SurveyDraft, sectionId: string, title: string): SurveyDraft {
  return { ...draft, sections: draft.sections.map((s) => (s.id === sectionId ? { ...s, title } : s)) };
}

/** Removes a section that has no questions (a section with questions keeps them: move or remove them first). */
export function removeSection(draft: SurveyDraft, sectionId: string): SurveyDraft {
  if (draft.sections.length <= 1 || draft.questions.some((q) => q.sectionId === sectionId)) return draft;
  return { ...draft, sections: draft.sections.filter((s) => s.id !== sectionId) };
}

/** Questions in paper order: section by section, each section's in its own order. */
function paperOrder(sections: readonly Section[], questions: readonly Question[]): Question[] {
  return sections.flatMap((s) => questions.filter((q) => q.sectionId === s.id));
}

/**
 * After a move, a skip condition may only look back (the keyer answers in paper order): one that
 * now points at a later question is cleared, so that question is always asked.
 */
function clearForwardConditions(questions: Question[]): Question[] {
  return questions.map((q, i) => (q.showIf && !questions.slice(0, i).some((p) => p.id === q.showIf?.questionId) ? { ...q, showIf: null } : q));
}

/** Moves a section up (−1) or down (+1); its questions go with it. */
export function moveSection(draft: SurveyDraft, sectionId: string, delta: -1 | 1): SurveyDraft {
  const sections = moved(draft.sections, draft.sections.findIndex((s) => s.id === sectionId), delta);
  if (!sections) return draft;
  return { ...draft, sections, questions: clearForwardConditions(paperOrder(sections, draft.questions)) };
}

/** Moves a question up (−1) or down (+1) within its section. */
export function moveQuestion(draft: SurveyDraft, questionId: string, delta: -1 | 1): SurveyDraft {
  const question = draft.questions.find((q) => q.id === questionId);
  if (!question) return draft;
  const inSection = draft.questions.filter((q) => q.sectionId === question.sectionId);
  const reordered = moved(inSection, inSection.indexOf(question), delta);
  if (!reordered) return draft;
  const others = draft.questions.filter((q) => q.sectionId !== question.sectionId);
  return { ...draft, questions: clearForwardConditions(paperOrder(draft.sections, [...others, ...reordered])) };
}

/**
 * How the builder names each question: "ข้อ 2.3" is the third question of the second section, as
 * the paper numbers it. Ids (x11, q5) are internal and never shown.
 */
export function questionNumbers(draft: Pick<SurveyDraft, 'sections' | 'questions'>): Map<string, string> {
  const numbers = new Map<string, string>();
  draft.sections.forEach((s, si) => draft.questions.filter((q) => q.sectionId === s.id).forEach((q, qi) => numbers.set(q.id, `${si + 1}.${qi + 1}`)));
  return numbers;
}

/** A number typed into a range box: empty = no limit; anything unreadable stays for the schema. */
export function parseLimit(raw: string | number): number | null {
  if (typeof raw === 'number') return raw;
  const trimmed = raw.trim();
  return trimmed === '' || Number.isNaN(Number(trimmed)) ? null : Number(trimmed);
}

/**
 * The draft's problems keyed by where they are shown: `title`, `description`, `sections.<index>`, or
 * `<questionId>.<field>` (field: text, options, option.<code>, showIf, max). Keyed by question
 * id, not index, so an error stays beside its question while others are added or removed.
 */
export function builderErrors(draft: SurveyDraft): Record<string, string> {
  const parsed = surveySchema.safeParse({ ...draft, version: 1, previousVersionId: null, locked: false, superseded: false });
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [head, index, field, optionIndex] = issue.path;
    let key = String(head);
    // A part's title: `sections.<index>` (shown under that part's title box).
    if (head === 'sections' && typeof index === 'number') key = `sections.${index}`;
    if (head === 'questions' && typeof index === 'number') {
      const q = draft.questions[index];
      if (!q) continue;
      if (field === 'options' && typeof optionIndex === 'number') key = `${q.id}.option.${q.options[optionIndex]?.code ?? optionIndex}`;
      else if (field === 'min' || field === 'max') key = `${q.id}.max`;
      else key = `${q.id}.${String(field ?? 'text')}`;
    }
    errors[key] ??= issue.message;
  }
  return errors;
}
