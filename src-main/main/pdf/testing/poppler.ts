/**
 * Reads our PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), the way a
 * user's copy-and-paste or a government archive would. Test helper only.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_BUFFER = 64 * 1024 * 1024;

async function withPdfFile<T>(bytes: Uint8Array, use: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pr-desk-pdf-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -raw`: text in content-stream order, one printed line per line, pages split by \f. */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return withPdfFile(bytes, async (file) => (await run('pdftotext', ['-raw', file, '-'], { maxBuffer: MAX_BUFFER })).stdout);
}

/** One page's text (`pdftotext -raw -f N -l N`), pages counted from 1. */
export function pdfPageText(bytes: Uint8Array, page: number): Promise<string> {
  return withPdfFile(bytes, async (file) => (await run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-'], { maxBuffer: MAX_BUFFER })).stdout);
}

export interface PdfInfo {
  pages: number;
  /** Points. */
  pageWidth: number;
  pageHeight: number;
}

export function pdfInfo(bytes: Uint8Array): Promise<PdfInfo> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    const pages = /^Pages:\s+(\d+)/m.exec(stdout);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
    if (!pages || !size) throw new Error(`unexpected pdfinfo output:\n${stdout}`);
    return { pages: Number(pages[1]), pageWidth: Number(size[1]), pageHeight: Number(size[2]) };
  });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicodeMap: boolean;
}

export function pdfFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        // name type encoding emb sub uni object ID
        const parts = line.trim().split(/\s+/);
        const [emb, sub, uni] = parts.slice(-5, -2);
        return {
          name: parts[0] ?? '',
          type: parts.slice(1, -6).join(' '),
          embedded: emb === 'yes',
          subset: sub === 'yes',
          unicodeMap: uni === 'yes',
        };
      });
  });
}

export interface PdfWord {
  xMin: number;
  xMax: number;
  text: string;
}

export interface PdfLine {
  page: number;
  xMin: number;
  xMax: number;
  /** pdftotext's words; it also splits at our zero-width break hints. */
  words: PdfWord[];
}

/** Printed lines with their horizontal extent (`pdftotext -bbox-layout`), in points. */
export function pdfLines(bytes: Uint8Array): Promise<PdfLine[]> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: MAX_BUFFER });
    const lines: PdfLine[] = [];
    let page = 0;
    for (const match of stdout.matchAll(/<page |<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
      if (match[0].startsWith('<page')) {
        page += 1;
        continue;
      }
      const words = [...(match[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/word>/g)].map(
        (w) => ({ xMin: Number(w[1]), xMax: Number(w[2]), text: decodeEntities(w[3] ?? '') }),
      );
      lines.push({ page, xMin: Number(match[1]), xMax: Number(match[2]), words });
    }
    return lines;
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A page as an 8-bit greyscale bitmap (PGM from pdftoppm), for "renders the same" checks. */
export function pdfPageGrey(bytes: Uint8Array, page = 1, dpi = 100): Promise<Uint8Array> {
  return withPdfFile(bytes, async (file, dir) => {
    const prefix = join(dir, 'page');
    await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
    return new Uint8Array(await readFile(`${prefix}.pgm`));
  });
}

/** A line's text as pdftotext's words, joined without the break hints' word splits. */
export function lineText(line: PdfLine): string {
  return line.words.map((word) => word.text).join('');
}

/** The text without the "- 2 -" page-number lines our page header adds from page 2. */
export function withoutPageNumbers(text: string): string {
  return text.replace(/^- [0-9๐-๙]+ -$/gmu, '');
}

/**
 * Checks that the PDF's text is exactly `expected`, ignoring only where lines were broken:
 * each extracted line must continue the expected text, and whitespace may be lost only at a
 * line break (a wrapped line drops its trailing space). Break hints are not expected in the text.
 * Returns null when it matches, else a description of the first difference.
 */
export function compareExtractedText(extracted: string, expected: string): string | null {
  const want = expected.replaceAll('\u200B', '');
  let pos = 0;
  const lines = extracted.split(/[\n\f]/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\s+$/u, '');
    if (line === '') continue;
    while (pos < want.length && /\s/u.test(want[pos] ?? '')) pos++;
    const slice = want.slice(pos, pos + line.length);
    if (slice !== line) {
      return `line ${index + 1}: extracted ${JSON.stringify(line)}\n  expected ${JSON.stringify(want.slice(pos, pos + line.length + 20))}`;
    }
    pos += line.length;
  }
  const rest = want.slice(pos);
  return rest.trim() === '' ? null : `missing at the end: ${JSON.stringify(rest.slice(0, 80))}`;
}
