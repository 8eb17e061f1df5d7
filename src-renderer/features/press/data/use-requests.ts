import { liveRows, useLiveDbQuery, type PressRequestRecord } from '../../../data';

/** Service requests, latest event first. */
export function useRequests(): PressRequestRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.pressRequests)).sort((a, b) => b.eventDate.localeCompare(a.eventDate)));
}
