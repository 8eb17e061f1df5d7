import { useLiveQuery } from 'dexie-react-hooks';
import { officeProfileRepo, useDb, type OfficeProfileRecord } from '../../../data';

/** The office's profile (name, address, letterhead); null until someone fills it in, undefined while loading. */
export function useOfficeProfile(): OfficeProfileRecord | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
}
