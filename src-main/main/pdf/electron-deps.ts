/**
 * The Electron side of the PDF handlers: dialogs, the shell and printing. Thin glue, typed
 * against the real Electron API; everything with logic is in handlers.ts and tested there.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { denyWindowOpen, refuseNavigation } from '../security/navigation';
import { createPrintViewerWindowOptions } from '../security/window-options';
import type { PdfHandlerDeps, PdfLogger, PrintOutcome } from './handlers';
import { writeFileAtomically } from './write-file';

export interface ElectronPdfParts {
  BrowserWindow: typeof BrowserWindow;
  dialog: Dialog;
  shell: Shell;
  /** The window dialogs belong to (the main window), if it is open. */
  getParentWindow: () => BrowserWindow | null;
  /** app.getPath('documents'): where the save dialog opens. */
  documentsDir: string;
  /** app.getPath('temp') */
  tempDir: string;
  /** resources/fonts: in a packaged app, `join(process.resourcesPath, 'fonts')` (outside asar). */
  fontDir: string;
  /** `join(import.meta.dirname, 'pdf-worker.js')` from out/main/index.js. */
  workerFile: string;
  logger?: PdfLogger;
}

const consoleLogger: PdfLogger = {
  info: (message) => console.info(`[pdf] ${message}`),
  error: (message, error) => console.error(`[pdf] ${message}`, error),
};

/** Chromium's words for a print dialog the user closed. */
const CANCEL_REASONS = /cancel/i;

export function createElectronPdfDeps(parts: ElectronPdfParts): PdfHandlerDeps {
  const { BrowserWindow: Window, dialog, shell } = parts;

  async function showSaveDialog(defaultFileName: string): Promise<string | null> {
    const options = {
      title: 'บันทึกเป็นไฟล์ PDF',
      buttonLabel: 'บันทึก',
      defaultPath: join(parts.documentsDir, defaultFileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const parent = parts.getParentWindow();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    // As typed: handlers.ts checks the name (safeSavePath) and adds ".pdf" when it lacks it.
    return result.filePath;
  }

  async function openPath(filePath: string): Promise<void> {
    const problem = await shell.openPath(filePath);
    if (problem) throw new Error(problem);
  }

  /**
   * Shows the PDF in a window with Chromium's PDF viewer and opens the print dialog for it. The
   * window stays open afterwards, so the document can be checked or printed again from the
   * viewer's own print button.
   */
  async function printPdf(filePath: string): Promise<PrintOutcome> {
    const parent = parts.getParentWindow();
    // Options from security/window-options.ts (tested there): sandboxed, no preload, no DevTools.
    const viewer = new Window(createPrintViewerWindowOptions(parent ? { parent } : {}));
    // One document only: a link inside the PDF neither navigates the viewer nor opens anything.
    viewer.webContents.setWindowOpenHandler(denyWindowOpen);
    viewer.webContents.on('will-navigate', refuseNavigation);
    viewer.webContents.on('will-redirect', refuseNavigation);
    try {
      await viewer.loadURL(pathToFileURL(filePath).toString());
    } catch (error) {
      viewer.destroy();
      throw error;
    }
    return new Promise<PrintOutcome>((resolve, reject) => {
      viewer.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success) resolve('printed');
        else if (CANCEL_REASONS.test(failureReason)) resolve('cancelled');
        else reject(new Error(failureReason || 'print failed'));
      });
    });
  }

  return {
    fontDir: parts.fontDir,
    workerFile: parts.workerFile,
    tempDir: parts.tempDir,
    showSaveDialog,
    writeFile: (filePath, bytes) => writeFileAtomically(filePath, bytes),
    openPath,
    printPdf,
    logger: parts.logger ?? consoleLogger,
  };
}
