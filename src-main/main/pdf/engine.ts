import pdfmake, { type DocDefinition } from 'pdfmake';
import type { MeasureText } from '../../shared/text/thai-break';
import { createFontSplitter, type SplitByFont } from './font-fallback';
import { DOCUMENT_FONT_FILE, documentFonts, isInsideFontDir } from './fonts';
import { BODY_FONT_SIZE } from './layout/page';
import { createTextMeasure } from './measure';

export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

export interface PdfEngine {
  render(docDefinition: DocDefinition): Promise<RenderedPdf>;
  /** Body-size text width with the document font, for fitting text into table columns. */
  measure: MeasureText;
  /** Splits text into runs by the font that has its characters (emoji, Lao…): font-fallback.ts. */
  splitByFont: SplitByFont;
}

/**
 * pdfmake set up as DESIGN.md §6 says: our fonts, no network at all, local files only from the
 * font folder (a document can name an image by path; ours never do, and a hostile one cannot).
 * pdfmake is one object per process, so the settings are applied before every document.
 */
export function createPdfEngine({ fontDir }: { fontDir: string }): PdfEngine {
  const fonts = documentFonts(fontDir);
  return {
    measure: createTextMeasure(fontDir, BODY_FONT_SIZE),
    splitByFont: createFontSplitter(fontDir, DOCUMENT_FONT_FILE),
    async render(docDefinition) {
      pdfmake.setFonts(structuredClone(fonts));
      pdfmake.setUrlAccessPolicy(() => false);
      pdfmake.setLocalAccessPolicy((path) => isInsideFontDir(fontDir, path));
      const buffer = await pdfmake.createPdf(docDefinition).getBuffer();
      // A copy that owns its memory: Node may hand out views into a shared pool, and the worker
      // transfers this buffer to the main thread.
      const bytes = new Uint8Array(buffer.byteLength);
      bytes.set(buffer);
      return { bytes, pageCount: countPdfPages(bytes) };
    },
  };
}

/** The page count from the PDF's page tree (pdfkit writes one uncompressed /Pages node). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(text);
  if (!match) throw new Error('PDF has no page tree');
  return Number(match[1]);
}
