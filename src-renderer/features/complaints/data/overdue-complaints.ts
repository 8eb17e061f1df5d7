import type { PrDeskDb } from '../../../data';
import { buildComplaintRows } from '../model/complaint-rows';
import { readComplaintSettings } from './complaint-commands';

export interface OverdueComplaint {
  numberText: string;
  subject: string;
  /** The limits past with the work not done. */
  overdue: ('acknowledge' | 'result' | 'reply')[];
}

/**
 * Open complaints past a limit on `date`, oldest first, by number and subject only: what the
 * daily digest tells the executives (never the complainant). The whole table is read, as the
 * complaint list does: numbers are resolved over every complaint of the year, and an office logs
 * hundreds a year; the oldest overdue complaint is the one that matters most, so none is cut off
 * by a date window.
 */
export async function readOverdueComplaints(db: PrDeskDb, date: string): Promise<OverdueComplaint[]> {
  const [complaints, steps, settings] = await Promise.all([db.complaints.toArray(), db.complaintSteps.toArray(), readComplaintSettings(db)]);
  return buildComplaintRows(complaints, steps, settings, date)
    .filter((row) => row.status !== 'closed' && row.deadlines.overdue)
    .sort((a, b) => a.complaint.receivedDate.localeCompare(b.complaint.receivedDate))
    .map((row) => ({
      numberText: row.numberText,
      subject: row.complaint.subject,
      overdue: (['acknowledge', 'result', 'reply'] as const).filter((k) => row.deadlines[k]?.state === 'overdue'),
    }));
}
