/**
 * Hybrid logical clock stamps for field-level last-writer-wins (DESIGN.md §5).
 * Format: `<wall ms, 13 digits>-<counter, 4 hex>-<deviceId>` — fixed width, so plain string
 * comparison orders stamps by time, then counter, then device (a deterministic tiebreak
 * every workstation agrees on).
 *
 * A workstation's clock can be wrong (issue 18: set a year ahead, used, then fixed). Three
 * rules keep one wrong clock from spoiling the office:
 * - Ops are merged whatever their stamp: every workstation must apply the same ops for the
 *   deterministic merge to converge, so "now" (which differs per workstation) never decides
 *   whether an op is merged. Only a stamp outside the format's sane range (`isStampInRange`,
 *   a fixed bound every workstation agrees on) is refused, by op validation.
 * - The clock never follows a stamp further ahead of its own wall clock than
 *   MAX_FUTURE_DRIFT_MS (`receive`), and once its wall clock is that far behind its own last
 *   stamp (the clock was fixed, or set back) it starts again from the wall clock (`tick`):
 *   one bad clock neither drags the office into the future nor keeps itself there.
 * - Causality per field instead: a write gets a stamp greater than the stamps it replaces
 *   (`tick(after)`), so an edit made after seeing a value stamped in the future still wins
 *   over it — without moving the clock itself into the future.
 */
export type Hlc = string;

export interface HlcParts {
  wallMs: number;
  counter: number;
  deviceId: string;
}

const MAX_COUNTER = 0xffff;
/**
 * How far ahead of its own wall clock this clock follows a received stamp, and how far its own
 * last stamp may be ahead of the wall clock before it restarts from the wall clock.
 */
export const MAX_FUTURE_DRIFT_MS = 5 * 60 * 1000;
/**
 * The greatest wall time an op's stamp may carry (1 Jan 2200 UTC, พ.ศ. 2743): far beyond any
 * real clock, and far enough below the format's 13-digit limit (year 2286) that a write can
 * always be stamped after it. Fixed, not relative to "now", so every workstation refuses the
 * same ops.
 */
export const MAX_STAMP_WALL_MS = Date.UTC(2200, 0, 1);

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

/** The greatest of some stamps ('' when there are none). */
export function maxHlc(stamps: Iterable<Hlc>): Hlc {
  let best = '';
  for (const stamp of stamps) if (compareHlc(stamp, best) > 0) best = stamp;
  return best;
}

/** True when a stamp's wall time is within what any op may carry (see MAX_STAMP_WALL_MS). */
export function isStampInRange(stamp: Hlc): boolean {
  return parseHlc(stamp).wallMs <= MAX_STAMP_WALL_MS;
}

/** True when a stamp claims a time further ahead of `nowMs` than a working clock would. */
export function isFarFuture(stamp: Hlc, nowMs: number, maxDriftMs = MAX_FUTURE_DRIFT_MS): boolean {
  return parseHlc(stamp).wallMs > nowMs + maxDriftMs;
}

export interface HlcClock {
  /**
   * A new stamp for a local event, greater than `after` when given (the newest stamp the write
   * replaces: causality per field) and, within MAX_FUTURE_DRIFT_MS of the wall clock, greater
   * than every stamp this clock issued or received.
   */
  tick(after?: Hlc): Hlc;
  /** Folds in a stamp from another device so later local stamps sort after it (unless it is far ahead). */
  receive(remote: Hlc): void;
  /** The clock's position: the greatest stamp issued or followed (stamps issued after a far-future `after` are not). */
  last(): Hlc;
}

function successor({ wallMs, counter }: HlcParts, deviceId: string): HlcParts {
  // More than 65k stamps in one millisecond: borrow the next millisecond.
  return counter >= MAX_COUNTER ? { wallMs: wallMs + 1, counter: 0, deviceId } : { wallMs, counter: counter + 1, deviceId };
}

export function createHlcClock(deviceId: string, now: () => number = Date.now, start?: Hlc): HlcClock {
  let state: HlcParts = start ? parseHlc(start) : { wallMs: 0, counter: 0, deviceId };
  /** The last stamp issued after a far-future `after`, kept so two such stamps never repeat. */
  let aheadIssued: HlcParts | null = null;
  const advance = (wallMs: number, counter: number) => {
    state = counter > MAX_COUNTER ? { wallMs: wallMs + 1, counter: 0, deviceId } : { wallMs, counter, deviceId };
  };
  /** The wall clock now, after restarting from it if our last stamp is far ahead of it (the clock was fixed). */
  const wallNow = () => {
    const wall = now();
    if (state.wallMs > wall + MAX_FUTURE_DRIFT_MS) state = { wallMs: wall, counter: 0, deviceId };
    return wall;
  };
  return {
    tick(after) {
      const wall = wallNow();
      if (wall > state.wallMs) advance(wall, 0);
      else advance(state.wallMs, state.counter + 1);
      const stamp = formatHlc(state);
      if (!after || compareHlc(stamp, after) > 0) return stamp;
      // The write replaces a stamp ahead of ours: stamp it just after that one.
      let next = successor(parseHlc(after), deviceId);
      if (next.wallMs <= wall + MAX_FUTURE_DRIFT_MS) {
        state = next; // near enough to follow, as `receive` would
        return formatHlc(next);
      }
      if (aheadIssued && next.wallMs === aheadIssued.wallMs && next.counter <= aheadIssued.counter) next = successor(aheadIssued, deviceId);
      aheadIssued = next;
      return formatHlc(next);
    },
    receive(remote) {
      const r = parseHlc(remote);
      const wall = wallNow();
      // A stamp far ahead of our wall clock comes from a clock that is wrong (or ours is): it is
      // merged, but our clock does not jump there. Writes over it still win: see `tick(after)`.
      if (r.wallMs > wall + MAX_FUTURE_DRIFT_MS) return;
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
