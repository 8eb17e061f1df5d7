import { join, resolve, sep } from 'node:path';
import type { FontFiles } from 'pdfmake';
import { FALLBACK_FONTS } from './font-fallback';
import { FONT_FAMILY } from './layout/page';

/** The regular Laksaman file, the one the fallback splitter asks which characters it has. */
export const DOCUMENT_FONT_FILE = 'Laksaman.ttf';

/**
 * The four Laksaman files in resources/fonts (see its README for how they were made), and the
 * fallback fonts for emoji and other scripts (one face each: a bold emoji prints regular).
 */
export function documentFonts(fontDir: string): Record<string, FontFiles> {
  const dir = resolve(fontDir);
  const fallbacks = Object.fromEntries(
    FALLBACK_FONTS.map(({ family, file }) => {
      const path = join(dir, file);
      return [family, { normal: path, bold: path, italics: path, bolditalics: path }];
    }),
  );
  return {
    [FONT_FAMILY]: {
      normal: join(dir, DOCUMENT_FONT_FILE),
      bold: join(dir, 'Laksaman-Bold.ttf'),
      italics: join(dir, 'Laksaman-Italic.ttf'),
      bolditalics: join(dir, 'Laksaman-BoldItalic.ttf'),
    },
    ...fallbacks,
  };
}

/** pdfmake may read local files only inside the font folder (not a sibling that shares its prefix). */
export function isInsideFontDir(fontDir: string, path: string): boolean {
  const dir = resolve(fontDir) + sep;
  return resolve(path).startsWith(dir);
}
