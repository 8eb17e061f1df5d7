import { join, resolve, sep } from 'node:path';
import type { FontFiles } from 'pdfmake';
import { FONT_FAMILY } from './layout/page';

/** The four Laksaman files in resources/fonts (see its README for how they were made). */
export function documentFonts(fontDir: string): Record<string, FontFiles> {
  const dir = resolve(fontDir);
  return {
    [FONT_FAMILY]: {
      normal: join(dir, 'Laksaman.ttf'),
      bold: join(dir, 'Laksaman-Bold.ttf'),
      italics: join(dir, 'Laksaman-Italic.ttf'),
      bolditalics: join(dir, 'Laksaman-BoldItalic.ttf'),
    },
  };
}

/** pdfmake may read local files only inside the font folder (not a sibling that shares its prefix). */
export function isInsideFontDir(fontDir: string, path: string): boolean {
  const dir = resolve(fontDir) + sep;
  return resolve(path).startsWith(dir);
}
