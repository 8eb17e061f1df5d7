import { liveRows, useLiveDbQuery, type DataBreachRecord } from '../../../data';

/** The breach log, newest discovery first. */
export function useBreaches(): DataBreachRecord[] | undefined {
  // Ordered by the index, so the deleted are left out by hand (liveRows reads a whole table).
  return useLiveDbQuery(async (db) => (await db.dataBreaches.orderBy('discoveredAt').reverse().toArray()).filter((b) => !b.deleted));
}

/** Incidents not closed yet (the dashboard's 72-hour notices). */
export function useOpenBreaches(): DataBreachRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.dataBreaches)).filter((b) => b.status === 'open'));
}
