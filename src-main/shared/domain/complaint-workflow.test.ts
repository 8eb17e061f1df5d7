import { describe, expect, it } from 'vitest';
import { COMPLAINT_STEP_KINDS } from './complaint';
import { complaintWorkflow } from './complaint-workflow';

describe('complaint workflow', () => {
  it('records any step but รับเรื่อง after any status, the same kind again included', () => {
    for (const from of COMPLAINT_STEP_KINDS) {
      for (const to of COMPLAINT_STEP_KINDS) {
        expect(complaintWorkflow.canMove(from, to), `${from} → ${to}`).toBe(to !== 'received');
      }
    }
  });

  it('offers the steps in the office’s order', () => {
    expect(complaintWorkflow.targets('received')).toEqual(['reviewing', 'forwarded', 'awaiting', 'notified', 'closed']);
    expect(complaintWorkflow.targets('closed')).toEqual(['reviewing', 'forwarded', 'awaiting', 'notified', 'closed']);
  });

  it('names each move by the step recorded', () => {
    expect(complaintWorkflow.transition('received', 'forwarded')?.event).toBe('forward');
    expect(complaintWorkflow.transition('notified', 'closed')?.event).toBe('close');
  });

  it('starts received, never receives twice, and needs no right', () => {
    expect(complaintWorkflow.initial).toBe('received');
    expect(() => complaintWorkflow.assertMove('reviewing', 'received')).toThrow(/complaint/);
    expect(complaintWorkflow.transitions.some((t) => t.right)).toBe(false);
  });
});
