import { openSync, type Font } from 'fontkit';
import type { MeasureText } from '../../shared/text/thai-break';
import { documentFonts } from './fonts';
import { FONT_FAMILY } from './layout/page';

const boldFonts = new Map<string, Font>();

/**
 * Measures text the way pdfkit will set it (same font engine, fontkit), in the bold face, the
 * widest of the four, so a piece measured to fit fits in any style. For `fontSize` points.
 */
export function createTextMeasure(fontDir: string, fontSize: number): MeasureText {
  const path = documentFonts(fontDir)[FONT_FAMILY]?.bold ?? '';
  const font = boldFonts.get(path) ?? openSync(path);
  boldFonts.set(path, font);
  const scale = fontSize / font.unitsPerEm;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = font.layout(text).advanceWidth * scale;
      if (cache.size > 10_000) cache.clear();
      cache.set(text, width);
    }
    return width;
  };
}
