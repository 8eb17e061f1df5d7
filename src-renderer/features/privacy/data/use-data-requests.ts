import type { DataRequestSubjectTable } from '../../../../src-main/shared/domain/data-request';
import { useLiveDbQuery } from '../../../data';
import { dataRequestRows, openDataRequests } from '../model/data-requests';
import { subjectChoices, subjectNames } from './data-request-subjects';

// Not liveRows: numbering counts deleted requests too (so no other request's number moves);
// dataRequestRows leaves them out of the list.

/** The log as the requests tab lists it on `today`, with the name of each request's person. */
export function useDataRequestList(today: string, complainant: boolean) {
  return useLiveDbQuery(async (db) => {
    const records = await db.dataRequests.toArray();
    return { rows: dataRequestRows(records, today), names: await subjectNames(db, records, complainant) };
  }, [today, complainant]);
}

/** Requests still to answer on `today`, the nearest limit first (the dashboard card). */
export function useOpenDataRequests(today: string) {
  return useLiveDbQuery(async (db) => openDataRequests(dataRequestRows(await db.dataRequests.toArray(), today)), [today]);
}

/** The people of one kind the intake form offers; none until a kind is chosen. */
export function useSubjectChoices(subjectTable: DataRequestSubjectTable | null, complainant: boolean) {
  return useLiveDbQuery(async (db) => (subjectTable ? subjectChoices(db, subjectTable, complainant) : []), [subjectTable, complainant]);
}
