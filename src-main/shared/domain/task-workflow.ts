import { defineWorkflow } from '../workflow/define-workflow';
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
  transitions: [
    { from: 'pending', to: 'in-progress', event: 'start' },
    { from: 'pending', to: 'done', event: 'finish' },
    { from: 'pending', to: 'cancelled', event: 'cancel' },
    { from: 'in-progress', to: 'pending', event: 'reopen' },
    { from: 'in-progress', to: 'done', event: 'finish' },
    { from: 'in-progress', to: 'cancelled', event: 'cancel' },
    { from: 'done', to: 'pending', event: 'reopen' },
    { from: 'done', to: 'in-progress', event: 'start' },
    { from: 'done', to: 'cancelled', event: 'cancel' },
    { from: 'cancelled', to: 'pending', event: 'reopen' },
    { from: 'cancelled', to: 'in-progress', event: 'start' },
    { from: 'cancelled', to: 'done', event: 'finish' },
  ],
});
