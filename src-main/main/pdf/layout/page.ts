import type { Content, DocDefinition, DynamicContent, TextNode } from 'pdfmake';
import { SECRECY_LABELS, URGENCY_LABELS, type Secrecy, type Urgency } from '../../../shared/pdf/document-parts';
import { draftWatermark } from './draft-mark';
import { thaiPageNumber } from './page-number';

/**
 * The page of a Thai government document (ระเบียบงานสารบรรณ): A4, 3 cm left and 2 cm right
 * margins, body in a Sarabun-style face at 16 pt, Thai-style page numbers from page 2, and the
 * urgency and secrecy marks in red where the regulations put them.
 */

export const PT_PER_CM = 72 / 2.54;
export const cm = (value: number): number => value * PT_PER_CM;

export const A4 = { width: 595.28, height: 841.89 } as const;
export const PAGE_MARGINS = { left: cm(3), top: cm(2.5), right: cm(2), bottom: cm(2) } as const;
/** 16 cm: the width every line of text must fit in. */
export const TEXT_WIDTH = A4.width - PAGE_MARGINS.left - PAGE_MARGINS.right;

export const FONT_FAMILY = 'Laksaman';
export const BODY_FONT_SIZE = 16;
/**
 * Laksaman's line box is almost two ems tall; 0.75 of it gives about 1.5 em from baseline to
 * baseline, the look of single spacing in a Thai office document. Less (we tried 0.7) lets a
 * descender (ฏ ฐ, ุ ู) touch a stacked tone mark on the line below at large sizes.
 */
export const BODY_LINE_HEIGHT = 0.75;
/** First-line indent of a body paragraph. */
export const PARAGRAPH_INDENT = cm(2.5);
/** The red of urgency and secrecy stamps. */
export const MARK_RED = '#c00000';
export const URGENCY_FONT_SIZE = 32;
export const SECRECY_FONT_SIZE = 24;

export interface GovernmentPageOptions {
  title: string;
  author: string;
  urgency: Urgency;
  secrecy: Secrecy;
  thaiDigits: boolean;
  /** A small line at the foot of every page (e.g. the office and the report's name). */
  runningFooter?: string;
  /** Not yet approved: ร่าง across every page (draft-mark.ts). */
  draft?: boolean;
}

function secrecyStamp(secrecy: Secrecy): TextNode | null {
  const label = SECRECY_LABELS[secrecy];
  return label === null
    ? null
    : { text: label, bold: true, color: MARK_RED, fontSize: SECRECY_FONT_SIZE, alignment: 'center' };
}

/**
 * Top of each page, inside the top margin: the secrecy mark centred on every page, the urgency
 * mark at the top left of page 1, and "- ๒ -" centred from page 2.
 */
export function pageHeader({ urgency, secrecy, thaiDigits }: GovernmentPageOptions): DynamicContent {
  return (currentPage) => {
    const stack: Content[] = [];
    const secret = secrecyStamp(secrecy);
    const urgent = URGENCY_LABELS[urgency];
    if (currentPage === 1 && urgent !== null) {
      stack.push({
        columns: [
          { width: '*', text: urgent, bold: true, color: MARK_RED, fontSize: URGENCY_FONT_SIZE },
          ...(secret ? [{ ...secret, width: '*' as const }] : []),
          ...(secret ? [{ width: '*' as const, text: '' }] : []),
        ],
      });
    } else if (secret) {
      stack.push(secret);
    }
    if (currentPage >= 2) {
      stack.push({ text: thaiPageNumber(currentPage, thaiDigits), alignment: 'center', margin: [0, secret ? 0 : cm(0.6), 0, 0] });
    }
    return stack.length === 0
      ? null
      : { stack, margin: [PAGE_MARGINS.left, cm(0.3), PAGE_MARGINS.right, 0] };
  };
}

export const RUNNING_FOOTER_FONT_SIZE = 12;

/** Bottom of each page: the running footer, if any, then the secrecy mark again, centred. */
export function pageFooter({ secrecy, runningFooter }: GovernmentPageOptions): DynamicContent {
  return () => {
    const stack: Content[] = [];
    if (runningFooter) stack.push({ text: runningFooter, fontSize: RUNNING_FOOTER_FONT_SIZE, color: '#444444', alignment: 'center' });
    const secret = secrecyStamp(secrecy);
    if (secret) stack.push(secret);
    return stack.length === 0 ? null : { stack, margin: [PAGE_MARGINS.left, cm(0.2), PAGE_MARGINS.right, 0] };
  };
}

/** A whole document on government pages: the body and, optionally, images by name. */
export function governmentDocument(
  content: Content[],
  options: GovernmentPageOptions,
  images: Record<string, string> = {},
): DocDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE_MARGINS.left, PAGE_MARGINS.top, PAGE_MARGINS.right, PAGE_MARGINS.bottom],
    defaultStyle: { font: FONT_FAMILY, fontSize: BODY_FONT_SIZE, lineHeight: BODY_LINE_HEIGHT },
    header: pageHeader(options),
    footer: pageFooter(options),
    content,
    images,
    ...draftWatermark(options.draft ?? false),
    language: 'th-TH',
    info: { title: options.title, author: options.author, creator: 'PR Desk', producer: 'PR Desk (pdfmake)' },
    pageBreakBefore: keepHeadingWithNext,
  };
}

/** Below this share of the page's text height a heading starts too low to keep anything under it. */
const HEADING_LOWEST_START = 0.85;

/**
 * A heading (a node with `headlineLevel`) never ends a page alone: one that would start in the
 * last sixth of the page moves to the next, with what it heads. (pdfmake's "following nodes on
 * the page" still counts a table whose header rows moved on, so the start is what is checked.)
 */
export function keepHeadingWithNext(node: { headlineLevel?: number; startPosition?: { verticalRatio?: number } }): boolean {
  return node.headlineLevel !== undefined && (node.startPosition?.verticalRatio ?? 0) > HEADING_LOWEST_START;
}
