import { useLiveDbQuery, type BriefingRecord } from '../../../data';
import { readActiveCrises } from './active-crises';

/** Live crisis briefings still under way (activeCrises), as the dashboard's banner shows them. */
export function useActiveCrises(today: string): BriefingRecord[] | undefined {
  return useLiveDbQuery((db) => readActiveCrises(db, today), [today]);
}
