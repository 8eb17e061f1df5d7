import { complaintTypeOf } from '../../../../src-main/shared/domain/complaint';
import { maskComplainant, type ComplaintRegisterRow } from '../../../../src-main/shared/domain/complaint-register';
import type { ReportComplaint } from '../../../../src-main/shared/pdf/complaint-report';
import type { ComplaintRow } from './complaint-rows';

/** An agency removed from the directory after the complaint was forwarded to it. */
export const DELETED_AGENCY = 'หน่วยงานที่ถูกลบจากทำเนียบ';

/** Oldest first, then by number: the order of a register and of the report's list. */
export function inRegisterOrder(rows: readonly ComplaintRow[]): ComplaintRow[] {
  return [...rows].sort((a, b) => a.complaint.receivedDate.localeCompare(b.complaint.receivedDate) || a.number.yearBE - b.number.yearBE || a.number.number - b.number.number);
}

/** The matter of a complaint, nothing about the complainant (the report prints only this: PDPA). */
export function complaintMatter(r: ComplaintRow, agencyName: (id: string) => string): ReportComplaint {
  return {
    number: r.numberText,
    receivedDate: r.complaint.receivedDate,
    subject: r.complaint.subject,
    channel: r.complaint.channel,
    category: r.complaint.category,
    subcategory: r.complaint.subcategory,
    complaintType: complaintTypeOf(r.complaint),
    status: r.status,
    agencies: r.agencyIds.map((id) => agencyName(id) || DELETED_AGENCY).join(', '),
    closedOn: r.steps.find((s) => s.kind === 'closed')?.date ?? null,
    late: r.deadlines.result.state === 'met-late' || r.deadlines.result.state === 'overdue',
    replyOverdue: r.deadlines.reply?.state === 'overdue',
  };
}

/**
 * The register's rows for the complaints on screen. Masked here unless the person signed in may
 * see complainants; main masks again by its own session whatever arrives (issue 19).
 */
export function complaintRegisterRows(
  rows: readonly ComplaintRow[],
  names: { agency: (id: string) => string; staff: (id: string) => string },
  maySeeComplainant: boolean,
): ComplaintRegisterRow[] {
  return inRegisterOrder(rows).map((r) => {
    const c = r.complaint;
    const row: ComplaintRegisterRow = {
      ...complaintMatter(r, names.agency),
      consent: c.consent,
      erased: c.erasedAt !== null,
      complainantName: c.complainantName,
      complainantPhone: c.complainantPhone,
      complainantEmail: c.complainantEmail,
      complainantAddress: c.complainantAddress,
      assignee: c.assigneeId ? names.staff(c.assigneeId) : '',
    };
    return maySeeComplainant ? row : maskComplainant(row);
  });
}
