import { BODY_FONT_SIZE, BODY_LINE_HEIGHT } from './page';

/**
 * Laksaman's vertical metrics in font units per 1,000: the hhea values pdfkit lays lines out
 * with (all four faces share them), and the deepest ink under the baseline of any Thai letter
 * with its marks in any face: ฎุ in bold italic reaches 0.724 em, deeper than the 0.687 em the
 * font declares. cell-padding.test.ts reads both from the font files.
 */
export const LAKSAMAN_METRICS = { ascender: 1270, descender: 687, lineGap: 30, inkDepth: 724 } as const;

/** Points kept clear between the lowest mark and the rule below it (and the top of the ink and the rule above). */
export const RULE_CLEARANCE = 1.5;

/**
 * The top and bottom padding of a ruled table cell, from the font's descent. pdfmake sets each
 * line's baseline `ascender` below the line's top, and a line box shrunk by lineHeight (0.75 in
 * our documents) leaves only 0.22 em under the baseline: with 1 pt padding, ุ ู and the tails of
 * ฐ ฎ ฏ ญ ฤ crossed the row's bottom rule. The bottom padding makes up the rest of the descent.
 * Upper marks stay under the ascender, so the top needs only the clearance.
 */
export function cellPadding(fontSize = BODY_FONT_SIZE, lineHeight = BODY_LINE_HEIGHT): { top: number; bottom: number } {
  const { ascender, descender, lineGap, inkDepth } = LAKSAMAN_METRICS;
  const lineBox = ((ascender + descender + lineGap) / 1000) * fontSize * lineHeight;
  const belowBaseline = lineBox - (ascender / 1000) * fontSize;
  const bottom = (inkDepth / 1000) * fontSize - belowBaseline + RULE_CLEARANCE;
  return { top: RULE_CLEARANCE, bottom: Math.max(RULE_CLEARANCE, Math.round(bottom * 10) / 10) };
}
