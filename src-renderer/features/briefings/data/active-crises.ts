import { addIsoDays } from '../../../../src-main/shared/domain/fiscal-period';
import type { BriefingRecord, PrDeskDb } from '../../../data';
import { activeCrises, CRISIS_LONGEST_DAYS } from '../model/active-crisis';

/** Crisis briefings still under way on `today` (activeCrises); the date index bounds the read to the last month. */
export async function readActiveCrises(db: PrDeskDb, today: string): Promise<BriefingRecord[]> {
  return activeCrises(await db.briefings.where('date').aboveOrEqual(addIsoDays(today, -CRISIS_LONGEST_DAYS - 1)).toArray(), today);
}
