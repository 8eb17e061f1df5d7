import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createPrintViewerWindowOptions } from '../security/window-options';
import { createElectronPdfDeps, type ElectronPdfParts } from './electron-deps';

type PrintCallback = (success: boolean, failureReason: string) => void;

function parts(options: { saveResult?: { canceled: boolean; filePath?: string }; openProblem?: string; print?: [boolean, string] }) {
  const seen: Record<string, unknown> = {};
  const contentsEvents = new EventEmitter();
  seen.contentsEvents = contentsEvents;
  class FakeWindow extends EventEmitter {
    destroyed = false;
    webContents = {
      on: (event: string, listener: (...args: unknown[]) => void) => contentsEvents.on(event, listener),
      setWindowOpenHandler: (handler: unknown) => {
        seen.windowOpenHandler = handler;
      },
      print: (printOptions: unknown, callback: PrintCallback) => {
        seen.printOptions = printOptions;
        const [success, reason] = options.print ?? [true, ''];
        callback(success, reason);
      },
    };
    constructor(windowOptions: unknown) {
      super();
      seen.windowOptions = windowOptions;
    }
    loadURL(url: string) {
      seen.url = url;
      return Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const value = {
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: (...args: unknown[]) => {
        seen.dialogArgs = args;
        return Promise.resolve(options.saveResult ?? { canceled: false, filePath: '/home/u/เอกสาร/memo' });
      },
    },
    shell: { openPath: (path: string) => ((seen.opened = path), Promise.resolve(options.openProblem ?? '')) },
    getParentWindow: () => null,
    documentsDir: '/home/u/เอกสาร',
    tempDir: '/tmp',
    fontDir: '/app/fonts',
    workerFile: '/app/out/main/pdf-worker.js',
  } as unknown as ElectronPdfParts;
  return { value, seen };
}

describe('createElectronPdfDeps', () => {
  it('opens the save dialog in Documents and gives the path as typed (handlers.ts checks it and adds .pdf)', async () => {
    const { value, seen } = parts({});
    const deps = createElectronPdfDeps(value);
    await expect(deps.showSaveDialog('บันทึก.pdf')).resolves.toBe('/home/u/เอกสาร/memo');
    expect(seen.dialogArgs).toEqual([expect.objectContaining({ defaultPath: '/home/u/เอกสาร/บันทึก.pdf' })]);
    expect(deps).toMatchObject({ fontDir: '/app/fonts', workerFile: '/app/out/main/pdf-worker.js', tempDir: '/tmp' });
  });

  it('gives null when the dialog is cancelled', async () => {
    const deps = createElectronPdfDeps(parts({ saveResult: { canceled: true } }).value);
    await expect(deps.showSaveDialog('x.pdf')).resolves.toBeNull();
  });

  it('keeps the viewer on its one document: no navigation, no new windows, not even to the browser', async () => {
    const { value, seen } = parts({});
    await createElectronPdfDeps(value).printPdf('/tmp/a.pdf');
    const events = seen.contentsEvents as EventEmitter;
    for (const event of ['will-navigate', 'will-redirect']) {
      let prevented = false;
      events.emit(event, { preventDefault: () => (prevented = true) }, 'https://evil.example/');
      expect(prevented, event).toBe(true);
    }
    const openHandler = seen.windowOpenHandler as (details: { url: string }) => unknown;
    expect(openHandler({ url: 'https://www.prd.go.th/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
  });

  it('turns shell.openPath problems into errors', async () => {
    await expect(createElectronPdfDeps(parts({}).value).openPath('/tmp/a.pdf')).resolves.toBeUndefined();
    await expect(createElectronPdfDeps(parts({ openProblem: 'Failed to open path' }).value).openPath('/tmp/a.pdf')).rejects.toThrow(
      'Failed to open path',
    );
  });

  it('prints through a sandboxed PDF viewer window and reads the outcome', async () => {
    const printed = parts({});
    await expect(createElectronPdfDeps(printed.value).printPdf('/tmp/a b.pdf')).resolves.toBe('printed');
    expect(printed.seen.url).toBe('file:///tmp/a%20b.pdf');
    expect(printed.seen.windowOptions).toEqual(createPrintViewerWindowOptions());
    expect(printed.seen.windowOptions).toMatchObject({
      webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    await expect(createElectronPdfDeps(parts({ print: [false, 'Print job canceled'] }).value).printPdf('/tmp/a.pdf')).resolves.toBe(
      'cancelled',
    );
    await expect(createElectronPdfDeps(parts({ print: [false, 'Print job failed'] }).value).printPdf('/tmp/a.pdf')).rejects.toThrow(
      'Print job failed',
    );
  });
});
