import { unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { tinyPng } from '../../../tests/fixtures/tiny-png';
import { chartSheet } from './xlsx-chart-sheet';

describe('chartSheet', () => {
  it('puts each chart below its title, in the workbook as a picture', async () => {
    const sheet = chartSheet([
      { title: 'ปริมาณข่าวตามน้ำเสียง', png: tinyPng(600, 120) },
      { title: 'ปริมาณข่าวตามแหล่งข่าว', png: tinyPng(600, 200) },
    ]);
    expect(sheet.data[0]?.[0]).toMatchObject({ value: 'ปริมาณข่าวตามน้ำเสียง' });
    expect(sheet.images.map((image) => image.anchor.row)).toEqual([2, 2 + Math.ceil(120 / 20) + 1 + 1]);
    expect(sheet.data[sheet.images[1]!.anchor.row - 2]?.[0]).toMatchObject({ value: 'ปริมาณข่าวตามแหล่งข่าว' });

    const buffer = await writeXlsxFile([{ data: [['ข้อมูล']], sheet: 'สรุป' }, sheet]).toBuffer();
    const files = unzipSync(new Uint8Array(buffer));
    const pictures = Object.keys(files).filter((name) => name.startsWith('xl/media/'));
    expect(pictures).toHaveLength(2);
  });
});
