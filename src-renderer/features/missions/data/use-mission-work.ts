import type { DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import { liveRows, useLiveDbQuery } from '../../../data';
import { countedWork, type CountedWork } from '../model/mission-work';
import { loadMissionWorkSources } from './mission-work-sources';

/**
 * The work of other modules under every mission in a period, each piece once (countedWork).
 * Live: publishing a release or linking a conference updates an open report.
 */
export function useMissionWork(period: DateRange): CountedWork[] | undefined {
  return useLiveDbQuery(async (db) => countedWork(await loadMissionWorkSources(db, await liveRows(db.workLinks)), period), [period.start, period.end]);
}
