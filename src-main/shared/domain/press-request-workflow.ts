import { defineWorkflow, movesBetweenAll } from '../workflow/define-workflow';
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
  transitions: movesBetweenAll(REQUEST_STATUSES, { new: 'reopen', assigned: 'assign', done: 'complete', cancelled: 'cancel' }),
});
