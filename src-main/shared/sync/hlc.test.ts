import { describe, expect, it } from 'vitest';
import { MAX_FUTURE_DRIFT_MS, compareHlc, createHlcClock, formatHlc, isFarFuture, isStampInRange, parseHlc } from './hlc';

const DEVICE_A = '0190a000-0000-7000-8000-00000000000a';
const DEVICE_B = '0190a000-0000-7000-8000-00000000000b';

describe('hybrid logical clock', () => {
  it('is strictly monotonic even when the wall clock goes backwards', () => {
    const times = [1000, 1000, 900, 1200, 1100];
    const clock = createHlcClock(DEVICE_A, () => times.shift() ?? 1100);
    const stamps = Array.from({ length: 5 }, () => clock.tick());
    const sorted = [...stamps].sort(compareHlc);
    expect(stamps).toEqual(sorted);
    expect(new Set(stamps).size).toBe(5);
  });

  it('orders after a received remote stamp', () => {
    const clock = createHlcClock(DEVICE_A, () => 1000);
    const remote = formatHlc({ wallMs: 5000, counter: 3, deviceId: DEVICE_B });
    clock.receive(remote);
    expect(compareHlc(clock.tick(), remote)).toBe(1);
  });

  it('round-trips and breaks ties by device deterministically', () => {
    const a = formatHlc({ wallMs: 1700000000000, counter: 1, deviceId: DEVICE_A });
    const b = formatHlc({ wallMs: 1700000000000, counter: 1, deviceId: DEVICE_B });
    expect(parseHlc(a)).toEqual({ wallMs: 1700000000000, counter: 1, deviceId: DEVICE_A });
    expect(compareHlc(a, b)).toBe(-1);
    expect(() => parseHlc('garbage')).toThrow(RangeError);
  });

  it('detects stamps far in the future', () => {
    const now = 1_700_000_000_000;
    expect(isFarFuture(formatHlc({ wallMs: now + 60_000, counter: 0, deviceId: DEVICE_A }), now)).toBe(false);
    expect(isFarFuture(formatHlc({ wallMs: now + 86_400_000, counter: 0, deviceId: DEVICE_A }), now)).toBe(true);
  });

  describe('a clock that was wrong (issue 18)', () => {
    const NOW = Date.UTC(2026, 11, 5, 7, 30);
    const YEAR = 365 * 24 * 3600 * 1000;
    const wallOf = (stamp: string) => parseHlc(stamp).wallMs;

    it('does not follow a received stamp far ahead of its wall clock (one bad clock does not drag the office)', () => {
      const clock = createHlcClock(DEVICE_B, () => NOW);
      clock.receive(formatHlc({ wallMs: NOW + YEAR, counter: 0, deviceId: DEVICE_A }));
      expect(wallOf(clock.tick())).toBe(NOW);
      // A stamp a little ahead (clocks a minute apart) is still followed, as before.
      const near = formatHlc({ wallMs: NOW + 60_000, counter: 2, deviceId: DEVICE_A });
      clock.receive(near);
      expect(compareHlc(clock.tick(), near)).toBe(1);
    });

    it('restarts from the wall clock once that is fixed, instead of stamping the future', () => {
      let wall = NOW + YEAR; // set a year ahead
      const clock = createHlcClock(DEVICE_A, () => wall);
      expect(wallOf(clock.tick())).toBe(NOW + YEAR);
      wall = NOW; // fixed
      expect(wallOf(clock.tick())).toBe(NOW);
      expect(wallOf(clock.last())).toBe(NOW);
      // A clock set back by less than the drift stays monotonic, as before.
      wall = NOW - MAX_FUTURE_DRIFT_MS + 1;
      expect(compareHlc(clock.tick(), formatHlc({ wallMs: NOW, counter: 0, deviceId: DEVICE_A }))).toBe(1);
    });

    it('restarts from the wall clock when its persisted last stamp is far ahead (the app reopened after the fix)', () => {
      const yearAhead = formatHlc({ wallMs: NOW + YEAR, counter: 7, deviceId: DEVICE_A });
      expect(wallOf(createHlcClock(DEVICE_A, () => NOW, yearAhead).tick())).toBe(NOW);
      // db.ts continues the clock from the newest own op with receive(): the same rule applies.
      const reopened = createHlcClock(DEVICE_A, () => NOW);
      reopened.receive(yearAhead);
      expect(wallOf(reopened.tick())).toBe(NOW);
    });

    it('stamps a write after the value it replaces, however far ahead that is, without moving the clock there', () => {
      const clock = createHlcClock(DEVICE_B, () => NOW);
      const future = formatHlc({ wallMs: NOW + YEAR, counter: 0, deviceId: DEVICE_A });
      const first = clock.tick(future);
      const second = clock.tick(future);
      expect(compareHlc(first, future)).toBe(1);
      expect(compareHlc(second, first)).toBe(1); // never the same stamp twice
      expect(parseHlc(first).deviceId).toBe(DEVICE_B);
      expect(wallOf(clock.last())).toBe(NOW);
      expect(wallOf(clock.tick())).toBe(NOW); // the next unrelated write is stamped now
      // Replacing a stamp only a little ahead is an ordinary HLC step: the clock follows.
      const near = formatHlc({ wallMs: NOW + 1000, counter: 0, deviceId: DEVICE_A });
      const afterNear = clock.tick(near);
      expect(compareHlc(afterNear, near)).toBe(1);
      expect(compareHlc(clock.tick(), afterNear)).toBe(1);
    });

    it('accepts stamps up to a fixed bound every workstation agrees on, whatever its own clock says', () => {
      expect(isStampInRange(formatHlc({ wallMs: NOW + 10 * YEAR, counter: 0, deviceId: DEVICE_A }))).toBe(true);
      expect(isStampInRange(formatHlc({ wallMs: Date.UTC(2200, 0, 1, 0, 0, 1), counter: 0, deviceId: DEVICE_A }))).toBe(false);
    });
  });
});
