import { defineWorkflow } from '../workflow/define-workflow';
import { COMPLAINT_STEP_KINDS, type ComplaintStepKind } from './complaint';

type AddedStep = Exclude<ComplaintStepKind, 'received'>;

/** The step a staff member records, as the move's event. */
const STEP_EVENTS: Record<AddedStep, string> = {
  reviewing: 'review',
  forwarded: 'forward',
  awaiting: 'await',
  notified: 'notify',
  closed: 'close',
};

const ADDED_STEPS = COMPLAINT_STEP_KINDS.filter((kind): kind is AddedStep => kind !== 'received');

/**
 * รับเรื่อง → ตรวจสอบ → ส่งต่อ → รอผล → แจ้งผู้ร้อง → ยุติเรื่อง. A complaint's status is its latest
 * step, and the steps are separate records two workstations add offline, so the office records
 * any step after any other: a second forwarding to another agency, a closed complaint looked at
 * again (the detail page's step menu offers every step at every status). Only รับเรื่อง is never
 * added: it is written once, with the complaint.
 */
export const complaintWorkflow = defineWorkflow({
  name: 'complaint',
  states: COMPLAINT_STEP_KINDS,
  initial: 'received',
  transitions: COMPLAINT_STEP_KINDS.flatMap((from) => ADDED_STEPS.map((to) => ({ from, to, event: STEP_EVENTS[to] }))),
});
