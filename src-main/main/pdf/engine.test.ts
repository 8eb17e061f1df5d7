import { describe, expect, it } from 'vitest';
import { countPdfPages, createPdfEngine } from './engine';
import { FONT_FAMILY, governmentDocument } from './layout/page';
import { pdfInfo } from './testing/poppler';
import { FONT_DIR } from '../../../tests/fixtures/thai-fixtures';

const engine = createPdfEngine({ fontDir: FONT_DIR });
const page = { title: 't', author: 'a', urgency: 'normal', secrecy: 'none', thaiDigits: false } as const;

describe('createPdfEngine', () => {
  it('renders with our font and counts the pages it made', async () => {
    const pdf = await engine.render(governmentDocument([{ text: 'หน้าหนึ่ง', pageBreak: 'after' }, 'หน้าสอง'], page));
    expect(pdf.pageCount).toBe(2);
    expect((await pdfInfo(pdf.bytes)).pages).toBe(2);
    expect(pdf.bytes.byteOffset).toBe(0);
    expect(pdf.bytes.byteLength).toBe(pdf.bytes.buffer.byteLength); // owns its memory: safe to transfer
  });

  it('never fetches anything from the network', async () => {
    const dd = governmentDocument([{ image: 'remote' }], page, { remote: 'https://example.invalid/logo.png' });
    await expect(engine.render(dd)).rejects.toThrow(/URL denied/);
  });

  it('reads no local file outside the font folder', async () => {
    const dd = governmentDocument([{ image: 'local' }], page, { local: '/etc/hostname' });
    await expect(engine.render(dd)).rejects.toThrow(/local file denied/);
    const traversal = governmentDocument([{ image: 'up' }], page, { up: `${FONT_DIR}/../../package.json` });
    await expect(engine.render(traversal)).rejects.toThrow(/local file denied/);
  });

  it('measures text with the document font', () => {
    const one = engine.measure('ก');
    expect(one).toBeGreaterThan(5);
    expect(one).toBeLessThan(16);
    expect(engine.measure('กก')).toBeCloseTo(2 * one, 5);
    expect(engine.measure('\u200B')).toBe(0);
  });

  it('uses the font family name the layout asks for', () => {
    expect(FONT_FAMILY).toBe('Laksaman');
  });
});

describe('countPdfPages', () => {
  it('refuses bytes that are not one of our PDFs', () => {
    expect(() => countPdfPages(new TextEncoder().encode('%PDF-1.3 nothing'))).toThrow(/page tree/);
  });
});
