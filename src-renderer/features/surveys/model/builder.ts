import { surveySchema, type ChoiceOption, type Question } from '../../../../src-main/shared/domain/survey';
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
  const from = question.options.findIndex((o) => o.code === code);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= question.options.length) return question;
  const options = [...question.options];
  const [moved] = options.splice(from, 1) as [ChoiceOption];
  options.splice(to, 0, moved);
  return { ...question, options };
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

/** A number typed into a range box: empty = no limit; anything unreadable stays for the schema. */
export function parseLimit(raw: string | number): number | null {
  if (typeof raw === 'number') return raw;
  const trimmed = raw.trim();
  return trimmed === '' || Number.isNaN(Number(trimmed)) ? null : Number(trimmed);
}

/**
 * The draft's problems keyed by where they are shown: `title`, `description`, or
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
