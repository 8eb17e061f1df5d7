import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../data/agenda';
import { agendaDays, agendaRange } from './agenda-days';

const item = (key: string, date: string, time: string | null = null, title = key): AgendaItem => ({ key, date, time, kindKey: 'k', title, to: '/' });

describe('the dashboard agenda', () => {
  const range = agendaRange('2026-12-30');

  it('covers today and the next 7 days, across a year end', () => {
    expect(range).toEqual({ start: '2026-12-30', end: '2027-01-06' });
  });

  it('lists today first even when empty, then only days with something, each by time (untimed first)', () => {
    const days = agendaDays(
      [item('late', '2027-01-06', '14:30'), item('early', '2027-01-06', '09:00'), item('allday', '2027-01-06'), item('soon', '2026-12-31')],
      range,
    );
    expect(days.map((d) => [d.date, d.offset, d.items.map((i) => i.key)])).toEqual([
      ['2026-12-30', 0, []],
      ['2026-12-31', 1, ['soon']],
      ['2027-01-06', 7, ['allday', 'early', 'late']],
    ]);
  });

  it('leaves out what is before today or after the seventh day', () => {
    const days = agendaDays([item('past', '2026-12-29'), item('far', '2027-01-07'), item('today', '2026-12-30')], range);
    expect(days.flatMap((d) => d.items.map((i) => i.key))).toEqual(['today']);
  });
});
