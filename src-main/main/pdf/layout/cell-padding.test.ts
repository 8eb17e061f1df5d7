import { openSync } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { documentFonts } from '../fonts';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';
import { LAKSAMAN_METRICS, RULE_CLEARANCE, cellPadding } from './cell-padding';
import { FONT_FAMILY } from './page';

const files = documentFonts(FONT_DIR)[FONT_FAMILY];
const faces: string[] = files ? [files.normal, files.bold, files.italics, files.bolditalics] : [];

describe('LAKSAMAN_METRICS', () => {
  it.each(faces)('are the metrics of %s', (path) => {
    const font = openSync(path);
    const scale = 1000 / font.unitsPerEm;
    expect(font.ascent * scale).toBe(LAKSAMAN_METRICS.ascender);
    expect(-font.descent * scale).toBe(LAKSAMAN_METRICS.descender);
    expect(font.lineGap * scale).toBe(LAKSAMAN_METRICS.lineGap);
  });

  // The bold faces overshoot the ascender by a unit (0.02 pt at 16 pt): well inside RULE_CLEARANCE.
  const OVERSHOOT = 1;

  it.each(faces)('cover the ink of every Thai letter with every mark in %s', (path) => {
    const font = openSync(path);
    const scale = 1000 / font.unitsPerEm;
    const letters = Array.from({ length: 0x2e }, (_, i) => String.fromCodePoint(0x0e01 + i));
    for (const letter of letters) {
      for (const marks of ['', 'ุ', 'ู', 'ุ่', 'ู้', 'ิ้', 'ี๊', 'ั๋', '้ำ', 'ื่']) {
        const run = font.layout(letter + marks);
        run.glyphs.forEach((glyph, i) => {
          const dy = run.positions[i]?.yOffset ?? 0;
          expect((glyph.bbox.minY + dy) * scale, letter + marks).toBeGreaterThanOrEqual(-LAKSAMAN_METRICS.inkDepth);
          expect((glyph.bbox.maxY + dy) * scale, letter + marks).toBeLessThanOrEqual(LAKSAMAN_METRICS.ascender + OVERSHOOT);
        });
      }
    }
  });
});

describe('cellPadding', () => {
  it('makes up under the baseline what the shrunk line box lacks', () => {
    // 16 pt at 0.75: the line box is 23.8 pt, the baseline 20.3 pt down, the ink 11.6 pt below it
    expect(cellPadding(16, 0.75)).toEqual({ top: RULE_CLEARANCE, bottom: 9.6 });
    expect(cellPadding(14, 0.75).bottom).toBe(8.6);
    // a line box as tall as the font's own leaves almost all the ink inside it
    expect(cellPadding(16, 1).bottom).toBe(1.6);
  });
});
