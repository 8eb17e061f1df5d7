import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type TestInfo } from '@playwright/test';
import { signInFromFirstRun } from '../pages/sign-in-page';
import { RENDERER_DIR } from './paths';
import { startRendererServer, type RendererServer } from './renderer-server';
import { startWorkstation as startWorkstationWith, type AppHandle } from './workstation';

export type { AppHandle } from './workstation';

/**
 * A workstation whose screenshots are attached to the test's report. Its first run creates the
 * test administrator (TEST_ADMIN, signed in) unless `firstRun: 'leave'` keeps the first-run
 * screen for the test; after `restart()` the administrator signs in again the same way, as
 * staff would (main keeps no sign-in across an app restart).
 */
export async function startWorkstation(origin: string, root: string, testInfo: TestInfo, label = 'app', options: { firstRun?: 'admin' | 'leave' } = {}) {
  const app = await startWorkstationWith(origin, root, (name, path) => testInfo.attach(name, { path, contentType: 'image/png' }), label);
  return options.firstRun === 'leave' ? app : signInFromFirstRun(app);
}

interface WorkerFixtures {
  rendererServer: RendererServer;
}

export const test = base.extend<{ app: AppHandle; workspace: string }, WorkerFixtures>({
  rendererServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startRendererServer(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  /** A temporary folder for everything one test writes (profiles, user data, sync folders). */
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-e2e-'));
    await use(root);
    rmSync(root, { recursive: true, force: true });
  },

  app: async ({ rendererServer, workspace }, use, testInfo) => {
    const app = await startWorkstation(rendererServer.origin, workspace, testInfo);
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
