import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfEngine } from './engine';
import { documentFonts, isInsideFontDir } from './fonts';
import { FONT_FAMILY, governmentDocument } from './layout/page';
import { pdfPageGrey } from './testing/poppler';
import { FONT_DIR, PROJECT_ROOT } from '../../../tests/fixtures/thai-fixtures';

const page = { title: 't', author: 'a', urgency: 'normal', secrecy: 'none', thaiDigits: false } as const;
const DEBIAN_FONTS = '/usr/share/fonts/truetype/tlwg';
const FONT_FILES = ['Laksaman.ttf', 'Laksaman-Bold.ttf', 'Laksaman-Italic.ttf', 'Laksaman-BoldItalic.ttf'];
const ZWSP = '\u200B';

function hasFontTools(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import fontTools'], { stdio: 'ignore' });
    return FONT_FILES.every((f) => existsSync(join(DEBIAN_FONTS, f)));
  } catch {
    return false;
  }
}

async function picture(fontDir: string, text: string): Promise<Uint8Array> {
  const pdf = await createPdfEngine({ fontDir }).render(governmentDocument([{ text, fontSize: 28 }], page));
  return pdfPageGrey(pdf.bytes, 1, 72);
}

describe('document fonts', () => {
  it('are the four Laksaman styles in resources/fonts, with their licence', () => {
    const files = documentFonts(FONT_DIR)[FONT_FAMILY];
    const paths = files ? [files.normal, files.bold, files.italics, files.bolditalics] : [];
    expect(paths).toHaveLength(4);
    for (const file of paths) expect(existsSync(file), file).toBe(true);
    expect(existsSync(join(FONT_DIR, 'COPYRIGHT-fonts-tlwg.txt'))).toBe(true);
    expect(existsSync(join(FONT_DIR, 'GPL-2.txt'))).toBe(true);
  });

  it('print a zero width space as nothing at all', async () => {
    const withHints = await picture(FONT_DIR, `ก${ZWSP}ข${ZWSP.repeat(5)}ค สำนัก${ZWSP}งาน`);
    const without = await picture(FONT_DIR, 'กขค สำนักงาน');
    expect(Buffer.compare(withHints, without)).toBe(0);
  });

  it.skipIf(!existsSync(join(DEBIAN_FONTS, 'Laksaman.ttf')))('(the unpatched font printed a box for it)', async () => {
    const withHints = await picture(DEBIAN_FONTS, `ก${ZWSP}ข`);
    const without = await picture(DEBIAN_FONTS, 'กข');
    expect(Buffer.compare(withHints, without)).not.toBe(0);
  });

  it.skipIf(!hasFontTools())('are exactly what scripts/fonts/patch-laksaman.py makes from the Debian fonts', () => {
    const out = mkdtempSync(join(tmpdir(), 'pr-desk-fonts-'));
    try {
      execFileSync('/usr/bin/python3', [join(PROJECT_ROOT, 'scripts/fonts/patch-laksaman.py'), '--source', DEBIAN_FONTS, '--out', out], {
        stdio: 'ignore',
      });
      for (const file of FONT_FILES) {
        expect(Buffer.compare(readFileSync(join(out, file)), readFileSync(join(FONT_DIR, file))), file).toBe(0);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('isInsideFontDir', () => {
  it('allows files in the font folder only', () => {
    expect(isInsideFontDir('/app/fonts', '/app/fonts/Laksaman.ttf')).toBe(true);
    expect(isInsideFontDir('/app/fonts/', '/app/fonts/sub/x.ttf')).toBe(true);
    expect(isInsideFontDir('/app/fonts', '/app/fonts-evil/x.ttf')).toBe(false);
    expect(isInsideFontDir('/app/fonts', '/app/fonts/../secret.txt')).toBe(false);
    expect(isInsideFontDir('/app/fonts', '/app/fonts')).toBe(false);
  });
});
