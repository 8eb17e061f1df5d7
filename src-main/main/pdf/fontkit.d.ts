/** The part of fontkit 2 (pdfkit's font engine) that we use; fontkit ships no types. */
declare module 'fontkit' {
  export interface Glyph {
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
  }
  export interface GlyphRun {
    advanceWidth: number;
    glyphs: Glyph[];
    positions: { xOffset: number; yOffset: number; xAdvance: number }[];
  }
  export interface Font {
    unitsPerEm: number;
    /** hhea ascent, descent (negative) and line gap, in font units. */
    ascent: number;
    descent: number;
    lineGap: number;
    layout(text: string): GlyphRun;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
