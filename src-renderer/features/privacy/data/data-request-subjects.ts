import type { DataRequestSubjectTable } from '../../../../src-main/shared/domain/data-request';
import { liveRows, type DataRequestRecord, type PrDeskDb } from '../../../data';
import { nameKey, recordName } from '../model/record-names';

type SubjectRow = Record<string, unknown> & { id: string; deleted: boolean };

/** The people a request can name, per kind, for the intake form (erased people are not offered; complainants by number unless `complainant`). */
export async function subjectChoices(db: PrDeskDb, table: DataRequestSubjectTable, complainant: boolean): Promise<{ value: string; label: string }[]> {
  const rows = (await liveRows(db.table<SubjectRow, string>(table))).filter((row) => !row.erasedAt);
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
