/** The part of fontkit 2 (pdfkit's font engine) that measure.ts uses; fontkit ships no types. */
declare module 'fontkit' {
  export interface Font {
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}
