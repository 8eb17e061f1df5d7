import { fiscalPeriod } from '../../../../src-main/shared/domain/fiscal-period';
import { useLiveDbQuery } from '../../../data';
import { pressStats, type PressStats } from '../model/press-stats';

/** Figures for one fiscal year (พ.ศ.), read with only the index ranges the period needs. */
export function usePressStats(fiscalYear: number): PressStats | undefined {
  return useLiveDbQuery(async (db) => {
    const period = fiscalPeriod(fiscalYear, null);
    const [releases, pickups, links] = await Promise.all([
      db.pressReleases.where('releaseDate').between(period.start, period.end, true, true).toArray(),
      db.pressPickups.where('date').between(period.start, period.end, true, true).toArray(),
      db.workLinks.where('date').between(period.start, period.end, true, true).toArray(),
    ]);
    return pressStats(releases, pickups, links, period);
  }, [fiscalYear]);
}
