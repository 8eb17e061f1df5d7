import { describe, expect, it } from 'vitest';
import { BRIEFING_STATUSES, briefingWorkflow, canStartNewVersion, nextBriefingStatus, type BriefingStatus } from './briefing-workflow';

const LEGAL: [BriefingStatus, BriefingStatus][] = [
  ['draft', 'review'],
  ['review', 'approved'],
  ['approved', 'used'],
  ['approved', 'draft'],
  ['used', 'draft'],
];

describe('briefing workflow', () => {
  it('allows exactly the advance steps and the new-version moves', () => {
    for (const from of BRIEFING_STATUSES) {
      for (const to of BRIEFING_STATUSES) {
        const legal = LEGAL.some(([f, t]) => f === from && t === to);
        expect(briefingWorkflow.canMove(from, to), `${from} → ${to}`).toBe(legal);
      }
    }
  });

  it('refuses skipping review, sending a review back, and a new version of a draft', () => {
    expect(() => briefingWorkflow.assertMove('draft', 'approved')).toThrow(/briefing/);
    expect(() => briefingWorkflow.assertMove('review', 'draft')).toThrow();
    expect(() => briefingWorkflow.assertMove('used', 'approved')).toThrow();
  });

  it('advances one step at a time, and no further than used', () => {
    expect(BRIEFING_STATUSES.map(nextBriefingStatus)).toEqual(['review', 'approved', 'used', null]);
  });

  it('starts a new version only from approved or used', () => {
    expect(BRIEFING_STATUSES.filter(canStartNewVersion)).toEqual(['approved', 'used']);
  });

  it('approving needs briefing.approve; nothing else needs a right', () => {
    expect(briefingWorkflow.rightInto('approved')).toBe('briefing.approve');
    expect(briefingWorkflow.transitions.filter((t) => t.right).map((t) => `${t.from}→${t.to}`)).toEqual(['review→approved']);
    expect(BRIEFING_STATUSES.some((s) => briefingWorkflow.isFinal(s))).toBe(false);
  });
});
