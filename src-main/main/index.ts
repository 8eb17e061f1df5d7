/**
 * The Electron glue: lifecycle, the window, protocol and IPC registration. Everything with
 * logic lives in plain modules beside this file (unit-tested without Electron); keep this thin.
 */
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import { workerFromFile } from './workspace/inflate-client';
import { safeStorageProtector } from './workspace/safe-storage-protector';
import { CHANNEL_NAMES } from '../shared/ipc/channel-names';
import { localBlobStore } from './blobs/blob-store';
import { createMainIpc } from './ipc/create-main-ipc';
import { isKioskOn, mayClose, swallowInKiosk, type CloseReason } from './kiosk/kiosk-guard';
import { createKioskStore, type KioskStore } from './kiosk/kiosk-store';
import { RENDERER_JS_FLAGS } from './renderer-heap';
import { createElectronPdfDeps } from './pdf/electron-deps';
import { writeFileAtomically } from './pdf/write-file';
import {
  APP_ENTRY_URL,
  APP_ORIGIN_URL,
  APP_HOST,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './security/app-protocol';
import { isAllowedExternalUrl } from './security/external-links';
import { createWindowOpenHandler, isAllowedNavigation } from './security/navigation';
import { denyPermissionCheck, denyPermissionRequest } from './security/permissions';
import { createMainWindowOptions } from './security/window-options';
import { clampToDisplays, debounce, loadWindowState, saveWindowState } from './window-state';
import { adaptElectronUpdater } from './updates/electron-updater-adapter';
import type { Updater } from './updates/update-controller';

const APP_ORIGIN = { protocol: `${APP_SCHEME}:`, host: APP_HOST };

// Must happen before `ready`: IndexedDB and storage only work on a privileged standard scheme.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;
/** Why the window or the app is being closed (kiosk-guard.ts): a person, unless the OS or a failed start says otherwise. */
let closeReason: CloseReason = 'person';

function logError(message: string) {
  return (error: unknown) => console.error(message, error);
}

function openExternal(url: string): void {
  // Hand the OS the URL as we parsed it, so both sides agree on what is opened.
  if (isAllowedExternalUrl(url)) shell.openExternal(new URL(url).href).catch(logError('openExternal failed'));
}

/**
 * Kiosk mode on the window (issue 19): full screen with no window controls, no menu bar (and so
 * none of its shortcuts) on Windows and Linux, DevTools closed. macOS keeps its app menu at the
 * top of the screen, hidden in kiosk presentation; its shortcuts are swallowed below and Quit is
 * refused by 'before-quit'.
 */
function applyKioskToWindow(win: BrowserWindow | null, on: boolean): void {
  if (!win || win.isDestroyed()) return;
  win.setKiosk(on);
  if (process.platform !== 'darwin') {
    if (on) win.removeMenu();
    else win.setMenu(Menu.getApplicationMenu());
  }
  if (on) win.webContents.closeDevTools();
}

/** Wires kiosk-guard.ts's decisions to the window's events: no logic here. */
function guardKioskWindow(win: BrowserWindow, kiosk: KioskStore): void {
  const on = () => isKioskOn(kiosk.current());
  // Before the page and before the menu's accelerators: Ctrl+W, Alt+F4, F5, F11, F12, Escape …
  win.webContents.on('before-input-event', (event, input) => {
    if (on() && swallowInKiosk(input)) event.preventDefault();
  });
  win.webContents.on('devtools-opened', () => {
    if (on()) win.webContents.closeDevTools();
  });
  // A crashed page comes back as the kiosk (Bootstrap asks main), never as a blank window.
  win.webContents.on('render-process-gone', (_event, details) => {
    if (on() && details.reason !== 'clean-exit') setTimeout(() => !win.isDestroyed() && win.webContents.reload(), 1000);
  });
  // Windows is shutting down or signing out: it ends the app anyway; kiosk mode stays on disk.
  win.on('session-end', () => {
    closeReason = 'os-ending';
  });
  if (on()) applyKioskToWindow(win, true);
}

async function createMainWindow(kiosk: KioskStore): Promise<void> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const saved = await loadWindowState(stateFile);
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = saved ? clampToDisplays(saved.bounds, workAreas) : undefined;

  // One call, so the security scan (electronegativity) sees the options' source; see its waivers.
  const win = new BrowserWindow(
    createMainWindowOptions({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      ...(bounds ? { bounds } : {}),
      devTools: !app.isPackaged,
      // Kiosk mode kept from before a restart or a crash: the window opens locked down.
      kiosk: isKioskOn(kiosk.current()),
    }),
  );
  mainWindow = win;
  guardKioskWindow(win, kiosk);

  const persist = debounce(() => {
    // Full screen in kiosk mode is not the size to come back to.
    if (win.isDestroyed() || win.isKiosk()) return;
    saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }).catch(
      logError('window state not saved'),
    );
  }, 500);
  win.on('resize', persist);
  win.on('move', persist);
  win.on('close', (event) => {
    if (!mayClose(kiosk.current(), closeReason)) {
      event.preventDefault();
      return;
    }
    if (win.isKiosk()) return;
    saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }).catch(
      logError('window state not saved'),
    );
  });
  win.once('ready-to-show', () => {
    // maximize() also shows the window, so only now: no blank frame flashes at startup.
    if (saved?.maximized && !win.isKiosk()) win.maximize();
    win.show();
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  await win.loadURL(APP_ENTRY_URL);
}

function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, APP_ORIGIN)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, APP_ORIGIN)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
  });
}

/**
 * electron-updater, only in the installed program with a feed built in (app-update.yml, written
 * by electron-builder from PRDESK_UPDATE_URL); otherwise none, and the update status is 'off'.
 * Nothing is checked here: the person presses ตรวจหาเวอร์ชันใหม่ (most offices are offline).
 */
async function loadUpdater(): Promise<Updater | undefined> {
  if (!app.isPackaged || !existsSync(join(process.resourcesPath, 'app-update.yml'))) return undefined;
  const module = await import('electron-updater');
  // CommonJS: its autoUpdater is a getter on module.exports (the default export under ESM).
  const { autoUpdater } = module.default ?? module;
  return adaptElectronUpdater(autoUpdater);
}

function registerIpc(kiosk: KioskStore, updater: Updater | undefined): void {
  const { dispatch } = createMainIpc(
    {
      userDataDir: app.getPath('userData'),
      hostname: hostname(),
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      openExternal: (url) => shell.openExternal(url),
      // The same store the window guards read; the only app window (the sender check already
      // ensured the call came from it).
      kiosk,
      applyKioskToWindow: (on) => applyKioskToWindow(mainWindow, on),
      ...(updater ? { updater } : {}),
      // The rebuild after a PDPA erasure: the origin's IndexedDB files go, LevelDB's stale copies
      // of erased values with them (database/purge-handlers.ts). Origin as location.origin writes it.
      clearAppDatabases: () => session.defaultSession.clearStorageData({ origin: new URL(APP_ORIGIN_URL).origin, storages: ['indexdb'] }),
      pdf: createElectronPdfDeps({
        BrowserWindow,
        dialog,
        shell,
        getParentWindow: () => mainWindow,
        documentsDir: app.getPath('documents'),
        tempDir: app.getPath('temp'),
        // Fonts ship outside the asar archive (pdfmake reads them from disk).
        fontDir: app.isPackaged ? join(process.resourcesPath, 'fonts') : join(app.getAppPath(), 'resources/fonts'),
        workerFile: join(import.meta.dirname, 'pdf-worker.js'),
      }),
      protector: safeStorageProtector(safeStorage),
      createInflateWorker: workerFromFile(join(import.meta.dirname, 'inflate-worker.js')),
      exports: {
        chooseExportPath: async (defaultName, filter) => {
          const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: [filter], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled ? null : (result.filePath ?? null);
        },
        writeFile: writeFileAtomically,
      },
      chooseOpenFile: async () => {
        const options = {
          properties: ['openFile'] as 'openFile'[],
          // An exported backup folder's manifest.json, or an older .prdesk.json.gz / .json export.
          filters: [{ name: 'PR Desk', extensions: ['json', 'gz'] }],
        };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseFolder: async () => {
        const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    },
    APP_ORIGIN,
    (message, error) => console.error(message, error ?? ''),
  );
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(channel, payload, {
        url: event.senderFrame?.url ?? '',
        // A detached frame (a page unloading) or any subframe is not our main page.
        isMainFrame: event.senderFrame !== null && !event.senderFrame.detached && event.senderFrame.parent === null,
      }),
    );
  }
}

// Before ready: the window's renderer starts with this heap limit (renderer-heap.ts says why).
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS);

if (!app.requestSingleInstanceLock()) {
  // Two instances would fight over the same IndexedDB files: hand over to the first one.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  hardenWebContents();

  app
    .whenReady()
    .then(async () => {
    session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
    session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(join(import.meta.dirname, '../renderer'), { blobs: localBlobStore(app.getPath('userData')) }),
    );
    // Kiosk mode (issue 19) is read before the window exists, so it opens locked down.
    const kiosk = createKioskStore(app.getPath('userData'));
    await kiosk.load();
    app.on('before-quit', (event) => {
      if (!mayClose(kiosk.current(), closeReason)) event.preventDefault();
    });
    powerMonitor.on('shutdown', () => {
      closeReason = 'os-ending';
    });
    // An updater that fails to load leaves updates off; the app itself starts as usual.
    const updater = await loadUpdater().catch((error: unknown) => {
      console.error('updater not loaded', error);
      return undefined;
    });
    registerIpc(kiosk, updater);
    await createMainWindow(kiosk);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(kiosk).catch(logError('window failed'));
    });
  })
    .catch((error: unknown) => {
      // Never sit invisible: say what failed, then quit (kiosk mode does not hold a failed start).
      closeReason = 'startup-failed';
      dialog.showErrorBox('PR Desk เปิดไม่สำเร็จ', error instanceof Error ? error.message : String(error));
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
