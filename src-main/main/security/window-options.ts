import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface MainWindowOptionsInput {
  preloadPath: string;
  bounds?: Partial<Rectangle>;
  /** DevTools only in development builds. */
  devTools: boolean;
  /** Open locked down in kiosk mode (kept from before a restart or a crash: issue 19). */
  kiosk?: boolean;
}

/**
 * The Electron security checklist of DESIGN.md §8, shared by every window the app opens (the
 * main window and the print viewer), so the two can never drift apart.
 */
const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/** The main window's options: the Electron security checklist of DESIGN.md §8, in one place. */
export function createMainWindowOptions({ preloadPath, bounds, devTools, kiosk }: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(kiosk ? { kiosk: true } : {}),
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'PR Desk',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      ...HARDENED_WEB_PREFERENCES,
      devTools,
    },
  };
}

export interface PrintViewerWindowOptionsInput {
  /** The main window, so the viewer stays in front of it and closes with it. */
  parent?: BrowserWindow;
}

/**
 * The print viewer (pdf/electron-deps.ts): Chromium's built-in PDF viewer showing one PDF that
 * main has just written to the temp folder, with the print dialog on top. Same checklist as the
 * main window, and:
 * - **no preload**: the viewer talks to nobody, so it gets no `window.prDesk` bridge (IPC from
 *   it is also refused by the sender check, which accepts only app://prdesk);
 * - **DevTools always off**, in development too: the page is Chromium's own viewer, not our code,
 *   so there is nothing of ours to debug there, and DevTools would hand whoever sits at the PC a
 *   console inside a privileged extension page (to look at a PDF during development, use
 *   "ดูตัวอย่าง", which opens the same file in the system viewer);
 * - `plugins: true` only because the PDF viewer needs it.
 * The window may not navigate or open other windows (`printPdf` in pdf/electron-deps.ts
 * attaches `refuseNavigation` and `denyWindowOpen` from navigation.ts).
 */
export function createPrintViewerWindowOptions({ parent }: PrintViewerWindowOptionsInput = {}): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 1000,
    title: 'พิมพ์เอกสาร',
    autoHideMenuBar: true,
    ...(parent ? { parent } : {}),
    webPreferences: {
      plugins: true, // Chromium's PDF viewer
      ...HARDENED_WEB_PREFERENCES,
      devTools: false,
    },
  };
}
