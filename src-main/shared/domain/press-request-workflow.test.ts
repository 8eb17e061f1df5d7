import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from './press';
import { pressRequestWorkflow } from './press-request-workflow';

describe('press service request workflow', () => {
  it('allows every change to another status (the form offers them all) and no move that stays put', () => {
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        expect(pressRequestWorkflow.canMove(from, to), `${from} → ${to}`).toBe(from !== to);
      }
    }
  });

  it('lists targets in the order of the statuses', () => {
    expect(pressRequestWorkflow.targets('new')).toEqual(['assigned', 'done', 'cancelled']);
    expect(pressRequestWorkflow.targets('cancelled')).toEqual(['new', 'assigned', 'done']);
  });

  it('starts new, needs no right, and has no final status', () => {
    expect(pressRequestWorkflow.initial).toBe('new');
    expect(pressRequestWorkflow.transitions.some((t) => t.right)).toBe(false);
    expect(REQUEST_STATUSES.some((s) => pressRequestWorkflow.isFinal(s))).toBe(false);
    expect(() => pressRequestWorkflow.assertMove('done', 'done')).toThrow(/press-request/);
  });
});
