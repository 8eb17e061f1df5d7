import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { COMPLAINT_SETTINGS_ID, DEFAULT_COMPLAINT_SETTINGS, type ComplaintSettings } from '../../../src-main/shared/domain/complaint';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import type { AgencyRecord, StaffRecord } from '../../data';
import { canSeeComplainant } from '../../../src-main/shared/auth/permissions';
import { useAppData } from '../../session/app-data';
import { buildComplaintRows, type ComplaintRow } from './model/complaint-rows';

export function useComplaintSettings(): ComplaintSettings | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => {
    const stored = await db.complaintSettings.get(COMPLAINT_SETTINGS_ID);
    return stored && !stored.deleted ? { acknowledgeDays: stored.acknowledgeDays, resultDays: stored.resultDays, warnDays: stored.warnDays } : DEFAULT_COMPLAINT_SETTINGS;
  }, [db]);
}

/** The agencies directory (live ones, Thai alphabetical order). */
export function useAgencies(): AgencyRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => (await db.agencies.toArray()).filter((a) => !a.deleted).sort((a, b) => a.name.localeCompare(b.name, 'th')), [db]);
}

export function useStaff(): StaffRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => (await db.staff.toArray()).filter((s) => !s.deleted), [db]);
}

/**
 * Every live complaint with its steps, number and deadlines as of today. An office logs
 * hundreds a year, not hundreds of thousands: the whole set fits in memory and filters in JS.
 */
export function useComplaintRows(): ComplaintRow[] | undefined {
  const { db } = useAppData();
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

/**
 * Whether the person signed in may see complainants' names and contacts (PDPA, issue 19):
 * complaint officers and the director (canSeeComplainant); everyone else sees it masked.
 */
export function useMaySeePersonalData(): boolean {
  const { currentStaff, acting } = useAppData();
  return !!currentStaff && !!acting && canSeeComplainant({ staffId: currentStaff.id, role: currentStaff.role, workGroup: currentStaff.workGroup });
}
