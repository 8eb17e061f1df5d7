import { describe, expect, it } from 'vitest';
import { isQaStale, qaFromBank, reviseQaItem, type QaBankItem } from './qa-bank';

const item: QaBankItem = {
  topic: 'อุทกภัย',
  question: 'จังหวัดเตรียมศูนย์พักพิงไว้กี่แห่ง',
  answer: 'เตรียมไว้ 42 แห่ง รองรับได้ 8,000 คน',
  bridge: 'สิ่งสำคัญคือประชาชนปลอดภัย',
  hostile: false,
  approver: 'นายสมชาย ใจดี',
  approvedOn: '2026-08-01',
  reviewBy: null,
  version: 1,
};

describe('isQaStale', () => {
  it('is fresh on day 90 and stale on day 91', () => {
    expect(isQaStale(item, '2026-10-30')).toBe(false); // 90 days after 1 Aug
    expect(isQaStale(item, '2026-10-31')).toBe(true); // 91 days
  });
  it('is stale once the review-by date has passed, not on the day itself', () => {
    expect(isQaStale({ ...item, reviewBy: '2026-08-10' }, '2026-08-10')).toBe(false);
    expect(isQaStale({ ...item, reviewBy: '2026-08-10' }, '2026-08-11')).toBe(true);
  });
});

describe('bank → briefing', () => {
  it('copies the text with the bank item id and version', () => {
    expect(qaFromBank({ ...item, id: 'q1', version: 3 })).toEqual({
      question: item.question,
      answer: item.answer,
      bridge: item.bridge,
      hostile: false,
      bankItemId: 'q1',
      bankVersion: 3,
    });
  });
  it('a changed answer is a new version; a new approval date alone is not', () => {
    expect(reviseQaItem(item, { answer: 'เตรียมไว้ 50 แห่ง', approver: 'ก', approvedOn: '2026-11-01' }).version).toBe(2);
    expect(reviseQaItem(item, { answer: item.answer, approver: 'ก', approvedOn: '2026-11-01' }).version).toBe(1);
  });
});
