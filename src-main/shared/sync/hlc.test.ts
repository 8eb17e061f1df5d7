import { describe, expect, it } from 'vitest';
import { compareHlc, createHlcClock, formatHlc, isFarFuture, parseHlc } from './hlc';

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
});
