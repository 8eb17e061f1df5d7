import { describe, expect, it } from 'vitest';
import { compareTasks, filterTasks, isOverdue, NO_TASK_FILTER } from './task-filter';

const base = {
  missionId: 'm1',
  workGroup: 'public-relations' as const,
  assigneeIds: ['s1'],
  status: 'in-progress' as const,
  dueDate: '2026-11-20' as string | null,
  title: 'จัดรายการวิทยุ "สงขลาวันนี้"',
  details: 'ออกอากาศทุกวันจันทร์ FM 90.5',
};

describe('task filters', () => {
  it('flags open tasks past due only', () => {
    expect(isOverdue(base, '2026-11-22')).toBe(true);
    expect(isOverdue({ ...base, status: 'done' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ ...base, status: 'cancelled' }, '2026-11-22')).toBe(false);
    expect(isOverdue(base, '2026-11-20')).toBe(false);
    expect(isOverdue({ ...base, dueDate: null }, '2026-11-22')).toBe(false);
  });

  it('filters by each field and combines them', () => {
    const other = { ...base, missionId: 'm2', assigneeIds: ['s2'], status: 'pending' as const, dueDate: '2026-12-01', title: 'ประชุมสื่อมวลชน' };
    const tasks = [base, other];
    const today = '2026-11-22';
    expect(filterTasks(tasks, { ...NO_TASK_FILTER, missionId: 'm2' }, today)).toEqual([other]);
    expect(filterTasks(tasks, { ...NO_TASK_FILTER, assigneeId: 's1' }, today)).toEqual([base]);
    expect(filterTasks(tasks, { ...NO_TASK_FILTER, status: 'pending' }, today)).toEqual([other]);
    expect(filterTasks(tasks, { ...NO_TASK_FILTER, overdueOnly: true }, today)).toEqual([base]);
    expect(filterTasks(tasks, { ...NO_TASK_FILTER, workGroup: 'evaluation' }, today)).toEqual([]);
  });

  it('finds Thai words inside text without spaces, in title or details, any case', () => {
    const today = '2026-11-22';
    expect(filterTasks([base], { ...NO_TASK_FILTER, search: 'วิทยุ' }, today)).toHaveLength(1);
    expect(filterTasks([base], { ...NO_TASK_FILTER, search: 'fm   วันจันทร์' }, today)).toHaveLength(1);
    expect(filterTasks([base], { ...NO_TASK_FILTER, search: 'โทรทัศน์' }, today)).toHaveLength(0);
    // ำ typed as ํ + า (some keyboards, text copied from PDFs) still finds ำ.
    expect(filterTasks([{ ...base, title: 'ทำข่าว' }], { ...NO_TASK_FILTER, search: 'ท\u0e4d\u0e32' }, today)).toHaveLength(1);
  });

  it('sorts soonest due first, undated last', () => {
    const list = [
      { dueDate: null, title: 'ก' },
      { dueDate: '2026-12-01', title: 'ข' },
      { dueDate: '2026-11-01', title: 'ค' },
    ];
    expect(list.sort(compareTasks).map((t) => t.title)).toEqual(['ค', 'ข', 'ก']);
  });
});
