import { complaintYearOf, formatComplaintNumber, nextComplaintSeq, resolveComplaintNumbers } from '../../../../src-main/shared/domain/complaint-number';
import type { Deadline } from '../../../../src-main/shared/domain/complaint-deadlines';
import { dataRequestDeadline, type DataRequest, type DataRequestInput, type DataRequestSubjectTable } from '../../../../src-main/shared/domain/data-request';
import { dataRequestRepo, type DataRequestRecord, type PrDeskDb } from '../../../data';
import { nameKey, recordName } from './record-names';

/**
 * Logs a request: takes the next number of its พ.ศ. year (the same running-number rule as
 * complaints, so two workstations that both hand out 3 end with different numbers after sync).
 */
export async function createDataRequest(db: PrDeskDb, input: DataRequestInput): Promise<DataRequestRecord> {
  return db.transaction('rw', [db.dataRequests, db.outbox], async () => {
    const yearBE = complaintYearOf(input.receivedDate);
    const claims = (await db.dataRequests.toArray()).filter((r) => r.yearBE === yearBE).map((r) => ({ id: r.id, yearBE: r.yearBE, seq: r.seq, createdAt: r.createdAt }));
    return dataRequestRepo(db).create({ ...input, yearBE, seq: nextComplaintSeq(claims, yearBE) });
  });
}

/** Edits or answers a request (the number stays with the year it was first received in). */
export async function updateDataRequest(db: PrDeskDb, id: string, patch: Partial<DataRequest>): Promise<void> {
  await dataRequestRepo(db).update(id, patch);
}

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

/** The people a request can name, per kind, for the intake form (erased people are not offered; complainants by number unless `complainant`). */
export async function subjectChoices(db: PrDeskDb, table: DataRequestSubjectTable, complainant: boolean): Promise<{ value: string; label: string }[]> {
  const rows = (await db.table<Record<string, unknown>, string>(table).toArray()).filter((row) => !row.deleted && !row.erasedAt);
  const usable = table === 'complaints' ? rows.filter((row) => row.consent === true) : rows;
  return usable.map((row) => ({ value: String(row.id), label: recordName(table, row, { complainant }) })).sort((a, b) => a.label.localeCompare(b.label, 'th'));
}

/** The name of each request's person, as this workstation knows it. */
export async function subjectNames(db: PrDeskDb, records: readonly DataRequestRecord[], complainant: boolean): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const record of records) {
    if (!record.subjectTable || !record.subjectId) continue;
    const row = await db.table<Record<string, unknown>, string>(record.subjectTable).get(record.subjectId);
    if (row) names.set(nameKey(record.subjectTable, record.subjectId), recordName(record.subjectTable, row, { complainant }));
  }
  return names;
}
