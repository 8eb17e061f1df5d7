import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createThrottleStore, waitLeftMs } from './throttle-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-throttle-'));
  dirs.push(dir);
  return dir;
}
const FILE = 'sign-in-throttle.json';
const T0 = new Date('2026-03-02T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('the sign-in throttle store', () => {
  it('counts wrong PINs per person, keeps them across a restart, and clears one person only', async () => {
    const dir = dataDir();
    const store = createThrottleStore(dir);
    expect(await store.get('staff-1')).toBeNull();
    expect(await store.fail('staff-1', T0)).toEqual({ failures: 1, lastFailureAt: T0 });
    expect(await store.fail('staff-1', at(10))).toEqual({ failures: 2, lastFailureAt: at(10) });
    await store.fail('staff-2', at(20));

    const again = createThrottleStore(dir);
    expect(await again.get('staff-1')).toEqual({ failures: 2, lastFailureAt: at(10) });
    await again.clear('staff-1');
    expect(await createThrottleStore(dir).get('staff-1')).toBeNull();
    expect(await createThrottleStore(dir).get('staff-2')).toEqual({ failures: 1, lastFailureAt: at(20) });
    // Written through a temp file that is renamed into place: none is left behind.
    expect(readdirSync(dir)).toEqual([FILE]);
  });

  it('a staff id such as "__proto__" is a row like any other', async () => {
    const dir = dataDir();
    await createThrottleStore(dir).fail('__proto__', T0);
    expect(await createThrottleStore(dir).get('__proto__')).toEqual({ failures: 1, lastFailureAt: T0 });
    expect(({} as Record<string, unknown>).failures).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"version":1,"entries":['],
    ['another shape', JSON.stringify({ 'staff-1': { failures: 3 } })],
    ['a bad row', JSON.stringify({ version: 1, entries: [{ staffId: 'staff-1', failures: -1, lastFailureAt: T0.toISOString() }] })],
    ['empty', ''],
  ])('a damaged file (%s) starts empty, and the next wrong PIN writes a good one', async (_label, text) => {
    const dir = dataDir();
    writeFileSync(join(dir, FILE), text);
    const store = createThrottleStore(dir);
    expect(await store.get('staff-1')).toBeNull();
    expect(await store.fail('staff-1', T0)).toMatchObject({ failures: 1 });
    expect(JSON.parse(readFileSync(join(dir, FILE), 'utf8'))).toEqual({ version: 1, entries: [{ staffId: 'staff-1', failures: 1, lastFailureAt: T0.toISOString() }] });
  });

  it('runs attempts one after another, in the order they came', async () => {
    const store = createThrottleStore(dataDir());
    const seen: string[] = [];
    const slow = store.serial(async () => {
      seen.push('first:start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.push('first:end');
      throw new Error('a failed attempt does not stop the next');
    });
    const quick = store.serial(() => {
      seen.push('second');
      return Promise.resolve(2);
    });
    await expect(slow).rejects.toThrow();
    expect(await quick).toBe(2);
    expect(seen).toEqual(['first:start', 'first:end', 'second']);
  });

  it('the wait left counts down from the last failure, and a clock set back never makes it longer than the delay', () => {
    expect(waitLeftMs({ failures: 1, lastFailureAt: T0 }, T0)).toBe(0);
    expect(waitLeftMs({ failures: 3, lastFailureAt: T0 }, T0)).toBe(4000);
    expect(waitLeftMs({ failures: 3, lastFailureAt: T0 }, at(2500))).toBe(1500);
    expect(waitLeftMs({ failures: 3, lastFailureAt: T0 }, at(4000))).toBe(0);
    expect(waitLeftMs({ failures: 3, lastFailureAt: at(365 * 24 * 3600 * 1000) }, T0)).toBe(4000);
  });
});
