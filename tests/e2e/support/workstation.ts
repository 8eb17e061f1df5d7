import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { blobResponse, BLOB_URL_PREFIX } from '../../../src-main/main/blobs/blob-response';
import { localBlobStore } from '../../../src-main/main/blobs/blob-store';
import { createMainIpc } from '../../../src-main/main/ipc/create-main-ipc';
import { isKioskOn, mayClose, swallowInKiosk, type KeyInput } from '../../../src-main/main/kiosk/kiosk-guard';
import type { KioskStore } from '../../../src-main/main/kiosk/kiosk-store';
import type { Dispatch } from '../../../src-main/main/ipc/dispatch';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { createE2eMainDeps, type E2eMainEnvironment } from './main-deps';
import type { HttpIpc } from './http-ipc';
import { startMainHost, type MainHost } from './main-host-client';
import { SCREENSHOT_DIR } from './paths';
import { INVOKE_BINDING, preloadInitScript } from './preload-shim';

/** One running PR Desk: the page, and the folders main would use on a real workstation. */
export interface AppHandle {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** Chromium's profile: holds the IndexedDB database on disk. */
  profileDir: string;
  /**
   * What main's handlers see as the app's userData folder. With mainInChildProcess, a set of a
   * key (chosenFolder, chosenOpenFile) reaches the child too; what the child's handlers record
   * (openedExternally, pdf, exported, kiosk …) stays in the child and is not seen here.
   */
  env: E2eMainEnvironment;
  /** pid of the Node process running main's handlers when mainInChildProcess; null in-process. */
  mainPid: number | null;
  /** Closes the browser and starts it again on the same profile, as a user restarting the app. */
  restart(): Promise<void>;
  /**
   * The app window as main's guards see it (src-main/main/kiosk/kiosk-guard.ts, wired to the
   * Electron window by src-main/main/index.ts), on the kiosk state this launch's handlers keep.
   * The test browser has no window frame or menu: these ask the very functions the app asks.
   * In-process main only (not with mainInChildProcess).
   */
  window: {
    /** A person presses the window's close button: recorded in env.closeAttempts. */
    close(): Promise<'allowed' | 'refused'>;
    /** Would Electron's before-input-event keep this key from the page and the menu? */
    swallows(input: KeyInput): Promise<boolean>;
  };
  /**
   * Saves a screenshot to test-results/screenshots/<name>.png for a person to look at, or into
   * `options.dir` (the user guide's pictures, docs/guide/images, by tests/e2e/user-guide.spec.ts).
   */
  screenshot(name: string, options?: { dir?: string }): Promise<string>;
  /**
   * Holds main's next clearing of the IndexedDB files (the rebuild after an erasure) until the
   * returned function is called, so a test can look at the rebuild screen; called with 'fail',
   * the clear then fails as a disk error would, leaving the files. In-process main only.
   */
  holdDatabaseClear(): (then?: 'clear' | 'fail') => void;
}

/** A gate the harness's database clear waits at (holdDatabaseClear): it resolves to what the clear does next. */
interface ClearGate {
  wait: Promise<'clear' | 'fail'> | null;
}

async function launch(profileDir: string, origin: string, env: E2eMainEnvironment, entry: string, initScript: string | null, host: MainHost | null, httpIpc: HttpIpc | null, gate: ClearGate) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1366, height: 768 },
  });
  const url = new URL(origin);
  // In-process, the kiosk store made with main's deps is kept for AppHandle.window.
  let kiosk: KioskStore | null = null;
  let dispatch: Dispatch;
  if (host) dispatch = host.invoke;
  else {
    const deps = createE2eMainDeps(env, {
      clearAppDatabases: async () => {
        if ((await gate.wait) === 'fail') throw new Error('the test failed this clear (a disk error)');
        await clearIndexedDb(context, url.origin);
      },
    });
    kiosk = deps.kiosk;
    dispatch = createMainIpc(deps, { protocol: url.protocol, host: url.host }).dispatch;
  }
  await context.exposeBinding(INVOKE_BINDING, ({ frame, page }, channel: unknown, payload: unknown) =>
    dispatch(channel, payload, { url: frame.url(), isMainFrame: frame === page.mainFrame() }),
  );
  // `/blob/<id>` is answered by this workstation's blob store through the same function the
  // app protocol uses: two workstations share one renderer server but never each other's files.
  const blobs = localBlobStore(env.userDataDir);
  await context.route(
    (u) => u.origin === url.origin && u.pathname.startsWith(BLOB_URL_PREFIX),
    async (route) => {
      const request = route.request();
      const response = await blobResponse(blobs, new URL(request.url()).pathname, request.method());
      if (!response) return route.continue();
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        body: Buffer.from(await response.arrayBuffer()),
      });
    },
  );
  await context.addInitScript({ content: preloadInitScript(httpIpc ? httpIpc.register(dispatch) : null) });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}${entry}`);
  return { context, page, kiosk };
}

/**
 * Starts one workstation: its own Chromium profile (IndexedDB on disk) and its own user-data
 * folder for main (so its own device id), served by the shared renderer server.
 */
export async function startWorkstation(
  origin: string,
  root: string,
  /** Attaches a screenshot to the test report (the Playwright fixture passes testInfo.attach). */
  attach: ((name: string, path: string) => Promise<void>) | null,
  label = 'app',
  /** The page to open: the app, or the bench harness on the same origin (bench/harness). */
  entry = '/index.html',
  /** Runs in every page before the app (the bench records first-screen times with it). */
  initScript: string | null = null,
  /**
   * mainInChildProcess: main's handlers run in a Node process of their own (main-host.ts), so
   * the bench can read main's peak memory apart from Playwright's and the page server's.
   * The E2E tests leave it off: handlers in this process, as before.
   * httpIpc: the page's IPC goes to the page server by POST (the bench's server, http-ipc.ts),
   * not through Playwright's binding, so bytes cross as bytes as in Electron.
   */
  options: { mainInChildProcess?: boolean; httpIpc?: HttpIpc } = {},
): Promise<AppHandle & { close(): Promise<void> }> {
  const profileDir = join(root, `${label}-chromium-profile`);
  const env: E2eMainEnvironment = {
    userDataDir: join(root, `${label}-user-data`),
    downloadsDir: join(root, `${label}-downloads`),
    openedExternally: [],
    openedFiles: [],
    printed: [],
    chosenFolder: null,
    chosenOpenFile: null,
    pdf: { saveDir: join(root, `${label}-documents`), saved: [], opened: [], printed: [] },
    exported: [],
    kiosk: [],
    closeAttempts: [],
  };
  mkdirSync(env.userDataDir, { recursive: true });
  mkdirSync(env.downloadsDir, { recursive: true });
  const host = options.mainInChildProcess ? await startMainHost(env, origin) : null;
  // Sets reach the child's env as well as this one (the bench sets what the pickers answer).
  const sharedEnv = host
    ? new Proxy(env, {
        set(target, key, value) {
          (target as unknown as Record<string | symbol, unknown>)[key] = value;
          if (typeof key === 'string') host.setEnv(key, value);
          return true;
        },
      })
    : env;
  const gate: ClearGate = { wait: null };
  let running = await launch(profileDir, origin, env, entry, initScript, host, options.httpIpc ?? null, gate).catch(async (error: unknown) => {
    await host?.close();
    throw error;
  });
  return {
    get page() {
      return running.page;
    },
    get context() {
      return running.context;
    },
    origin,
    profileDir,
    env: sharedEnv,
    mainPid: host?.pid ?? null,
    window: {
      async close() {
        const kiosk = inProcessKiosk(running.kiosk);
        await kiosk.load();
        const answer = mayClose(kiosk.current(), 'person') ? 'allowed' : 'refused';
        env.closeAttempts.push(answer);
        return answer;
      },
      async swallows(input) {
        const kiosk = inProcessKiosk(running.kiosk);
        await kiosk.load();
        // As index.ts wires it: swallowed only while kiosk mode is on.
        return isKioskOn(kiosk.current()) && swallowInKiosk(input);
      },
    },
    // In-process, each launch builds main's handler table afresh; with mainInChildProcess the
    // same child rebuilds it (same pid, so the bench keeps watching it). A real app restart
    // would start a new main process; module-level state survives here, as it does in-process.
    async restart() {
      await running.context.close();
      await host?.reset();
      running = await launch(profileDir, origin, env, entry, initScript, host, options.httpIpc ?? null, gate);
    },
    holdDatabaseClear() {
      let release: (then: 'clear' | 'fail') => void = () => undefined;
      gate.wait = new Promise<'clear' | 'fail'>((resolve) => (release = resolve)).then((then) => {
        gate.wait = null;
        return then;
      });
      return (then = 'clear') => release(then);
    },
    async screenshot(name, options = {}) {
      const dir = options.dir ?? SCREENSHOT_DIR;
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      await running.page.screenshot({ path });
      await attach?.(name, path);
      return path;
    },
    async close() {
      try {
        await running.context.close();
      } finally {
        await host?.close();
      }
    },
  };
}

/**
 * The origin's IndexedDB files deleted, as Electron's session.clearStorageData does in the app:
 * the DevTools protocol's Storage.clearDataForOrigin (Chromium deletes the origin's LevelDB
 * folder once its connections are closed).
 */
async function clearIndexedDb(context: BrowserContext, origin: string): Promise<void> {
  const page = context.pages()[0];
  if (!page) throw new Error('no page to clear IndexedDB for');
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
  } finally {
    await cdp.detach();
  }
}

function inProcessKiosk(kiosk: KioskStore | null): KioskStore {
  if (!kiosk) throw new Error('AppHandle.window needs main in this process (not mainInChildProcess)');
  return kiosk;
}
