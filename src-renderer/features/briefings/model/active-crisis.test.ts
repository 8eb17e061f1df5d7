import { describe, expect, it } from 'vitest';
import { activeCrises } from './active-crisis';

const crisis = (id: string, date: string, o: { kind?: string | null; undone?: number; deleted?: boolean } = {}) => ({
  id,
  title: id,
  date,
  crisisKind: o.kind === undefined ? 'flood' : o.kind,
  deleted: o.deleted ?? false,
  checklist: [{ text: 'ออกแถลงการณ์เบื้องต้น', done: true }, ...Array.from({ length: o.undone ?? 0 }, () => ({ text: 'ติดตามข่าวลือ', done: false }))],
});

describe('active crises on the dashboard', () => {
  const today = '2026-12-07';
  it('shows a crisis for a week, and up to 30 days while its first-48-hours list is unfinished', () => {
    const ids = activeCrises(
      [
        crisis('fresh', '2026-12-06'),
        crisis('week-old', '2026-11-30'),
        crisis('eight-days-done', '2026-11-29'),
        crisis('eight-days-open', '2026-11-29', { undone: 2 }),
        crisis('month-old-open', '2026-11-06', { undone: 1 }),
        crisis('plain-briefing', '2026-12-07', { kind: null }),
        crisis('deleted', '2026-12-07', { deleted: true }),
      ],
      today,
    ).map((c) => c.id);
    expect(ids).toEqual(['fresh', 'week-old', 'eight-days-open']);
  });
});
