import { useLiveQuery } from 'dexie-react-hooks';
import { liveRows, useDb, type AgencyRecord } from '../../../data';

/** The agencies directory: live ones, in Thai alphabetical order. */
export function useAgencies(): AgencyRecord[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await liveRows(db.agencies)).sort((a, b) => a.name.localeCompare(b.name, 'th')), [db]);
}
