import { addIsoDays } from '../../../../src-main/shared/domain/fiscal-period';
import { useLiveDbQuery, type BriefingRecord } from '../../../data';
import { activeCrises, CRISIS_LONGEST_DAYS } from '../model/active-crisis';

/** Live crisis briefings still under way (activeCrises); the date index bounds the read to the last month. */
export function useActiveCrises(today: string): BriefingRecord[] | undefined {
  return useLiveDbQuery(async (db) => activeCrises(await db.briefings.where('date').aboveOrEqual(addIsoDays(today, -CRISIS_LONGEST_DAYS - 1)).toArray(), today), [today]);
}
