import { z } from 'zod';
import type { BriefingQa } from './briefing';
import { isoDate, thaiText } from './validation';

/**
 * คลังคำถาม-คำตอบ: reusable questions with answers someone approved, by topic. An answer goes
 * stale: facts change, so it is flagged for review after 90 days or on its review-by date.
 */
export const qaBankItemSchema = z.object({
  topic: thaiText({ min: 1, max: 120 }),
  question: thaiText({ min: 1, max: 1_000 }),
  answer: thaiText({ min: 1, max: 3_000 }),
  bridge: thaiText({ max: 500 }),
  hostile: z.boolean(),
  approver: thaiText({ min: 1, max: 200 }),
  /** When the current answer was approved. */
  approvedOn: isoDate(),
  reviewBy: isoDate().nullable(),
  version: z.number().int().min(1).max(999),
});
export type QaBankItem = z.infer<typeof qaBankItemSchema>;

export const QA_STALE_AFTER_DAYS = 90;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * True when the answer was approved more than 90 days before `today` (day 90 is still fresh,
 * day 91 is stale), or its review-by date has passed.
 */
export function isQaStale(item: Pick<QaBankItem, 'approvedOn' | 'reviewBy'>, today: string, days = QA_STALE_AFTER_DAYS): boolean {
  if (dayNumber(today) - dayNumber(item.approvedOn) > days) return true;
  return item.reviewBy !== null && item.reviewBy < today;
}

/** The copy a briefing keeps: the text as approved now, with the bank item and version it came from. */
export function qaFromBank(item: QaBankItem & { id: string }): BriefingQa {
  return {
    question: item.question,
    answer: item.answer,
    bridge: item.bridge,
    hostile: item.hostile,
    bankItemId: item.id,
    bankVersion: item.version,
  };
}

/** Editing the answer of an item makes a new version, approved anew. */
export function reviseQaItem(item: QaBankItem, changes: Pick<QaBankItem, 'answer' | 'approver' | 'approvedOn'>): QaBankItem {
  const answerChanged = changes.answer.trim() !== item.answer.trim();
  return { ...item, ...changes, version: answerChanged ? item.version + 1 : item.version };
}
