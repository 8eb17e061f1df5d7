import { describe, expect, it } from 'vitest';
import { TASK_STATUSES } from './task';
import { taskWorkflow } from './task-workflow';

describe('task workflow', () => {
  it('allows every change to another status (board columns, status select) and no move that stays put', () => {
    for (const from of TASK_STATUSES) {
      for (const to of TASK_STATUSES) {
        expect(taskWorkflow.canMove(from, to), `${from} → ${to}`).toBe(from !== to);
      }
    }
  });

  it('offers the other columns in board order', () => {
    for (const status of TASK_STATUSES) expect(taskWorkflow.targets(status)).toEqual(TASK_STATUSES.filter((s) => s !== status));
  });

  it('starts pending, needs no right, and has no final status', () => {
    expect(taskWorkflow.initial).toBe('pending');
    expect(taskWorkflow.transitions.some((t) => t.right)).toBe(false);
    expect(TASK_STATUSES.some((s) => taskWorkflow.isFinal(s))).toBe(false);
    expect(() => taskWorkflow.assertMove('pending', 'pending')).toThrow(/task/);
  });
});
