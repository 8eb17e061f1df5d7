import { join } from 'node:path';
import type { MainDeps } from '../../../src-main/main/handlers';
import { createKioskStore } from '../../../src-main/main/kiosk/kiosk-store';
import { writeFileAtomically } from '../../../src-main/main/pdf/write-file';
import { workerFromFile } from '../../../src-main/main/workspace/inflate-client';
import { identityProtector } from '../../../src-main/main/workspace/local-store';
import { OUT_DIR } from './paths';
import { createRecordingPdfDeps, type PdfRecorder } from '../../../src-main/main/pdf/testing/recording-deps';

/** What the E2E run records in place of OS side effects, so tests can assert on them. */
export interface E2eMainEnvironment {
  userDataDir: string;
  downloadsDir: string;
  openedExternally: string[];
  openedFiles: string[];
  printed: string[];
  /** What the stubbed folder picker answers (null = the user cancelled). */
  chosenFolder: string | null;
  /** What the stubbed open dialog answers when a backup is imported. */
  chosenOpenFile: string | null;
  /** PDFs saved, previewed and printed through the real PDF handlers. */
  pdf: PdfRecorder;
  /** Files saved through the export channels (spreadsheets, data exports, attachments). */
  exported: string[];
  /** Each time main locked the window down for kiosk mode (true) or freed it (false). */
  kiosk: boolean[];
  /** Each press of the window's close button the test made (AppHandle.window.close), as main's guard answered. */
  closeAttempts: ('allowed' | 'refused')[];
}

/**
 * Main's dependencies with temp folders instead of the profile and recorders instead of the OS.
 * `browser` carries what only the harness that drives Chromium can do.
 * The kiosk store is made here, as the app makes it before its window: the harness's window
 * guards (AppHandle.window) read the very one the handlers change.
 */
export function createE2eMainDeps(env: E2eMainEnvironment, browser: Pick<MainDeps, 'clearAppDatabases'> = {}): MainDeps & Required<Pick<MainDeps, 'kiosk'>> {
  return {
    // What Electron's session.clearStorageData does in the app, done on the test browser by
    // the harness (workstation.ts); absent in the bench's child process (no rebuild there).
    ...browser,
    userDataDir: env.userDataDir,
    hostname: 'E2E-WORKSTATION',
    appInfo: { name: 'PR Desk', version: 'e2e', platform: process.platform },
    openExternal: (url) => {
      env.openedExternally.push(url);
      return Promise.resolve();
    },
    kiosk: createKioskStore(env.userDataDir),
    applyKioskToWindow: (on) => {
      env.kiosk.push(on);
    },
    chooseFolder: () => Promise.resolve(env.chosenFolder),
    chooseOpenFile: () => Promise.resolve(env.chosenOpenFile),
    // Keys at rest stay plain here (no OS secret store in the test browser); the app uses
    // safeStorage. The real, built decompression worker, as the app bundles it.
    protector: identityProtector,
    createInflateWorker: workerFromFile(join(OUT_DIR, 'main/inflate-worker.js')),
    pdf: createRecordingPdfDeps(env.pdf, join(env.userDataDir, 'tmp')),
    exports: {
      // The save dialog answers with a file of that name in the downloads folder.
      chooseExportPath: (name) => Promise.resolve(join(env.downloadsDir, name)),
      writeFile: async (path, bytes) => {
        await writeFileAtomically(path, bytes);
        env.exported.push(path);
      },
    },
  };
}
