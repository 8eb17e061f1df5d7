import type { BenchCase, BenchContext, BenchResult } from './types';

export interface CaseFailure {
  caseName: string;
  error: string;
  afterMs: number;
}

/** Runs one case; a throw becomes a failure record instead of ending the whole run. */
export async function runCase(benchCase: BenchCase, context: BenchContext): Promise<{ ok: true; results: BenchResult[] } | { ok: false; failure: CaseFailure }> {
  const started = performance.now();
  try {
    return { ok: true, results: await benchCase.run(context) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
    return { ok: false, failure: { caseName: benchCase.name, error: message.slice(0, 500), afterMs: performance.now() - started } };
  }
}

/** The line results.json keeps for a case that crashed (so a reader sees it failed, and of what). */
export function failedResult(failure: CaseFailure): BenchResult {
  return { name: failure.caseName, value: failure.afterMs, unit: 'ms', reference: null, ratio: null, budget: null, failed: true, error: failure.error };
}
