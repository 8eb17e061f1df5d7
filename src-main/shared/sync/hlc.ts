/**
 * Hybrid logical clock stamps for field-level last-writer-wins (DESIGN.md §5).
 * Format: `<wall ms, 13 digits>-<counter, 4 hex>-<deviceId>` — fixed width, so plain string
 * comparison orders stamps by time, then counter, then device (a deterministic tiebreak
 * every workstation agrees on).
 */
export type Hlc = string;

export interface HlcParts {
  wallMs: number;
  counter: number;
  deviceId: string;
}

const MAX_COUNTER = 0xffff;
/** Stamps further ahead than this are refused: a workstation with a clock years off. */
export const MAX_FUTURE_DRIFT_MS = 5 * 60 * 1000;

export function formatHlc({ wallMs, counter, deviceId }: HlcParts): Hlc {
  return `${String(wallMs).padStart(13, '0')}-${counter.toString(16).padStart(4, '0')}-${deviceId}`;
}

export function parseHlc(stamp: Hlc): HlcParts {
  const match = /^(\d{13})-([0-9a-f]{4})-(.+)$/.exec(stamp);
  if (!match) throw new RangeError(`Not an HLC stamp: ${stamp}`);
  return { wallMs: Number(match[1]), counter: parseInt(match[2] ?? '0', 16), deviceId: match[3] ?? '' };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when a stamp claims a time further in the future than we accept (quarantine it). */
export function isFarFuture(stamp: Hlc, nowMs: number, maxDriftMs = MAX_FUTURE_DRIFT_MS): boolean {
  return parseHlc(stamp).wallMs > nowMs + maxDriftMs;
}

export interface HlcClock {
  /** A new stamp for a local event; always greater than every stamp seen so far. */
  tick(): Hlc;
  /** Folds in a stamp from another device so later local stamps sort after it. */
  receive(remote: Hlc): void;
  /** The greatest stamp issued or received. */
  last(): Hlc;
}

export function createHlcClock(deviceId: string, now: () => number = Date.now, start?: Hlc): HlcClock {
  let state = start ? parseHlc(start) : { wallMs: 0, counter: 0, deviceId };
  const advance = (wallMs: number, counter: number) => {
    if (counter > MAX_COUNTER) {
      // More than 65k events in one millisecond: borrow the next millisecond.
      wallMs += 1;
      counter = 0;
    }
    state = { wallMs, counter, deviceId };
  };
  return {
    tick() {
      const wall = now();
      if (wall > state.wallMs) advance(wall, 0);
      else advance(state.wallMs, state.counter + 1);
      return formatHlc(state);
    },
    receive(remote) {
      const r = parseHlc(remote);
      const wall = now();
      const max = Math.max(wall, state.wallMs, r.wallMs);
      if (max === state.wallMs && max === r.wallMs) advance(max, Math.max(state.counter, r.counter) + 1);
      else if (max === state.wallMs) advance(max, state.counter + 1);
      else if (max === r.wallMs) advance(max, r.counter + 1);
      else advance(max, 0);
    },
    last() {
      return formatHlc(state);
    },
  };
}
