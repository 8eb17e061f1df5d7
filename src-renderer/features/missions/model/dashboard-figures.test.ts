import { describe, expect, it } from 'vitest';
import { fiscalPeriod } from '../../../../src-main/shared/domain/fiscal-period';
import { dashboardFigures } from './dashboard-figures';
import { sampleTask } from '../../../data/test-db';

const mk = (id: string, o: Parameters<typeof sampleTask>[1]) => ({ ...sampleTask('m1', o), id, createdAt: '2026-10-01T00:00:00Z' });

describe('dashboardFigures', () => {
  const today = '2026-11-22';
  const tasks = [
    mk('today', { startDate: null, dueDate: today }),
    mk('running', { startDate: '2026-11-20', dueDate: '2026-11-25' }),
    mk('late', { startDate: null, dueDate: '2026-11-10', status: 'in-progress' }),
    mk('soon', { startDate: '2026-11-26', dueDate: '2026-11-27' }),
    mk('far', { startDate: '2027-01-10', dueDate: '2027-01-10' }),
    mk('long-running', { startDate: '2026-11-01', dueDate: '2026-12-20' }),
    mk('starts-today', { startDate: today, dueDate: '2026-11-24' }),
    mk('done', { startDate: null, dueDate: today, status: 'done', completedOn: today }),
  ];
  const figures = dashboardFigures(tasks, today, fiscalPeriod(2570, null));

  it('splits open work into today, overdue and the coming week', () => {
    // Work due later is not today's, even when it has started (it was listed every day until due).
    expect(figures.dueToday.map((t) => t.id)).toEqual(['today', 'starts-today']);
    expect(figures.overdue.map((t) => t.id)).toEqual(['late']);
    expect(figures.upcoming.map((t) => t.id)).toEqual(['running', 'soon']);
  });

  it('counts this fiscal year’s tasks per mission', () => {
    expect(figures.perMission.get('m1')).toEqual({ total: 8, done: 1 });
  });
});
