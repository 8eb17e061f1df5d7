import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { THAI_DATE_FORMAT, dateCell } from './xlsx-cells';

describe('date cells', () => {
  it('are real dates (read back as a Date, not as text), in the Thai Buddhist-era format', async () => {
    expect(dateCell('2026-11-02')).toEqual({ value: new Date(Date.UTC(2026, 10, 2)), type: Date, format: THAI_DATE_FORMAT });
    expect(THAI_DATE_FORMAT).toMatch(/^\[\$-107041E\]/);
    const buffer = await writeXlsxFile([[dateCell('2026-11-02'), dateCell('2028-02-29')]]).toBuffer();
    const [row] = await readSheet(buffer);
    expect(row).toEqual([new Date(Date.UTC(2026, 10, 2)), new Date(Date.UTC(2028, 1, 29))]);
  });
});
