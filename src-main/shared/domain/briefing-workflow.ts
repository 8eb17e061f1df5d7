import { defineWorkflow } from '../workflow/define-workflow';

// The states live here rather than in briefing.ts, which uses the workflow: briefing.ts
// re-exports them, so importing either file first never meets the other half-loaded.
export const BRIEFING_STATUSES = ['draft', 'review', 'approved', 'used'] as const;
export type BriefingStatus = (typeof BRIEFING_STATUSES)[number];

/** The event of the move back to draft when an approved or used briefing gets a new version. */
export const NEW_VERSION_EVENT = 'revise';

/**
 * ร่าง → ตรวจทาน → อนุมัติ → ใช้แล้ว, one step at a time; approving needs the approver's right.
 * An approved or used briefing is never edited in place: a change starts the next version as a
 * draft (startNewVersion), which is the move back.
 */
export const briefingWorkflow = defineWorkflow({
  name: 'briefing',
  states: BRIEFING_STATUSES,
  initial: 'draft',
  transitions: [
    { from: 'draft', to: 'review', event: 'submit' },
    { from: 'review', to: 'approved', event: 'approve', right: 'briefing.approve' },
    { from: 'approved', to: 'used', event: 'use' },
    { from: 'approved', to: 'draft', event: NEW_VERSION_EVENT },
    { from: 'used', to: 'draft', event: NEW_VERSION_EVENT },
  ],
});

/** The one step forward from `status` (the editor's advance button), or null when there is none. */
export function nextBriefingStatus(status: BriefingStatus): BriefingStatus | null {
  return briefingWorkflow.transitionsFrom(status).find((t) => t.event !== NEW_VERSION_EVENT)?.to ?? null;
}

/** Whether a new version may be started from `status`. */
export function canStartNewVersion(status: BriefingStatus): boolean {
  return briefingWorkflow.transition(status, 'draft')?.event === NEW_VERSION_EVENT;
}

/**
 * Whether the text is the one the director approved (approved, or used since): printed as final.
 * A draft or one in review prints with ร่าง across every page.
 */
export function isApprovedBriefing(status: BriefingStatus): boolean {
  return status === 'approved' || status === 'used';
}
