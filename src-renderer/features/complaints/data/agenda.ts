import { addIsoDays } from '../../../../src-main/shared/domain/fiscal-period';
import { complaintDeadlines, orderSteps, type Deadline } from '../../../../src-main/shared/domain/complaint-deadlines';
import type { AgendaItem, AgendaReader } from '../../../data/agenda';
import { readComplaintSettings } from './complaint-commands';

/** How far back a complaint can still have a limit ahead: replies set by letter rarely run past a year. */
const LOOK_BACK_DAYS = 400;

const KIND_KEYS = { acknowledge: 'dashboard.agenda.kinds.complaintAcknowledge', result: 'dashboard.agenda.kinds.complaintResult', reply: 'dashboard.agenda.kinds.complaintReply' } as const;

/**
 * The complaints' limits that fall in the range and are not met yet: telling the complainant,
 * the agency's reply, closing the matter. Read through the database's read scope, so whoever may
 * not see complaints sees none here either; the subject is shown, never the complainant.
 */
export const complaintsAgenda: AgendaReader = async (db, range) => {
  const complaints = (await db.complaints.where('receivedDate').aboveOrEqual(addIsoDays(range.start, -LOOK_BACK_DAYS)).toArray()).filter((c) => !c.deleted);
  if (complaints.length === 0) return [];
  const [steps, settings] = await Promise.all([db.complaintSteps.where('complaintId').anyOf(complaints.map((c) => c.id)).toArray(), readComplaintSettings(db)]);
  const items: AgendaItem[] = [];
  for (const complaint of complaints) {
    const own = orderSteps(steps.filter((s) => !s.deleted && s.complaintId === complaint.id));
    const limits = complaintDeadlines(complaint, own, settings, range.start);
    const open = (limit: Deadline | null): limit is Deadline =>
      !!limit && limit.metOn === null && limit.state !== 'not-applicable' && limit.dueDate >= range.start && limit.dueDate <= range.end;
    for (const which of ['acknowledge', 'result', 'reply'] as const) {
      const limit = limits[which];
      if (!open(limit)) continue;
      items.push({ key: `complaints:${complaint.id}:${which}`, date: limit.dueDate, time: null, kindKey: KIND_KEYS[which], title: complaint.subject, to: `/complaints/c/${complaint.id}`, deadline: true });
    }
  }
  return items;
};
