import type { Content } from 'pdfmake';
import { PARAGRAPH_INDENT } from './page';

/**
 * Body paragraphs: first line indented 2.5 cm, left-aligned. Not justified: pdfmake justifies
 * by spreading space between the pieces it breaks a line into, and with Thai word-break hints
 * every word is a piece, so copied text would gain spaces that were never typed.
 */
export function bodyParagraphs(paragraphs: readonly string[]): Content[] {
  return paragraphs.map((paragraph) => ({ text: paragraph, leadingIndent: PARAGRAPH_INDENT, alignment: 'left' }));
}
