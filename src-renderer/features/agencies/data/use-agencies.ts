import { liveRows, useLiveDbQuery, type AgencyRecord } from '../../../data';

/** The agencies directory: live ones, in Thai alphabetical order. */
export function useAgencies(): AgencyRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.agencies)).sort((a, b) => a.name.localeCompare(b.name, 'th')));
}
