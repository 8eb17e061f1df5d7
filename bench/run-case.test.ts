import { describe, expect, it } from 'vitest';
import { failedResult, runCase } from './run-case';

const context = { projectRoot: '/tmp', outDir: '/tmp', runs: 1 };

describe('bench cases survive each other', () => {
  it('turns a crashed case into a failed result with its error', async () => {
    const outcome = await runCase({ name: 'sync-scale', description: '', run: () => Promise.reject(new Error('Target page, context or browser has been closed\nstack')) }, context);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure).toMatchObject({ caseName: 'sync-scale', error: 'Target page, context or browser has been closed' });
    expect(failedResult(outcome.failure)).toMatchObject({ name: 'sync-scale', failed: true, unit: 'ms' });
  });

  it('passes a good case’s results through', async () => {
    const results = [{ name: 'x', value: 1, unit: 'ms' as const, reference: null, ratio: null, budget: null }];
    expect(await runCase({ name: 'x', description: '', run: () => Promise.resolve(results) }, context)).toEqual({ ok: true, results });
  });
});
