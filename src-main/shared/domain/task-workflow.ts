import { defineWorkflow, movesBetweenAll } from '../workflow/define-workflow';
import { TASK_STATUSES } from './task';

/**
 * งาน: รอดำเนินการ → กำลังดำเนินการ → เสร็จสิ้น, or ยกเลิก. The board lets a card be dragged to
 * any other column and the status select offers every status, so every change between two
 * different statuses is a move (reopening a finished task included). The side effects of a
 * change (finish date, progress, the next occurrence) are task-status.ts's.
 */
export const taskWorkflow = defineWorkflow({
  name: 'task',
  states: TASK_STATUSES,
  initial: 'pending',
  transitions: movesBetweenAll(TASK_STATUSES, { pending: 'reopen', 'in-progress': 'start', done: 'finish', cancelled: 'cancel' }),
});
