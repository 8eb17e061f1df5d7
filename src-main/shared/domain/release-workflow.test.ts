import { describe, expect, it } from 'vitest';
import { RELEASE_STATUSES, type ReleaseStatus } from './press';
import { releaseWorkflow } from './release-workflow';

const LEGAL: [ReleaseStatus, ReleaseStatus][] = [
  ['draft', 'review'],
  ['review', 'approved'],
  ['review', 'draft'],
  ['approved', 'published'],
  ['approved', 'draft'],
];

describe('release workflow', () => {
  it('allows exactly the moves the release page offers', () => {
    for (const from of RELEASE_STATUSES) {
      for (const to of RELEASE_STATUSES) {
        const legal = LEGAL.some(([f, t]) => f === from && t === to);
        expect(releaseWorkflow.canMove(from, to), `${from} → ${to}`).toBe(legal);
      }
    }
  });

  it('refuses skipping review, un-publishing and publishing a draft', () => {
    expect(() => releaseWorkflow.assertMove('draft', 'approved')).toThrow(/release/);
    expect(() => releaseWorkflow.assertMove('published', 'draft')).toThrow();
    expect(() => releaseWorkflow.assertMove('draft', 'published')).toThrow();
  });

  it('starts as a draft, ends published, and approving needs release.approve', () => {
    expect(releaseWorkflow.initial).toBe('draft');
    expect(releaseWorkflow.isFinal('published')).toBe(true);
    expect(releaseWorkflow.rightFor('review', 'approved')).toBe('release.approve');
    expect(releaseWorkflow.rightInto('approved')).toBe('release.approve');
    expect(releaseWorkflow.rightFor('approved', 'published')).toBeUndefined();
  });

  it('gives the page its buttons in order: approve before return', () => {
    expect(releaseWorkflow.transitionsFrom('review').map((t) => t.event)).toEqual(['approve', 'return']);
    expect(releaseWorkflow.transitionsFrom('approved').map((t) => t.event)).toEqual(['publish', 'return']);
  });
});
