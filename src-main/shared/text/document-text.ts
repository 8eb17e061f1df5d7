import { insertBreakHints } from './thai-break';
import { toThaiDigitsInProse } from './thai-digits';

/**
 * The one preparation every string goes through before it is printed in a document (PDF now,
 * other exports later), so Thai typography is decided in one place.
 */
export interface DocumentTextOptions {
  /** The office prints Thai digits (๑๒๓) — OfficeProfile.thaiDigits. */
  thaiDigits: boolean;
  /** Longest unbreakable run, in grapheme clusters; narrow table columns pass a smaller one. */
  maxClusterRun?: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls except tab and line feed: pasted from other programs, they break layout.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Line endings to "\n", control characters dropped, broken UTF-16 replaced with U+FFFD, Thai
 * digits when the office prints them, and line-break hints at Thai word boundaries.
 */
export function prepareDocumentText(text: string, options: DocumentTextOptions): string {
  let prepared = text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(CONTROL, '');
  if (options.thaiDigits) prepared = toThaiDigitsInProse(prepared);
  return options.maxClusterRun === undefined
    ? insertBreakHints(prepared)
    : insertBreakHints(prepared, { maxClusterRun: options.maxClusterRun });
}

/** Spaces inside a date or time become no-break spaces, so "23 พฤศจิกายน 2569" never splits over two lines. */
export function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}
