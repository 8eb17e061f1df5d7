import { officeProfileRepo, useLiveDbQuery, type OfficeProfileRecord } from '../../../data';

/** The office's profile (name, address, letterhead); null until someone fills it in, undefined while loading. */
export function useOfficeProfile(): OfficeProfileRecord | null | undefined {
  return useLiveDbQuery(async (db) => (await officeProfileRepo(db).get()) ?? null);
}
