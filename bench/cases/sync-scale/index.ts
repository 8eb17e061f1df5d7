import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHarness } from '../../harness/build';
import type { BenchHarness } from '../../harness/main';
import { HARNESS_PATH, startBenchServer } from '../../support/bench-server';
import { RENDERER_DIR } from '../../../tests/e2e/support/paths';
import { startWorkstation } from '../../../tests/e2e/support/workstation';
import { ratio } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

const SMALL = 10_000;
const LARGE = 50_000;
/** The target: cost per op at 50k within 20% of the cost per op at 10k (linear growth). */
const LINEAR_WITHIN = 1.2;

type Harness = { prDeskBench: BenchHarness };

interface Round {
  publish: number;
  applyB: number;
  applyC: number;
}

/**
 * Three workstations on one shared sync folder, each its own Chromium profile and main-process
 * user data: A writes `count` tasks (one op each) and presses Sync (backup, publish); B and C
 * press Sync together (backup, pull, merge, apply). The app's real sync engine and main handlers,
 * bridged as in E2E (the bridge's serialization is slower than Electron's IPC, and counted).
 */
async function round(origin: string, root: string, count: number): Promise<Round> {
  const folder = join(root, `shared-${count}`);
  await mkdir(folder, { recursive: true });
  const devices = await Promise.all(['A', 'B', 'C'].map((label) => startWorkstation(origin, root, null, `${label}-${count}`, HARNESS_PATH)));
  try {
    for (const [i, device] of devices.entries()) {
      await device.page.getByText('ready').waitFor();
      device.env.chosenFolder = folder; // what main's (stub) folder dialog answers
      await device.page.evaluate(({ f, create }) => (window as unknown as Harness).prDeskBench.joinFolder(f, create), { f: folder, create: i === 0 });
    }
    const [a, b, c] = devices as [(typeof devices)[number], (typeof devices)[number], (typeof devices)[number]];
    const pending = await a.page.evaluate((n) => (window as unknown as Harness).prDeskBench.makeOps(n, '0190e000-0000-7000-8000-'), count);
    if (pending !== count) throw new Error(`expected ${count} ops, found ${pending}`);
    const sync = (page: typeof a.page) => page.evaluate(() => (window as unknown as Harness).prDeskBench.sync());
    const published = await sync(a.page);
    // B and C are separate PCs in an office: they pull at the same time (sharing this machine's 2 cores).
    const [appliedB, appliedC] = await Promise.all([sync(b.page), sync(c.page)]);
    for (const applied of [appliedB, appliedC]) {
      if (applied.tasks !== count || applied.conflicts !== 0) throw new Error(`a device ended with ${applied.tasks} tasks, ${applied.conflicts} conflicts`);
    }
    console.log(`  ${count} ops: publish ${published.ms.toFixed(0)} ms · apply ${appliedB.ms.toFixed(0)} / ${appliedC.ms.toFixed(0)} ms`);
    return { publish: published.ms, applyB: appliedB.ms, applyC: appliedC.ms };
  } finally {
    await Promise.all(devices.map((d) => d.close()));
  }
}

export const syncScale: BenchCase = {
  name: 'sync-scale',
  description: `sync across 3 workstations: ${SMALL.toLocaleString('en-US')} vs ${LARGE.toLocaleString('en-US')} ops (publish on one, apply on two)`,
  async run({ projectRoot }) {
    const harnessDir = await buildHarness(projectRoot);
    const server = await startBenchServer(RENDERER_DIR, harnessDir);
    const root = await mkdtemp(join(tmpdir(), 'pr-desk-bench-sync-'));
    try {
      const small = await round(server.origin, root, SMALL);
      const large = await round(server.origin, root, LARGE);
      const perOp = (ms: number, n: number) => (ms / n) * 1000; // µs per op, shown in the ms column as ms per 1,000 ops
      const result = (what: string, smallMs: number, largeMs: number): BenchResult[] => [
        { name: `sync: ${what}, ${LARGE / 1000}k ops`, value: largeMs, unit: 'ms', reference: null, ratio: null, budget: null },
        {
          name: `sync: ${what}, ms per 1,000 ops at ${LARGE / 1000}k vs ${SMALL / 1000}k (linear = 1.00×)`,
          value: perOp(largeMs, LARGE),
          unit: 'ms',
          reference: perOp(smallMs, SMALL),
          ratio: ratio(perOp(largeMs, LARGE), perOp(smallMs, SMALL)),
          budget: null,
          ratioBudget: LINEAR_WITHIN,
        },
      ];
      return [
        ...result('publish on A', small.publish, large.publish),
        ...result('apply on B', small.applyB, large.applyB),
        ...result('apply on C', small.applyC, large.applyC),
      ];
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
    }
  },
};
