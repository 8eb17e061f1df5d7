import type { Content, DocDefinition, DynamicContent, TableNode, TextNode } from 'pdfmake';
import type { RenderOptions } from '../../shared/pdf/document-parts';
import { prepareDocumentText } from '../../shared/text/document-text';
import { breakOverwidePieces, type MeasureText } from '../../shared/text/thai-break';
import type { SplitByFont } from './font-fallback';

/** What preparing text needs of the engine: widths for table columns, fonts for other scripts. */
export interface PrintText {
  measure: MeasureText;
  splitByFont: SplitByFont;
}

/**
 * The gate every string passes on its way into a PDF: the whole document definition (headers
 * and footers included) is walked once, so no document kind can forget Thai break hints, the
 * office's digit style or a font for an emoji. In columns of known width, pieces too wide for
 * the column get extra hints (measured with the real font), so a long word wraps inside its
 * cell. A string with characters Laksaman lacks becomes runs in the fallback fonts.
 */
export function prepareDocDefinition(dd: DocDefinition, options: RenderOptions, { measure, splitByFont }: PrintText): DocDefinition {
  const prepareString = (text: string, width: number | undefined): string => {
    const prepared = prepareDocumentText(text, { thaiDigits: options.thaiDigits });
    return width === undefined ? prepared : breakOverwidePieces(prepared, width, measure);
  };
  /** A string, or the runs it splits into when part of it needs another font. */
  const prepare = (text: string, width: number | undefined): string | TextNode[] => {
    const prepared = prepareString(text, width);
    const runs = splitByFont(prepared);
    return runs ? runs.map((run) => (run.font ? { text: run.text, font: run.font } : { text: run.text })) : prepared;
  };

  function textNode(node: TextNode, width: number | undefined): TextNode {
    const text =
      typeof node.text === 'string'
        ? prepare(node.text, width)
        : node.text.flatMap((piece) => (typeof piece === 'string' ? prepare(piece, width) : textNode(piece, width)));
    return { ...node, text };
  }

  function table(node: TableNode, width: number | undefined): TableNode {
    const widths = node.table.widths ?? [];
    const body = node.table.body.map((row) =>
      row.map((cell, column) => {
        const declared = widths[column];
        return walk(cell, typeof declared === 'number' ? declared : width);
      }),
    );
    return { ...node, table: { ...node.table, body } };
  }

  function walk(node: Content, width?: number): Content {
    if (typeof node === 'string') {
      const prepared = prepare(node, width);
      return typeof prepared === 'string' ? prepared : { text: prepared };
    }
    const own = typeof node.width === 'number' ? node.width : width;
    if ('text' in node) return textNode(node, own);
    if ('stack' in node) return { ...node, stack: node.stack.map((child) => walk(child, own)) };
    if ('columns' in node) return { ...node, columns: node.columns.map((child) => walk(child, own)) };
    if ('table' in node) return table(node, own);
    return node; // images and drawings carry no text
  }

  const dynamic = (fn: DynamicContent | undefined): DynamicContent | undefined =>
    fn &&
    ((currentPage, pageCount, pageSize) => {
      const produced = fn(currentPage, pageCount, pageSize);
      return produced === null ? null : walk(produced);
    });

  const prepared: DocDefinition = { ...dd, content: dd.content.map((node) => walk(node)) };
  const header = dynamic(dd.header);
  const footer = dynamic(dd.footer);
  const background = dynamic(dd.background);
  if (header) prepared.header = header;
  if (footer) prepared.footer = footer;
  if (background) prepared.background = background;
  return prepared;
}
