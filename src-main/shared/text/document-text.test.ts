import { describe, expect, it } from 'vitest';
import { prepareDocumentText } from './document-text';
import { BREAK_HINT, stripBreakHints } from './thai-break';
import { toThaiDigitsInProse } from './thai-digits';

describe('prepareDocumentText', () => {
  it('adds break hints and keeps the text', () => {
    const prepared = prepareDocumentText('สำนักงานประชาสัมพันธ์', { thaiDigits: false });
    expect(prepared).toContain(BREAK_HINT);
    expect(stripBreakHints(prepared)).toBe('สำนักงานประชาสัมพันธ์');
  });

  it('prints Thai digits only when the office chose them', () => {
    expect(stripBreakHints(prepareDocumentText('ข่าวที่ 123/2568', { thaiDigits: true }))).toBe('ข่าวที่ ๑๒๓/๒๕๖๘');
    expect(stripBreakHints(prepareDocumentText('ข่าวที่ 123/2568', { thaiDigits: false }))).toBe('ข่าวที่ 123/2568');
  });

  it('normalises line endings and drops control characters, keeping tabs and line feeds', () => {
    expect(prepareDocumentText('a\r\nb\rc\td\u0007e\u0000', { thaiDigits: false })).toBe('a\nb\nc\tde');
  });

  it('replaces broken UTF-16 instead of passing it to the PDF writer', () => {
    expect(prepareDocumentText('x\uD83Dy', { thaiDigits: false })).toBe('x\uFFFDy');
    expect(prepareDocumentText('😀', { thaiDigits: false })).toBe('😀');
  });

  it('passes the column cap on', () => {
    const prepared = prepareDocumentText('abcdefghij', { thaiDigits: false, maxClusterRun: 4 });
    expect(prepared).toBe(`abcd${BREAK_HINT}efgh${BREAK_HINT}ij`);
  });
});

describe('toThaiDigitsInProse', () => {
  it('keeps digits that belong to Latin names, e-mail and web addresses', () => {
    expect(toThaiDigitsInProse('COVID-19 ระลอก 2 ฝน 120 มม.')).toBe('COVID-19 ระลอก ๒ ฝน ๑๒๐ มม.');
    expect(toThaiDigitsInProse('pr2@prd.go.th www.songkhla2.go.th โทร. 0 7431 1060')).toBe(
      'pr2@prd.go.th www.songkhla2.go.th โทร. ๐ ๗๔๓๑ ๑๐๖๐',
    );
  });
});
