import { defineWorkflow } from '../workflow/define-workflow';
import { REQUEST_STATUSES } from './press';

/**
 * คำขอรับบริการ: ใหม่ → มอบหมายแล้ว → เสร็จสิ้น, or ยกเลิก. The request form's status select lets
 * the desk set any status from any other (a cancelled request that goes ahead after all, a
 * finished one reopened to add coverage), so every change between two different statuses is
 * a move; none needs a right beyond writing the request.
 */
export const pressRequestWorkflow = defineWorkflow({
  name: 'press-request',
  states: REQUEST_STATUSES,
  initial: 'new',
  transitions: [
    { from: 'new', to: 'assigned', event: 'assign' },
    { from: 'new', to: 'done', event: 'complete' },
    { from: 'new', to: 'cancelled', event: 'cancel' },
    { from: 'assigned', to: 'new', event: 'reopen' },
    { from: 'assigned', to: 'done', event: 'complete' },
    { from: 'assigned', to: 'cancelled', event: 'cancel' },
    { from: 'done', to: 'new', event: 'reopen' },
    { from: 'done', to: 'assigned', event: 'assign' },
    { from: 'done', to: 'cancelled', event: 'cancel' },
    { from: 'cancelled', to: 'new', event: 'reopen' },
    { from: 'cancelled', to: 'assigned', event: 'assign' },
    { from: 'cancelled', to: 'done', event: 'complete' },
  ],
});
