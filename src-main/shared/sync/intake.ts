import { isFarFuture, parseHlc, type Hlc } from './hlc';
import type { SequencedOp } from './transport';

/** How far behind the newest stamp we have seen the local clock may be before publishing stops. */
export const MAX_CLOCK_BEHIND_MS = 24 * 60 * 60 * 1000;

export interface Intake {
  /** Merge these now. */
  apply: SequencedOp[];
  /** Written by a newer app version: kept, applied after this workstation is updated. */
  newerVersion: SequencedOp[];
  /** Stamped far in the future (a workstation with a wrong clock): kept aside, not merged. */
  quarantined: SequencedOp[];
}

/** Sorts incoming ops by what may be merged now; nothing is dropped. */
export function sortIntake(ops: readonly SequencedOp[], nowMs: number, appSchemaVersion: number): Intake {
  const intake: Intake = { apply: [], newerVersion: [], quarantined: [] };
  for (const item of ops) {
    if (item.op.schemaVersion > appSchemaVersion) intake.newerVersion.push(item);
    else if (isFarFuture(item.op.hlc, nowMs)) intake.quarantined.push(item);
    else intake.apply.push(item);
  }
  return intake;
}

/**
 * A workstation whose clock runs far behind the others would stamp its edits as older than
 * edits made before them and silently lose every merge: refuse to publish until it is fixed.
 */
export function clockProblem(nowMs: number, newestSeen: Hlc | null): 'behind' | null {
  if (!newestSeen) return null;
  return parseHlc(newestSeen).wallMs - nowMs > MAX_CLOCK_BEHIND_MS ? 'behind' : null;
}
