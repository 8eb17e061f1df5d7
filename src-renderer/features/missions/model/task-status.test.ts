import { describe, expect, it } from 'vitest';
import { nextOccurrenceDates, nextOccurrenceId, statusChange } from './task-status';

describe('statusChange', () => {
  it('records the day and 100 % when finished, clears the day when reopened', () => {
    expect(statusChange({ status: 'in-progress', progress: 40, completedOn: null }, 'done', '2026-11-22')).toEqual({
      status: 'done',
      completedOn: '2026-11-22',
      progress: 100,
    });
    expect(statusChange({ status: 'done', progress: 100, completedOn: '2026-11-22' }, 'in-progress', '2026-11-23')).toEqual({
      status: 'in-progress',
      completedOn: null,
      progress: 90,
    });
    expect(statusChange({ status: 'pending', progress: 0, completedOn: null }, 'pending', '2026-11-22')).toEqual({});
  });
});

describe('recurring tasks', () => {
  it('moves weekly tasks by seven days, across a month end', () => {
    expect(nextOccurrenceDates({ recurrence: 'weekly', startDate: '2026-11-30', dueDate: '2026-11-30' })).toEqual({
      startDate: '2026-12-07',
      dueDate: '2026-12-07',
    });
  });

  it('keeps monthly tasks on the same day, or the last day of a shorter month', () => {
    expect(nextOccurrenceDates({ recurrence: 'monthly', startDate: null, dueDate: '2026-01-31' })).toEqual({ startDate: null, dueDate: '2026-02-28' });
    expect(nextOccurrenceDates({ recurrence: 'monthly', startDate: '2026-12-15', dueDate: '2026-12-15' })).toEqual({
      startDate: '2027-01-15',
      dueDate: '2027-01-15',
    });
  });

  it('does not repeat without a rule or without dates', () => {
    expect(nextOccurrenceDates({ recurrence: 'none', startDate: '2026-01-01', dueDate: null })).toBeNull();
    expect(nextOccurrenceDates({ recurrence: 'daily', startDate: null, dueDate: null })).toBeNull();
  });

  it('gives the same next id on every workstation', () => {
    const id = '0190f0a0-0000-7000-8000-000000000001';
    expect(nextOccurrenceId(id)).toBe(nextOccurrenceId(id));
    expect(nextOccurrenceId(id)).not.toBe(nextOccurrenceId('0190f0a0-0000-7000-8000-000000000002'));
  });
});
