import { isQuestionShown, type Answer, type Question, type Survey } from '../../../../src-main/shared/domain/survey';

export type Answers = Record<string, Answer | undefined>;

/** The questions asked, in paper order, given the answers so far. */
export function visibleQuestions(survey: Survey, answers: Answers): Question[] {
  return survey.questions.filter((q) => isQuestionShown(q, answers));
}

/**
 * A digit key on a choice question. Rating and single choice: the digit is the code printed
 * beside the box (5 = มากที่สุด); a code ≥ 10 is reached by typing its two digits quickly
 * (`pending`). Multiple choice: the digit toggles that code. Returns undefined if no such code.
 */
export function answerForDigit(question: Question, current: Answer | undefined, digit: number): Answer | undefined {
  if (!question.options.some((o) => o.code === digit)) return undefined;
  if (question.type === 'multiple') {
    const list = Array.isArray(current) ? current : [];
    return list.includes(digit) ? list.filter((c) => c !== digit) : [...list, digit].sort((a, b) => a - b);
  }
  if (question.type === 'rating' || question.type === 'single') return digit;
  return undefined;
}

export function isAnswered(value: Answer | undefined): boolean {
  return !(value === undefined || value === '' || (Array.isArray(value) && value.length === 0));
}

/** Required questions (that are shown) still without an answer. */
export function missingRequired(survey: Survey, answers: Answers): Question[] {
  return visibleQuestions(survey, answers).filter((q) => q.required && !isAnswered(answers[q.id]));
}

/** A number answer outside the question's range (an age of 250 is a keying error). */
export function outOfRange(question: Question, value: Answer | undefined): boolean {
  if (question.type !== 'number' || typeof value !== 'number') return false;
  return (question.min !== null && value < question.min) || (question.max !== null && value > question.max);
}

/** Drops answers to questions the skip logic now hides (the keyer changed an earlier answer). */
export function pruneHidden(survey: Survey, answers: Answers): Answers {
  const shown = new Set(visibleQuestions(survey, answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id)));
}

/** A date answer that is not a real date yet (ThaiDateInput hands over the raw text, e.g. "31/2/2568"). */
export function invalidDate(question: Question, value: Answer | undefined): boolean {
  return question.type === 'date' && typeof value === 'string' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** One answer as compared: null when empty, text trimmed, ticks in order (so [3, 1] equals [1, 3]). */
export function answerKey(value: Answer | undefined): string | null {
  if (!isAnswered(value) || value === undefined) return null;
  if (Array.isArray(value)) return JSON.stringify([...value].sort((a, b) => a - b));
  return typeof value === 'string' ? `s:${value.trim()}` : `n:${value}`;
}

/** The answers as compared for "identical": empty ones dropped, text trimmed, ticks in order. */
function normalised(answers: Answers): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, value] of Object.entries(answers)) {
    const key = answerKey(value);
    if (key !== null) out.set(id, key);
  }
  return out;
}

export function sameAnswers(a: Answers, b: Answers): boolean {
  const x = normalised(a);
  const y = normalised(b);
  if (x.size !== y.size) return false;
  for (const [id, v] of x) if (y.get(id) !== v) return false;
  return true;
}

/**
 * An already keyed questionnaire whose every answer equals these: possibly the same paper keyed
 * twice under another number. Only a warning — two people can answer alike — so the keyer may
 * confirm past it. An empty questionnaire matches nothing.
 */
export function findIdentical<T extends { answers: Answers; deleted?: boolean }>(existing: readonly T[], answers: Answers): T | undefined {
  if (normalised(answers).size === 0) return undefined;
  return existing.find((r) => !r.deleted && sameAnswers(r.answers, answers));
}

/** Drops empty answers so the record only holds what the respondent gave. */
export function compactAnswers(answers: Record<string, Answer | undefined>): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[id] = value;
  }
  return out;
}

/** The next questionnaire number to suggest: one past the highest numeric serial so far. */
export function nextSerial(serials: readonly string[]): string {
  let max = 0;
  for (const s of serials) if (/^\d+$/.test(s)) max = Math.max(max, Number(s));
  return String(max + 1);
}
