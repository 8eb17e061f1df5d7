import type { PressPickup, PressSend } from '../../../../src-main/shared/domain/press';
import { pressPickupRepo, pressSendRepo, useDbCommands } from '../../../data';

/** Writes about where a release went: the send log and the media's pickups. */
export function useDistributionCommands() {
  return useDbCommands((db) => ({
    /** One send-log entry per recipient, all or none. */
    logSends: (entries: readonly PressSend[]) =>
      db.transaction('rw', db.pressSends, async () => {
        for (const entry of entries) await pressSendRepo(db).create(entry);
      }),
    addPickup: (values: PressPickup) => pressPickupRepo(db).create(values),
  }));
}
