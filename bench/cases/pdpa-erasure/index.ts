import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localBlobStore } from '../../../src-main/main/blobs/blob-store';
import { backupLayout } from '../../../src-main/main/backup/layout';
import { buildHarness } from '../../harness/build';
import type { BenchHarness } from '../../harness/main';
import { seedProfile } from '../../seed/profile';
import { HARNESS_PATH, startBenchServer } from '../../support/bench-server';
import { RENDERER_DIR } from '../../../tests/e2e/support/paths';
import { startWorkstation } from '../../../tests/e2e/support/workstation';
import { ratio } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

const YEARS = 10;
const BACKUPS = 3;
/** The rebuild reads every record into a backup and writes it back: about twice the browser's own read + write. */
const REBUILD_RATIO_BUDGET = 3;
/** The erase dialog lists the mentions while the administrator reads it: a few seconds at most. */
const MENTIONS_BUDGET_MS = 5_000;

/**
 * PDPA erasure on a ten-year office (issue 20), each step against what it cannot beat: the
 * erasure itself (informational), the rewrite of every kept backup without the person against
 * a plain `cp -r` of the backups folder, and the rebuild of the database files (backup, clear,
 * write back) against plain IndexedDB reading and writing the same rows (photo-scale's floors).
 */
export const pdpaErasure: BenchCase = {
  name: 'pdpa-erasure',
  description: `erasure, backup rewrite and database-file rebuild on a ${YEARS}-year office`,
  async run({ projectRoot }) {
    const server = await startBenchServer(RENDERER_DIR, await buildHarness(projectRoot));
    const root = await mkdtemp(join(tmpdir(), 'pr-desk-bench-pdpa-'));
    // Main in this process: the rebuild's clear goes through the DevTools protocol (workstation.ts).
    const app = await startWorkstation(server.origin, root, null, 'pdpa', HARNESS_PATH);
    const call = <K extends keyof BenchHarness>(name: K, ...args: Parameters<BenchHarness[K]>) =>
      app.page.evaluate(({ name, args }) => ((window as unknown as { prDeskBench: Record<string, (...a: unknown[]) => unknown> }).prDeskBench[name] as (...a: unknown[]) => unknown)(...args), { name, args }) as Promise<Awaited<ReturnType<BenchHarness[K]>>>;
    try {
      await app.page.getByText('ready').waitFor();
      await call('prepare');
      const seeded = await seedProfile(app.page, YEARS, { storeDir: localBlobStore(app.env.userDataDir).dir });
      const relogged = await call('relogSeeded');
      console.log(`  office: ${YEARS} years seeded in ${(seeded.ms / 1000).toFixed(1)} s, ${relogged.ops.toLocaleString('en-US')} records logged`);
      await call('backups', BACKUPS);

      const backupsDir = backupLayout(app.env.userDataDir).root;
      let started = performance.now();
      execFileSync('cp', ['-r', backupsDir, join(root, 'backups-copy')]);
      const copyMs = performance.now() - started;
      const mentions = await call('mentionsScan');
      if (mentions.found !== 0) throw new Error(`the made-up name was found ${mentions.found} times`);
      const erased = await call('eraseOneIntern');
      console.log(`  erased ${erased.records} records in ${erased.eraseMs.toFixed(0)} ms; backups ${erased.redacted} in ${erased.redactMs.toFixed(0)} ms (cp -r ${copyMs.toFixed(0)} ms)`);

      const floors = await call('idbFloors');
      const floor = floors.readMs + floors.writeMs;
      started = performance.now();
      const rebuilt = await call('rebuild');
      console.log(`  rebuild of ${rebuilt.rows.toLocaleString('en-US')} rows: backup ${rebuilt.backupMs.toFixed(0)} ms, clear ${rebuilt.clearMs.toFixed(0)} ms, write back ${rebuilt.refillMs.toFixed(0)} ms; IndexedDB floor ${floor.toFixed(0)} ms for ${floors.rows.toLocaleString('en-US')} rows`);
      return [
        { name: `erase one intern (${erased.records} records), ${YEARS}-year office`, value: erased.eraseMs, unit: 'ms', reference: null, ratio: null, budget: null },
        // Read in the background while the erase dialog is open (its confirm button does not wait).
        { name: `look for the person's name in every record's text, ${YEARS}-year office`, value: mentions.ms, unit: 'ms', reference: null, ratio: null, budget: MENTIONS_BUDGET_MS },
        { name: `rewrite ${BACKUPS} backups without her vs cp -r of the backups folder`, value: erased.redactMs, unit: 'ms', reference: copyMs, ratio: ratio(erased.redactMs, copyMs), budget: null },
        { name: `rebuild the database files (${rebuilt.rows} rows) vs IndexedDB read + write of the same rows`, value: rebuilt.totalMs, unit: 'ms', reference: floor, ratio: ratio(rebuilt.totalMs, floor), budget: null, ratioBudget: REBUILD_RATIO_BUDGET },
      ] satisfies BenchResult[];
    } finally {
      await app.close();
      await server.close();
      await rm(root, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
    }
  },
};
