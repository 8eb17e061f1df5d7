import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsCsvNeutralising, neutraliseCsvCell, restoreCsvCell } from './csv-cell';

describe('CSV cell neutralising (CWE-1236)', () => {
  it('puts one quote before = + - @ tab and CR, and before quotes that precede them', () => {
    expect(neutraliseCsvCell('=HYPERLINK("http://evil.example","ดูผล")')).toBe('\'=HYPERLINK("http://evil.example","ดูผล")');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCsvCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseCsvCell("'=1")).toBe("''=1");
    for (const plain of ['', 'ข่าว', "'ข่าว", "'", 'a=1', ' =1', '1-2']) {
      expect(needsCsvNeutralising(plain)).toBe(false);
      expect(neutraliseCsvCell(plain)).toBe(plain);
      expect(restoreCsvCell(plain)).toBe(plain);
    }
  });

  it('restore strips only the quote it added', () => {
    expect(restoreCsvCell("'=1")).toBe('=1');
    expect(restoreCsvCell("''=1")).toBe("'=1");
    expect(restoreCsvCell("'ข่าว")).toBe("'ข่าว");
    fc.assert(fc.property(fc.string(), (text) => restoreCsvCell(neutraliseCsvCell(text)) === text));
    fc.assert(fc.property(fc.string(), (text) => !/^[=+\-@\t\r]/.test(neutraliseCsvCell(text))));
  });
});
