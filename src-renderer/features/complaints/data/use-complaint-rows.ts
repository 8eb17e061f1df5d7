import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { localIsoDate } from '../../../../src-main/shared/domain/fiscal-period';
import { useDb } from '../../../data';
import { useAgencies } from '../../agencies/data';
import { buildComplaintRows, type ComplaintRow } from '../model/complaint-rows';
import { useComplaintSettings } from './use-complaint-settings';
import { useMaySeePersonalData } from './use-may-see-personal-data';

/**
 * Every live complaint with its steps, number and deadlines as of today. An office logs
 * hundreds a year, not hundreds of thousands: the whole set fits in memory and filters in JS.
 * Deleted complaints are read too: their numbers stay taken (buildComplaintRows drops them).
 */
export function useComplaintRows(): ComplaintRow[] | undefined {
  const db = useDb();
  const settings = useComplaintSettings();
  const agencies = useAgencies();
  const maySee = useMaySeePersonalData();
  const data = useLiveQuery(async () => ({ complaints: await db.complaints.toArray(), steps: await db.complaintSteps.toArray() }), [db]);
  return useMemo(() => {
    if (!data || !settings) return undefined;
    const names = new Map((agencies ?? []).map((a) => [a.id, a.name]));
    return buildComplaintRows(data.complaints, data.steps, settings, localIsoDate(new Date()), (id) => names.get(id) ?? '', maySee);
  }, [data, settings, agencies, maySee]);
}
