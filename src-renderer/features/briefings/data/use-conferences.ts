import { createAndUpdate, liveRows, pressConferenceRepo, useDbCommands, useLiveDbQuery, type PressConferenceRecord } from '../../../data';

/** Live press conferences, latest first. */
export function useConferences(): PressConferenceRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.pressConferences)).sort((a, b) => b.startsAt.localeCompare(a.startsAt)));
}

/** One press conference as stored; null when there is none, undefined while loading. */
export function useConferenceRecord(id: string): PressConferenceRecord | null | undefined {
  return useLiveDbQuery(async (db) => (await db.pressConferences.get(id)) ?? null, [id]);
}

/** Writes to press conferences: plan one, then edit it. */
export function useConferenceCommands() {
  return useDbCommands((db) => createAndUpdate(db, pressConferenceRepo));
}
