import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { createMainIpc } from '../../../src-main/main/ipc/create-main-ipc';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { createE2eMainDeps, type E2eMainEnvironment } from './main-deps';
import { RENDERER_DIR, SCREENSHOT_DIR } from './paths';
import { INVOKE_BINDING, preloadInitScript } from './preload-shim';
import { startRendererServer, type RendererServer } from './renderer-server';

/** One running PR Desk: the page, and the folders main would use on a real workstation. */
export interface AppHandle {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** Chromium's profile: holds the IndexedDB database on disk. */
  profileDir: string;
  /** What main's handlers see as the app's userData folder. */
  env: E2eMainEnvironment;
  /** Closes the browser and starts it again on the same profile, as a user restarting the app. */
  restart(): Promise<void>;
  /** Saves a screenshot to test-results/screenshots/<name>.png for a person to look at. */
  screenshot(name: string): Promise<string>;
}

interface WorkerFixtures {
  rendererServer: RendererServer;
}

async function launch(profileDir: string, origin: string, env: E2eMainEnvironment) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1366, height: 768 },
  });
  const url = new URL(origin);
  const ipc = createMainIpc(createE2eMainDeps(env), { protocol: url.protocol, host: url.host });
  await context.exposeBinding(INVOKE_BINDING, ({ frame, page }, channel: unknown, payload: unknown) =>
    ipc.dispatch(channel, payload, { url: frame.url(), isMainFrame: frame === page.mainFrame() }),
  );
  await context.addInitScript({ content: preloadInitScript() });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/index.html`);
  return { context, page };
}

/**
 * Starts one workstation: its own Chromium profile (IndexedDB on disk) and its own user-data
 * folder for main (so its own device id), served by the shared renderer server.
 */
export async function startWorkstation(origin: string, root: string, testInfo: TestInfo, label = 'app'): Promise<AppHandle & { close(): Promise<void> }> {
  const profileDir = join(root, `${label}-chromium-profile`);
  const env: E2eMainEnvironment = {
    userDataDir: join(root, `${label}-user-data`),
    downloadsDir: join(root, `${label}-downloads`),
    openedExternally: [],
    openedFiles: [],
    printed: [],
    chosenFolder: null,
    chosenSaveFile: null,
    chosenOpenFile: null,
    pdf: { saveDir: join(root, `${label}-documents`), saved: [], opened: [], printed: [] },
  };
  mkdirSync(env.userDataDir, { recursive: true });
  mkdirSync(env.downloadsDir, { recursive: true });
  let running = await launch(profileDir, origin, env);
  return {
    get page() {
      return running.page;
    },
    get context() {
      return running.context;
    },
    origin,
    profileDir,
    env,
    async restart() {
      await running.context.close();
      running = await launch(profileDir, origin, env);
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await running.page.screenshot({ path });
      await testInfo.attach(name, { path, contentType: 'image/png' });
      return path;
    },
    close: () => running.context.close(),
  };
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
