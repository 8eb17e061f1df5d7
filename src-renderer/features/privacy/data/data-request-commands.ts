import { complaintYearOf, nextComplaintSeq } from '../../../../src-main/shared/domain/complaint-number';
import type { DataRequest, DataRequestInput } from '../../../../src-main/shared/domain/data-request';
import { dataRequestRepo, useDbCommands, type DataRequestRecord, type PrDeskDb } from '../../../data';

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

/** The request form's writes: log a new request, edit or answer one. */
export function useDataRequestCommands() {
  return useDbCommands((db) => ({
    create: (input: DataRequestInput) => createDataRequest(db, input),
    update: (id: string, patch: Partial<DataRequest>) => updateDataRequest(db, id, patch),
  }));
}
