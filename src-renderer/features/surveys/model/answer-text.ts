import type { Answer, Question } from '../../../../src-main/shared/domain/survey';
import { formatThaiDateLong } from '../../../../src-main/shared/text/thai-date';
import { isAnswered } from './entry';

/** An answer as the adjudicator reads it: "5 มากที่สุด", "1 วิทยุ, 3 โทรทัศน์", a พ.ศ. date; null when not answered. */
export function answerText(question: Question | null, value: Answer | undefined): string | null {
  if (!isAnswered(value) || value === undefined) return null;
  const label = (code: number) => {
    const option = question?.options.find((o) => o.code === code);
    return option ? `${code} ${option.label}` : String(code);
  };
  if (Array.isArray(value)) return [...value].sort((a, b) => a - b).map(label).join(', ');
  if (typeof value === 'number') return question && question.options.length > 0 ? label(value) : String(value);
  if (question?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatThaiDateLong(value);
  return value;
}

/**
 * The value an adjudicator typed: codes for choice questions ("2", or "1, 3" for several), a
 * number, or text; `value` undefined = left blank (no answer). Null: not a value the question takes.
 */
export function parseTypedAnswer(question: Question | null, raw: string): { value: Answer | undefined } | null {
  const text = raw.trim();
  if (text === '') return { value: undefined };
  if (!question) return { value: text };
  const codes = new Set(question.options.map((o) => o.code));
  if (question.type === 'multiple') {
    const parts = text.split(/[\s,]+/).filter(Boolean);
    if (!parts.every((p) => /^\d+$/.test(p) && codes.has(Number(p)))) return null;
    return { value: [...new Set(parts.map(Number))].sort((a, b) => a - b) };
  }
  if (question.type === 'rating' || question.type === 'single') return /^\d+$/.test(text) && codes.has(Number(text)) ? { value: Number(text) } : null;
  if (question.type === 'number') {
    const n = Number(text);
    if (!Number.isFinite(n)) return null;
    if ((question.min !== null && n < question.min) || (question.max !== null && n > question.max)) return null;
    return { value: n };
  }
  if (question.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(text) ? { value: text } : null;
  return { value: text };
}
