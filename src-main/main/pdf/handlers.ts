import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { pdfContract } from '../../shared/ipc/channels/pdf';
import { IpcError } from '../../shared/ipc/errors';
import { documentTitle, type PdfRenderRequest } from '../../shared/pdf/documents';
import { safeSavePath, toSafePdfFileName } from '../../shared/files/safe-file-name';
import type { RenderedPdf } from './engine';
import { createPdfRenderer, type PdfRenderer } from './pool';

type PdfChannel = keyof typeof pdfContract;
/** Same as ChannelParsedInput / ChannelOutput of the IPC contract, for the pdf channels. */
type Input<C extends PdfChannel> = z.output<(typeof pdfContract)[C]['input']>;
type Output<C extends PdfChannel> = z.output<(typeof pdfContract)[C]['output']>;

export type PdfHandlers = { [C in PdfChannel]: (input: Input<C>) => Promise<Output<C>> };

export type PrintOutcome = 'printed' | 'cancelled';

export interface PdfLogger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Everything the PDF handlers do to the outside world, injected (electron-deps.ts in the app). */
export interface PdfHandlerDeps {
  /** resources/fonts (packaged outside the asar archive). */
  fontDir: string;
  /** The bundled worker (out/main/pdf-worker.js); null renders in this thread (tests, E2E). */
  workerFile: string | URL | null;
  /** A folder for preview and print files (the OS temp folder in the app). */
  tempDir: string;
  /**
   * The save dialog, opened at `defaultFileName`; the chosen path as the user left it (the
   * handler checks it and adds ".pdf"), or null if the user closed it.
   */
  showSaveDialog(defaultFileName: string): Promise<string | null>;
  /** Writes the whole file, creating its folder, replacing it only once fully written. */
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** Opens a file with the system's viewer (shell.openPath). */
  openPath(filePath: string): Promise<void>;
  /** Shows the system print dialog for a PDF file. */
  printPdf(filePath: string): Promise<PrintOutcome>;
  logger: PdfLogger;
  /** Replaces the renderer made from fontDir and workerFile (tests). */
  renderer?: PdfRenderer;
}

const PREVIEW_FOLDER = 'pr-desk-pdf';
/** Previews are opened by another program; we clear them out a day later, not at once. */
const PREVIEW_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * Deletes our own preview files older than `maxAgeMs`; a file still open in a viewer cannot be
 * removed on Windows and is counted, to try again next time.
 */
async function removePreviews(folder: string, now: number, maxAgeMs: number): Promise<{ removed: number; stillOpen: number }> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return { removed: 0, stillOpen: 0 };
  }
  const outcomes = await Promise.all(
    names.map(async (name): Promise<'removed' | 'kept' | 'open'> => {
      const path = join(folder, name);
      try {
        if (now - (await stat(path)).mtimeMs < maxAgeMs) return 'kept';
        await rm(path, { force: true });
        return 'removed';
      } catch {
        return 'open';
      }
    }),
  );
  return { removed: outcomes.filter((o) => o === 'removed').length, stillOpen: outcomes.filter((o) => o === 'open').length };
}

/**
 * The PDF channels' handlers: render off the main thread, then save where the user chooses,
 * open in the system viewer, or print. Failures reach the renderer as IPC error codes:
 * `cancelled` (dialog closed), `unsafe-file-name` (the name typed into the dialog ends in a
 * program extension or hides characters: nothing rendered or written), `io-failure` (could not
 * write or open the file), `internal`. File names made from a document's title always end in
 * ".pdf" (shared/files/safe-file-name.ts).
 */
export function createPdfHandlers(deps: PdfHandlerDeps): PdfHandlers {
  const renderer = deps.renderer ?? createPdfRenderer({ fontDir: deps.fontDir, workerFile: deps.workerFile });
  const previewFolder = join(deps.tempDir, PREVIEW_FOLDER);

  async function render(request: PdfRenderRequest): Promise<RenderedPdf> {
    try {
      return await renderer.render(request);
    } catch (error) {
      deps.logger.error(`PDF ${request.document.kind} could not be rendered`, error);
      throw new IpcError({ code: 'internal', detail: `render failed: ${describeError(error)}` });
    }
  }

  async function write(filePath: string, bytes: Uint8Array): Promise<void> {
    try {
      await deps.writeFile(filePath, bytes);
    } catch (error) {
      deps.logger.error(`PDF could not be written to ${filePath}`, error);
      throw new IpcError({ code: 'io-failure', detail: describeError(error) });
    }
  }

  async function writeTemporary(request: PdfRenderRequest, pdf: RenderedPdf): Promise<string> {
    await removePreviews(previewFolder, Date.now(), PREVIEW_MAX_AGE_MS);
    const name = toSafePdfFileName(documentTitle(request.document));
    const filePath = join(previewFolder, `${randomUUID().slice(0, 8)}-${name}`);
    await write(filePath, pdf.bytes);
    return filePath;
  }

  async function open(filePath: string): Promise<void> {
    try {
      await deps.openPath(filePath);
    } catch (error) {
      deps.logger.error(`PDF viewer could not open ${filePath}`, error);
      throw new IpcError({ code: 'io-failure', detail: describeError(error) });
    }
  }

  return {
    'pdf:export-document': async ({ suggestedFileName, ...request }) => {
      // Ask first: a user who cancels should not wait for a render.
      const chosen = await deps.showSaveDialog(toSafePdfFileName(suggestedFileName));
      if (chosen === null) throw new IpcError({ code: 'cancelled' });
      const filePath = safeSavePath(chosen, 'pdf');
      const pdf = await render(request);
      await write(filePath, pdf.bytes);
      deps.logger.info(`PDF ${request.document.kind} saved: ${pdf.pageCount} page(s), ${pdf.bytes.byteLength} bytes`);
      return { filePath, pageCount: pdf.pageCount, byteLength: pdf.bytes.byteLength };
    },

    'pdf:preview-document': async (request) => {
      const pdf = await render(request);
      const filePath = await writeTemporary(request, pdf);
      await open(filePath);
      return { filePath, pageCount: pdf.pageCount };
    },

    'pdf:print-document': async (request) => {
      const pdf = await render(request);
      const filePath = await writeTemporary(request, pdf);
      let outcome: PrintOutcome;
      try {
        outcome = await deps.printPdf(filePath);
      } catch (error) {
        deps.logger.error('Printing failed; opening the PDF in the system viewer instead', error);
        await open(filePath);
        return { outcome: 'opened-in-viewer', pageCount: pdf.pageCount };
      }
      if (outcome === 'cancelled') throw new IpcError({ code: 'cancelled' });
      return { outcome: 'printed', pageCount: pdf.pageCount };
    },

    'pdf:forget-previews': async () => {
      const outcome = await removePreviews(previewFolder, Date.now(), 0);
      if (outcome.stillOpen > 0) deps.logger.info(`PDF previews: ${outcome.stillOpen} still open in a viewer, removed next time`);
      return outcome;
    },
  };
}
