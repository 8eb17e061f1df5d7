import { formatComplaintNumber, resolveComplaintNumbers } from '../../../../src-main/shared/domain/complaint-number';
import type { Deadline } from '../../../../src-main/shared/domain/complaint-deadlines';
import { dataRequestDeadline } from '../../../../src-main/shared/domain/data-request';
import type { DataRequestRecord } from '../../../data';

export interface DataRequestRow {
  record: DataRequestRecord;
  /** "3/2569" */
  number: string;
  deadline: Deadline;
}

/** The log as the page lists it: newest first, each with its shown number and its 30-day limit on `today`. */
export function dataRequestRows(records: readonly DataRequestRecord[], today: string): DataRequestRow[] {
  const live = records.filter((r) => !r.deleted);
  const numbers = resolveComplaintNumbers(records.map((r) => ({ id: r.id, yearBE: r.yearBE, seq: r.seq, createdAt: r.createdAt })));
  return live
    .map((record) => {
      const number = numbers.get(record.id);
      return { record, number: formatComplaintNumber(number?.number ?? record.seq, number?.yearBE ?? record.yearBE), deadline: dataRequestDeadline(record, today) };
    })
    .sort((a, b) => b.record.receivedDate.localeCompare(a.record.receivedDate) || b.record.createdAt.localeCompare(a.record.createdAt));
}

/** Open requests first by how soon they are due: what the dashboard counts. */
export function openDataRequests(rows: readonly DataRequestRow[]): DataRequestRow[] {
  return rows.filter((r) => r.deadline.state === 'overdue' || r.deadline.state === 'due-soon' || r.deadline.state === 'on-track').sort((a, b) => a.deadline.dueDate.localeCompare(b.deadline.dueDate));
}
