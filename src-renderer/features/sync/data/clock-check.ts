import { readSyncMeta, type PrDeskDb } from '../../../data';
import { clockWarning } from '../../../../src-main/shared/sync/intake';

/** What the sync report says about this workstation's clock (issue 18); null when it looks right. */
export type ClockReport = { kind: 'ahead-of-here'; deviceNames: string[] } | { kind: 'was-ahead'; lastWriteAt: string } | null;

/**
 * Compares this workstation's clock with the times other workstations last wrote at and with
 * its own last write (shared/sync/intake.ts clockWarning). Only a warning: the merge copes
 * with wrong clocks (hlc.ts), but `at` times shown to staff come from them.
 */
export async function checkClock(db: PrDeskDb, devices: readonly { deviceId: string; deviceName: string }[], nowMs = Date.now()): Promise<ClockReport> {
  const meta = await readSyncMeta(db);
  const ownLast = await db.outbox.orderBy('seq').last();
  const warning = clockWarning(nowMs, meta.deviceTimes, ownLast?.at ?? null);
  if (!warning) return null;
  if (warning.kind === 'was-ahead') return warning;
  const names = new Map(devices.map((d) => [d.deviceId, d.deviceName]));
  return { kind: 'ahead-of-here', deviceNames: warning.deviceIds.map((id) => names.get(id) ?? id) };
}
