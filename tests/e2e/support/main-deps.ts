import { join } from 'node:path';
import type { MainDeps } from '../../../src-main/main/handlers';
import { writeFileAtomically } from '../../../src-main/main/pdf/write-file';
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
  /** What the stubbed save and open dialogs answer for export/import files. */
  chosenSaveFile: string | null;
  chosenOpenFile: string | null;
  /** PDFs saved, previewed and printed through the real PDF handlers. */
  pdf: PdfRecorder;
  /** Files saved through the export channels (spreadsheets, data exports, attachments). */
  exported: string[];
  /** Each app:set-kiosk call (true = kiosk on). */
  kiosk: boolean[];
}

/** Main's dependencies with temp folders instead of the profile and recorders instead of the OS. */
export function createE2eMainDeps(env: E2eMainEnvironment): MainDeps {
  return {
    userDataDir: env.userDataDir,
    hostname: 'E2E-WORKSTATION',
    appInfo: { name: 'PR Desk', version: 'e2e', platform: process.platform },
    openExternal: (url) => {
      env.openedExternally.push(url);
      return Promise.resolve();
    },
    setKiosk: (on) => {
      env.kiosk.push(on);
    },
    chooseFolder: () => Promise.resolve(env.chosenFolder),
    chooseOpenFile: () => Promise.resolve(env.chosenOpenFile),
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
