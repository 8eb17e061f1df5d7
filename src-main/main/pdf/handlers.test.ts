import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfContract } from '../../shared/ipc/channels/pdf';
import { IpcError } from '../../shared/ipc/errors';
import { createPdfHandlers, type PdfHandlerDeps, type PrintOutcome } from './handlers';
import { createInProcessRenderer, type PdfRenderer } from './pool';
import { allPdfSamples } from './samples';
import { pdfInfo } from './testing/poppler';
import { FONT_DIR } from '../../../tests/fixtures/thai-fixtures';
import { writeFileAtomically } from './write-file';

const sample = allPdfSamples()[0];
if (!sample) throw new Error('no samples');
// what the IPC dispatcher hands the handler: the parsed payload
const request = pdfContract['pdf:preview-document'].input.parse(sample.request);
const exportInput = pdfContract['pdf:export-document'].input.parse({ ...sample.request, suggestedFileName: 'บันทึก/แถลงข่าว' });

let dir: string;
let calls: string[];
let errors: string[];
const renderer = createInProcessRenderer({ fontDir: FONT_DIR });

function deps(overrides: Partial<PdfHandlerDeps> = {}): PdfHandlerDeps {
  return {
    fontDir: FONT_DIR,
    workerFile: null,
    tempDir: join(dir, 'tmp'),
    renderer,
    showSaveDialog: (name) => {
      calls.push(`dialog:${name}`);
      return Promise.resolve(join(dir, 'saved', 'memo.pdf'));
    },
    writeFile: (path, bytes) => {
      calls.push(`write:${path}`);
      return writeFileAtomically(path, bytes);
    },
    openPath: (path) => {
      calls.push(`open:${path}`);
      return Promise.resolve();
    },
    printPdf: (path) => {
      calls.push(`print:${path}`);
      return Promise.resolve<PrintOutcome>('printed');
    },
    logger: { info: () => {}, error: (message) => errors.push(message) },
    ...overrides,
  };
}

async function ipcCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof IpcError ? error.code : `not an IpcError: ${String(error)}`;
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pr-desk-pdf-handlers-'));
  calls = [];
  errors = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('pdf:export-document', () => {
  it('asks where to save under a safe name, then writes the PDF there', async () => {
    const result = await createPdfHandlers(deps())['pdf:export-document'](exportInput);
    expect(calls[0]).toBe('dialog:บันทึก-แถลงข่าว.pdf');
    expect(result.filePath).toBe(join(dir, 'saved', 'memo.pdf'));
    const bytes = new Uint8Array(await readFile(result.filePath));
    expect(bytes.byteLength).toBe(result.byteLength);
    expect((await pdfInfo(bytes)).pages).toBe(result.pageCount);
    expect(pdfContract['pdf:export-document'].output.safeParse(result).success).toBe(true);
  });

  it('answers `cancelled` when the dialog is closed, without rendering', async () => {
    let rendered = false;
    const spy: PdfRenderer = { ...renderer, render: (r) => ((rendered = true), renderer.render(r)) };
    const handlers = createPdfHandlers(deps({ renderer: spy, showSaveDialog: () => Promise.resolve(null) }));
    expect(await ipcCode(handlers['pdf:export-document'](exportInput))).toBe('cancelled');
    expect(rendered).toBe(false);
  });

  it('suggests a name that ends in .pdf even when the record\'s title ends in a program extension', async () => {
    const hostile = pdfContract['pdf:export-document'].input.parse({ ...sample.request, suggestedFileName: 'ใบแจ้ง.pdf.exe' });
    await createPdfHandlers(deps())['pdf:export-document'](hostile);
    expect(calls[0]).toBe('dialog:ใบแจ้ง.pdf_exe.pdf');
  });

  it('adds .pdf to a name typed without it', async () => {
    const result = await createPdfHandlers(deps({ showSaveDialog: () => Promise.resolve(join(dir, 'saved', 'บันทึก. ')) }))['pdf:export-document'](exportInput);
    expect(result.filePath).toBe(join(dir, 'saved', 'บันทึก.pdf'));
  });

  it.each(['x.exe', 'x.EXE.', 'memo.pdf.scr ', 'memo.pdf:run.exe', 'memo\u202Efdp.exe', 'invoice\u202Efdp.pdf', 'CON', 'lpt1.pdf', 'run.lnk'])(
    'refuses the typed name %j with `unsafe-file-name`: nothing rendered, nothing written',
    async (typed) => {
      let rendered = false;
      const spy: PdfRenderer = { ...renderer, render: (r) => ((rendered = true), renderer.render(r)) };
      const handlers = createPdfHandlers(deps({ renderer: spy, showSaveDialog: () => Promise.resolve(join(dir, 'saved', typed)) }));
      expect(await ipcCode(handlers['pdf:export-document'](exportInput))).toBe('unsafe-file-name');
      expect(rendered).toBe(false);
      expect(calls.filter((c) => c.startsWith('write:'))).toEqual([]);
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it('answers `io-failure` when the file cannot be written, and logs it', async () => {
    const handlers = createPdfHandlers(
      deps({ writeFile: () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) }),
    );
    expect(await ipcCode(handlers['pdf:export-document'](exportInput))).toBe('io-failure');
    expect(errors).toHaveLength(1);
  });

  it('answers `internal` when rendering fails, and logs it', async () => {
    const broken: PdfRenderer = { ...renderer, render: () => Promise.reject(new Error('layout exploded')) };
    expect(await ipcCode(createPdfHandlers(deps({ renderer: broken }))['pdf:export-document'](exportInput))).toBe('internal');
    expect(errors[0]).toMatch(/memo/);
  });
});

describe('pdf:preview-document', () => {
  it('writes a temporary PDF named after the document and opens it', async () => {
    const result = await createPdfHandlers(deps())['pdf:preview-document'](request);
    expect(result.filePath.startsWith(join(dir, 'tmp', 'pr-desk-pdf'))).toBe(true);
    expect(result.filePath).toContain('ขอเชิญร่วมแถลงข่าว');
    expect(calls).toEqual([`write:${result.filePath}`, `open:${result.filePath}`]);
    expect((await pdfInfo(new Uint8Array(await readFile(result.filePath)))).pages).toBe(result.pageCount);
  });

  it('names a preview .pdf whatever the document\'s title says', async () => {
    if (request.document.kind !== 'memo' && request.document.kind !== 'external-letter') throw new Error('sample is not a letter');
    const hostile = { ...request, document: { ...request.document, subject: 'คำสั่ง\u202Efdp.exe:evil.bat' } };
    const result = await createPdfHandlers(deps())['pdf:preview-document'](hostile);
    expect(result.filePath.endsWith('.pdf')).toBe(true);
    expect(result.filePath).toContain('คำสั่งfdp.exe-evil_bat.pdf');
    expect(await readdir(join(dir, 'tmp', 'pr-desk-pdf'))).toHaveLength(1);
  });

  it('clears previews older than a day and keeps recent ones', async () => {
    const folder = join(dir, 'tmp', 'pr-desk-pdf');
    await writeFileAtomically(join(folder, 'old.pdf'), new Uint8Array([1]));
    await writeFile(join(folder, 'recent.pdf'), new Uint8Array([1]));
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(join(folder, 'old.pdf'), twoDaysAgo, twoDaysAgo);
    await createPdfHandlers(deps())['pdf:preview-document'](request);
    const names = await readdir(folder);
    expect(names).not.toContain('old.pdf');
    expect(names).toContain('recent.pdf');
    expect(names).toHaveLength(2);
  });

  it('forgets every preview at once when a person is erased (a preview names them in its file name)', async () => {
    const handlers = createPdfHandlers(deps());
    await handlers['pdf:preview-document'](request);
    await writeFile(join(dir, 'tmp', 'pr-desk-pdf', 'abcd1234-หนังสือรับรอง นางสาวพิมพ์ชนก.pdf'), new Uint8Array([1]));
    expect(await handlers['pdf:forget-previews']({})).toEqual({ removed: 2, stillOpen: 0 });
    expect(await readdir(join(dir, 'tmp', 'pr-desk-pdf'))).toEqual([]);
    expect(await handlers['pdf:forget-previews']({})).toEqual({ removed: 0, stillOpen: 0 });
  });

  it('answers `io-failure` when the viewer cannot open it', async () => {
    const handlers = createPdfHandlers(deps({ openPath: () => Promise.reject(new Error('no application')) }));
    expect(await ipcCode(handlers['pdf:preview-document'](request))).toBe('io-failure');
  });
});

describe('pdf:print-document', () => {
  it('prints the rendered PDF', async () => {
    const result = await createPdfHandlers(deps())['pdf:print-document'](request);
    expect(result).toEqual({ outcome: 'printed', pageCount: 1 });
    expect(calls.at(-1)).toMatch(/^print:.*\.pdf$/);
  });

  it('answers `cancelled` when the print dialog is cancelled', async () => {
    const handlers = createPdfHandlers(deps({ printPdf: () => Promise.resolve('cancelled') }));
    expect(await ipcCode(handlers['pdf:print-document'](request))).toBe('cancelled');
  });

  it('opens the PDF in the system viewer when printing fails, so it can still be printed', async () => {
    const handlers = createPdfHandlers(deps({ printPdf: () => Promise.reject(new Error('no printer')) }));
    const result = await handlers['pdf:print-document'](request);
    expect(result.outcome).toBe('opened-in-viewer');
    expect(calls.at(-1)).toMatch(/^open:/);
    expect(errors).toHaveLength(1);
  });
});
