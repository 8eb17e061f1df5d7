import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './database-context';
import type { StaffRecord } from './types';

/**
 * The staff record of whoever is signed in, for the shell. undefined while it loads or when
 * nobody is signed in; null when the record is gone.
 */
export function useSignedInStaff(staffId: string | undefined): StaffRecord | null | undefined {
  const db = useDb();
  // The answer names whose record it is: useLiveQuery keeps the previous answer while the next
  // one loads, and a stale "nobody" must not sign out the person who just signed in.
  const looked = useLiveQuery(async () => ({ id: staffId, staff: staffId ? ((await db.staff.get(staffId)) ?? null) : null }), [db, staffId]);
  return looked && looked.id === staffId ? looked.staff : undefined;
}
