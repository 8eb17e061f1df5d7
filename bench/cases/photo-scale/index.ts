import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCase, BenchContext, BenchResult } from '../../types';

/** Photo volume of the office-scale measure (the issue: at least 5 GiB); PR_DESK_BENCH_PHOTO_GIB lowers it for a quick run. */
const PHOTO_GIB = Number(process.env.PR_DESK_BENCH_PHOTO_GIB ?? '5');
const YEARS = Number(process.env.PR_DESK_BENCH_YEARS ?? '10');
/** The test: at least 1.5 GiB of photos, every process under 600 MB. */
const TEST_PHOTO_GIB = 1.5;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function spawnChild(projectRoot: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/pdf/run-ts.mjs', 'bench/cases/photo-scale/child.ts', ...args], { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', resolve);
  });
}

/**
 * Runs child.ts twice, each a Node process of its own: the seed phase makes the office, then the
 * measure phase (whose peak memory is then the main process's, not this runner's nor the
 * seeding's) measures it. Everything generated lives in one temp folder, deleted afterwards
 * (PR_DESK_BENCH_KEEP=1 keeps it to look at).
 */
async function runChild({ projectRoot }: BenchContext, args: { photoGib: number; years: number; mode: 'measure' | 'assert' }): Promise<{ results: BenchResult[]; failures: string[] }> {
  const root = await mkdtemp(join(tmpdir(), 'pr-desk-bench-photos-'));
  const resultsFile = join(root, 'results.json');
  const common = ['--root', root, '--port', String(await freePort()), '--photo-gib', String(args.photoGib), '--years', String(args.years), '--mode', args.mode, '--results', resultsFile];
  try {
    const seeded = await spawnChild(projectRoot, ['--phase', 'seed', ...common]);
    if (seeded !== 0) throw new Error(`photo-scale seed phase exited with ${String(seeded)} (its output above says why)`);
    const code = await spawnChild(projectRoot, ['--phase', 'measure', ...common]);
    const text = await readFile(resultsFile, 'utf8').catch(() => null);
    if (code !== 0 || text === null) throw new Error(`photo-scale measure phase exited with ${String(code)} (its output above says where)`);
    return JSON.parse(text) as { results: BenchResult[]; failures: string[] };
  } finally {
    if (process.env.PR_DESK_BENCH_KEEP === '1') console.log(`  kept ${root}`);
    else await rm(root, { recursive: true, force: true, maxRetries: 5 });
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
