import { MAX_FUTURE_DRIFT_MS, isStampInRange } from './hlc';
import type { SequencedOp } from './transport';

/** How far ahead of the local clock other workstations' clocks may be before publishing stops. */
export const MAX_CLOCK_BEHIND_MS = 24 * 60 * 60 * 1000;

export interface Intake {
  /** Merge these now. */
  apply: SequencedOp[];
  /** Written by a newer app version: kept, applied after this workstation is updated. */
  newerVersion: SequencedOp[];
  /**
   * Stamped beyond the range any op may carry (hlc.ts MAX_STAMP_WALL_MS): kept aside, not
   * merged. Op validation already refuses these on the share; this holds any an older version
   * had kept aside. Stamps merely ahead of this workstation's clock are merged like any other
   * (issue 18): whether an op is merged must not depend on the receiver's idea of "now", or
   * workstations whose clocks differ would merge different ops and never agree.
   */
  quarantined: SequencedOp[];
}

/** Sorts incoming ops by what may be merged now; nothing is dropped. */
export function sortIntake(ops: readonly SequencedOp[], appSchemaVersion: number): Intake {
  const intake: Intake = { apply: [], newerVersion: [], quarantined: [] };
  for (const item of ops) {
    if (item.op.schemaVersion > appSchemaVersion) intake.newerVersion.push(item);
    else if (!isStampInRange(item.op.hlc)) intake.quarantined.push(item);
    else intake.apply.push(item);
  }
  return intake;
}

/**
 * deviceId → the wall time (ISO) its newest op applied here was written at (the op's `at`, which
 * is that workstation's clock; its stamp may be later, see HlcClock.tick). What the clock
 * checks compare this workstation's clock with.
 */
export type DeviceTimes = Record<string, string>;

/** Other workstations whose last write is stamped further ahead of `nowMs` than `marginMs`. */
export function devicesAhead(nowMs: number, deviceTimes: DeviceTimes, marginMs: number): string[] {
  return Object.entries(deviceTimes)
    .filter(([, at]) => Date.parse(at) - nowMs > marginMs)
    .map(([deviceId]) => deviceId)
    .sort();
}

/**
 * A workstation whose clock runs far behind the office stamps its new records as older than
 * they are and loses concurrent edits it should win: refuse to publish until it is fixed.
 * "Far behind" needs two other workstations that wrote more than a day ahead of this clock: a
 * single one may be the wrong one (a clock set a year ahead must not stop the whole office
 * from publishing, issue 18). Edits of values this workstation has seen win regardless
 * (HlcClock.tick(after)), so nothing it knowingly replaces is lost meanwhile.
 */
export function clockProblem(nowMs: number, deviceTimes: DeviceTimes): 'behind' | null {
  return devicesAhead(nowMs, deviceTimes, MAX_CLOCK_BEHIND_MS).length >= 2 ? 'behind' : null;
}

/**
 * Why this workstation's clock looks wrong, for a warning in the sync report (not a stop):
 * `ahead-of-here` — other workstations (listed) wrote at times ahead of this clock: this one is
 * behind, or theirs are ahead; `was-ahead` — this workstation's own last write is stamped ahead
 * of its clock now: it was set ahead and has been fixed, or it was just set back.
 */
export type ClockWarning = { kind: 'ahead-of-here'; deviceIds: string[] } | { kind: 'was-ahead'; lastWriteAt: string };

export function clockWarning(nowMs: number, deviceTimes: DeviceTimes, ownLastWriteAt: string | null): ClockWarning | null {
  const ahead = devicesAhead(nowMs, deviceTimes, MAX_FUTURE_DRIFT_MS);
  if (ahead.length > 0) return { kind: 'ahead-of-here', deviceIds: ahead };
  if (ownLastWriteAt && Date.parse(ownLastWriteAt) - nowMs > MAX_FUTURE_DRIFT_MS) return { kind: 'was-ahead', lastWriteAt: ownLastWriteAt };
  return null;
}
