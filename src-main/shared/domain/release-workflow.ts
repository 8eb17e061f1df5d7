import { defineWorkflow } from '../workflow/define-workflow';
import { RELEASE_STATUSES } from './press';

/**
 * ร่าง → ตรวจทาน → อนุมัติ → เผยแพร่. A release in review or approved can be sent back to draft
 * with a comment; approving needs the approver's right (and, in write-rules, not one's own
 * work). The events are the release page's button ids (press.step.<event>), in the order the
 * buttons show.
 */
export const releaseWorkflow = defineWorkflow({
  name: 'release',
  states: RELEASE_STATUSES,
  initial: 'draft',
  transitions: [
    { from: 'draft', to: 'review', event: 'submit' },
    { from: 'review', to: 'approved', event: 'approve', right: 'release.approve' },
    { from: 'review', to: 'draft', event: 'return' },
    { from: 'approved', to: 'published', event: 'publish' },
    { from: 'approved', to: 'draft', event: 'return' },
  ],
});
