import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { localBlobStore } from '../../../src-main/main/blobs/blob-store';
import { buildHarness } from '../../harness/build';
import type { BenchHarness } from '../../harness/main';
import { seedProfile } from '../../seed/profile';
import { HARNESS_PATH, startBenchServer } from '../../support/bench-server';
import { RENDERER_DIR } from '../../../tests/e2e/support/paths';
import { startWorkstation } from '../../../tests/e2e/support/workstation';
import type { BenchCase, BenchResult } from '../../types';

const YEARS = 10;
/** The target: a new workstation is usable with all records within 30 s (files may follow). */
const JOIN_BUDGET_MS = 30_000;

type Harness = { prDeskBench: BenchHarness };
const bench = (page: Page) => ({
  prepare: () => page.evaluate(() => (window as unknown as Harness).prDeskBench.prepare()),
  joinFolder: (folder: string, create: boolean) => page.evaluate(({ f, c }) => (window as unknown as Harness).prDeskBench.joinFolder(f, c), { f: folder, c: create }),
  adoptSeeded: () => page.evaluate(() => (window as unknown as Harness).prDeskBench.adoptSeeded()),
  writeSnapshot: () => page.evaluate(() => (window as unknown as Harness).prDeskBench.writeSnapshot()),
  countRecords: () => page.evaluate(() => (window as unknown as Harness).prDeskBench.countRecords()),
  sync: () => page.evaluate(() => (window as unknown as Harness).prDeskBench.sync()),
  rawRewrite: () => page.evaluate(() => (window as unknown as Harness).prDeskBench.rawRewrite()),
});

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** The renderer's JS heap (bytes) as Chromium reports it. */
async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/**
 * A ten-year office (bench/seed, the same profile as office-scale) on workstation A, published
 * and snapshotted as years of syncing leave it; then a brand-new workstation B joins the share
 * and presses Sync. Measured: from pressing Sync on B until runSync resolves, i.e. every record
 * is in B's database and the app is usable (photos follow in the background).
 */
export const joinNewWorkstation: BenchCase = {
  name: 'join-new-workstation',
  description: `a new workstation joins a ${YEARS}-year office from its snapshot: time to a usable app with all records`,
  async run({ projectRoot }) {
    const harnessDir = await buildHarness(projectRoot);
    const server = await startBenchServer(RENDERER_DIR, harnessDir);
    const root = await mkdtemp(join(tmpdir(), 'pr-desk-bench-join-'));
    // BENCH_JOIN_OFFICE=<folder> keeps the seeded office's share there and reuses it on the next
    // run, to measure the join again without seeding ten years (about three minutes) each time.
    const kept = process.env.BENCH_JOIN_OFFICE;
    const folder = kept ?? join(root, 'share');
    await mkdir(folder, { recursive: true });
    const expectedFile = join(folder, 'expected-records.json');
    try {
      let expected: Record<string, number>;
      let snapshotMs = 0;
      const reused = kept ? await readFile(expectedFile, 'utf8').catch(() => null) : null;
      if (reused) {
        expected = JSON.parse(reused) as Record<string, number>;
        console.log(`  reusing the office in ${folder}`);
      } else {
        const a = await startWorkstation(server.origin, root, null, 'join-A', HARNESS_PATH);
        try {
          await a.page.getByText('ready').waitFor();
          await bench(a.page).prepare();
          a.env.chosenFolder = folder; // what main's (stub) folder dialog answers
          await bench(a.page).joinFolder(folder, true);
          const seeded = await seedProfile(a.page, YEARS, { storeDir: localBlobStore(a.env.userDataDir).dir });
          const ops = await bench(a.page).adoptSeeded();
          const written = await bench(a.page).writeSnapshot();
          if (!written.written) throw new Error('no snapshot written');
          snapshotMs = written.ms;
          expected = await bench(a.page).countRecords();
          if (kept) await writeFile(expectedFile, JSON.stringify(expected));
          console.log(`  seeded ${YEARS} years in ${(seeded.ms / 1000).toFixed(1)} s, ${ops} records; snapshot written in ${(snapshotMs / 1000).toFixed(1)} s`);
        } finally {
          await a.close();
        }
      }
      const snapshotBytes = await folderBytes(join(folder, 'snapshots'));

      const b = await startWorkstation(server.origin, root, null, 'join-B', HARNESS_PATH);
      try {
        await b.page.getByText('ready').waitFor();
        await bench(b.page).prepare();
        b.env.chosenFolder = folder;
        await bench(b.page).joinFolder(folder, false);
        // BENCH_JOIN_PROFILE=1: a CPU profile of the join (with BENCH_HARNESS_MINIFY=0 for names),
        // its heaviest functions by self time printed, the profile saved in bench/out.
        const profiler = process.env.BENCH_JOIN_PROFILE ? await b.page.context().newCDPSession(b.page) : null;
        if (profiler) {
          await profiler.send('Profiler.enable');
          await profiler.send('Profiler.start');
        }
        const joined = await bench(b.page).sync();
        if (profiler) {
          const { profile } = await profiler.send('Profiler.stop');
          await writeFile(join(projectRoot, 'bench/out/join-new-workstation.cpuprofile'), JSON.stringify(profile));
          const self = new Map<string, number>();
          const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1);
          const byId = new Map(profile.nodes.map((n) => [n.id, n]));
          for (const id of profile.samples ?? []) {
            const node = byId.get(id);
            const name = node ? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber}` : '?';
            self.set(name, (self.get(name) ?? 0) + interval / 1000);
          }
          for (const [name, ms] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`    ${ms.toFixed(0).padStart(7)} ms  ${name}`);
        }
        const got = await bench(b.page).countRecords();
        for (const [table, n] of Object.entries(expected)) {
          if ((got[table] ?? 0) !== n) throw new Error(`${table}: ${got[table] ?? 0} on the new workstation, ${n} on the office's`);
        }
        const records = Object.values(expected).reduce((sum, n) => sum + n, 0);
        const heap = await heapBytes(b.page);
        const rawMs = await bench(b.page).rawRewrite();
        console.log(`  join: ${(joined.ms / 1000).toFixed(1)} s for ${records} records (steps ${JSON.stringify(Object.fromEntries(Object.entries(joined.steps).map(([k, v]) => [k, Math.round(v)])))}), heap ${(heap / 2 ** 20).toFixed(0)} MiB; the same records by plain bulkPut: ${(rawMs / 1000).toFixed(1)} s`);
        const result = (name: string, value: number, unit: BenchResult['unit'], budget: number | null = null): BenchResult => ({ name, value, unit, reference: null, ratio: null, budget });
        return [
          result(`join-new-workstation: ${YEARS}-year office (${records.toLocaleString('en-US')} records), Sync pressed → usable with all records`, joined.ms, 'ms', JOIN_BUDGET_MS),
          {
            name: 'join-new-workstation: join vs the same records written by plain bulkPut (no sync code), same page',
            value: joined.ms,
            unit: 'ms',
            reference: rawMs,
            ratio: rawMs > 0 ? joined.ms / rawMs : null,
            budget: null,
          },
          result('join-new-workstation: records received', records, 'rows'),
          ...(snapshotMs > 0 ? [result('join-new-workstation: snapshot written by the office workstation', snapshotMs, 'ms')] : []),
          result('join-new-workstation: snapshot size in the share (gzip NDJSON parts)', snapshotBytes, 'bytes'),
          result('join-new-workstation: JS heap of the new workstation after joining', heap, 'bytes'),
        ];
      } finally {
        await b.close();
      }
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
    }
  },
};
