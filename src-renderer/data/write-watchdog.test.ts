import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeStalledWrites, watchWrite } from './write-watchdog';

describe('write watchdog', () => {
  afterEach(() => vi.useRealTimers());

  it('reports a save that neither finishes nor fails, and clears it when it ends', async () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const stop = subscribeStalledWrites((n) => seen.push(n));
    let fail: (e: Error) => void = () => undefined;
    const hanging = watchWrite(new Promise<void>((_resolve, reject) => (fail = reject)), 1_000);
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1]);
    fail(new Error('QuotaExceededError'));
    await expect(hanging).rejects.toThrow('QuotaExceededError');
    expect(seen).toEqual([1, 0]);
    stop();
  });

  it('says nothing about saves that finish in time', async () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const stop = subscribeStalledWrites((n) => seen.push(n));
    await watchWrite(Promise.resolve('ok'), 1_000);
    vi.advanceTimersByTime(5_000);
    expect(seen).toEqual([]);
    stop();
  });
});
