import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCase, BenchContext, BenchResult } from '../../types';

/** Photo volume of the office-scale measure (the issue: at least 5 GiB); PR_DESK_BENCH_PHOTO_GIB lowers it for a quick run. */
const PHOTO_GIB = Number(process.env.PR_DESK_BENCH_PHOTO_GIB ?? '5');
const YEARS = Number(process.env.PR_DESK_BENCH_YEARS ?? '10');
/** The test: at least 1.5 GiB of photos, every process under 600 MB. */
const TEST_PHOTO_GIB = 1.5;

/**
 * Runs child.ts in a Node process of its own (so its peak memory is the main process's, not
 * this runner's) and answers its results. The child prints its figures as it goes.
 */
async function runChild({ projectRoot }: BenchContext, args: { photoGib: number; years: number; mode: 'measure' | 'assert' }): Promise<{ results: BenchResult[]; failures: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'pr-desk-bench-photo-results-'));
  const resultsFile = join(dir, 'results.json');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['scripts/pdf/run-ts.mjs', 'bench/cases/photo-scale/child.ts', '--photo-gib', String(args.photoGib), '--years', String(args.years), '--mode', args.mode, '--results', resultsFile],
        { cwd: projectRoot, stdio: 'inherit' },
      );
      child.on('error', reject);
      child.on('exit', resolve);
    });
    const text = await readFile(resultsFile, 'utf8').catch(() => null);
    if (code !== 0 || text === null) throw new Error(`photo-scale child exited with ${String(code)} (its output above says where)`);
    return JSON.parse(text) as { results: BenchResult[]; failures: string[] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The office-scale measures of issue 17: a ten-year office with gigabytes of photo files,
 * through the app's streamed backup, restore and sync (see child.ts). Checks that fail
 * (a photo that did not arrive) are kept as failed lines next to the figures.
 */
export const photoScale: BenchCase = {
  name: 'photo-scale',
  description: `backup, restore and a new workstation joining: ${YEARS}-year office with ${PHOTO_GIB} GiB of photos (PR_DESK_BENCH_PHOTO_GIB)`,
  async run(context) {
    const { results, failures } = await runChild(context, { photoGib: PHOTO_GIB, years: YEARS, mode: 'measure' });
    return [...results, ...failures.map((error): BenchResult => ({ name: 'photo-scale check', value: 0, unit: 'ms', reference: null, ratio: null, budget: null, failed: true, error }))];
  },
};

/**
 * The test with at least 1.5 GiB of photos (generated, deleted afterwards): backup, sync
 * to a second workstation and restore all succeed, every photo arrives hash-equal, and every
 * process peaks under 600 MB. Fails (throws) otherwise; prints the figures either way.
 */
export const photosOneAndAHalfGib: BenchCase = {
  name: 'photos-1-5-gib',
  description: `the 1.5 GiB test: backup, restore and sync of ${TEST_PHOTO_GIB} GiB of photos succeed, byte-equal, every process < 600 MB`,
  async run(context) {
    const { results, failures } = await runChild(context, { photoGib: TEST_PHOTO_GIB, years: YEARS, mode: 'assert' });
    if (failures.length > 0) throw new Error(`photos-1-5-gib: ${failures.join('; ')}`);
    return results.map((r) => ({ ...r, name: `1.5 GiB test: ${r.name}` }));
  },
};
