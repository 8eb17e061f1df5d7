import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { PdfHandlerDeps } from '../handlers';

/** What the PDF handlers did, for tests to assert on instead of real dialogs and printers. */
export interface PdfRecorder {
  /** Where the stubbed save dialog saves (null = the user cancels it). */
  saveDir: string | null;
  saved: string[];
  opened: string[];
  printed: string[];
}

export const FONT_DIR = resolve(import.meta.dirname, '../../../../resources/fonts');

/** PDF deps for unit and E2E tests: real rendering in this thread, recorded side effects. */
export function createRecordingPdfDeps(recorder: PdfRecorder, tempDir: string): PdfHandlerDeps {
  return {
    fontDir: FONT_DIR,
    workerFile: null,
    tempDir,
    showSaveDialog: (name) => Promise.resolve(recorder.saveDir ? join(recorder.saveDir, name) : null),
    writeFile: async (path, bytes) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
      recorder.saved.push(path);
    },
    openPath: (path) => {
      recorder.opened.push(path);
      return Promise.resolve();
    },
    printPdf: (path) => {
      recorder.printed.push(path);
      return Promise.resolve('printed');
    },
    logger: { info: () => {}, error: () => {} },
  };
}
