import type { Content, DocDefinition, DynamicContent, TableNode, TextNode } from 'pdfmake';
import type { RenderOptions } from '../../shared/pdf/document-parts';
import { prepareDocumentText } from '../../shared/text/document-text';
import { breakOverwidePieces, type MeasureText } from '../../shared/text/thai-break';

/**
 * The gate every string passes on its way into a PDF: the whole document definition (headers
 * and footers included) is walked once, so no document kind can forget Thai break hints or the
 * office's digit style. In columns of known width, pieces too wide for the column get extra
 * hints (measured with the real font), so a long word wraps inside its cell.
 */
export function prepareDocDefinition(dd: DocDefinition, options: RenderOptions, measure: MeasureText): DocDefinition {
  const prepare = (text: string, width: number | undefined): string => {
    const prepared = prepareDocumentText(text, { thaiDigits: options.thaiDigits });
    return width === undefined ? prepared : breakOverwidePieces(prepared, width, measure);
  };

  function textNode(node: TextNode, width: number | undefined): TextNode {
    const text =
      typeof node.text === 'string'
        ? prepare(node.text, width)
        : node.text.map((piece) => (typeof piece === 'string' ? prepare(piece, width) : textNode(piece, width)));
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
    if (typeof node === 'string') return prepare(node, width);
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
