import { describe, expect, it } from 'vitest';
import { dataTable } from './table';

describe('dataTable', () => {
  it('repeats one header row and keeps rows whole', () => {
    const table = dataTable(
      [
        { header: 'ลำดับ', width: 40, alignment: 'right' },
        { header: 'ชื่อ', width: '*' },
      ],
      [['1', 'นายสมชาย'], ['2']],
    );
    expect(table.table).toMatchObject({ headerRows: 1, dontBreakRows: true, widths: [40, '*'] });
    expect(table.table.body[0]).toEqual([
      { text: 'ลำดับ', bold: true, alignment: 'center' },
      { text: 'ชื่อ', bold: true, alignment: 'center' },
    ]);
    expect(table.table.body[1]).toEqual([
      { text: '1', alignment: 'right' },
      { text: 'นายสมชาย', alignment: 'left' },
    ]);
    expect(table.table.body[2]?.[1]).toEqual({ text: '', alignment: 'left' }); // short rows are padded
  });
});

describe('dataTable with a very long cell', () => {
  it('lets rows break across pages instead of keeping them whole', () => {
    const table = dataTable([{ header: 'ความคิดเห็น', width: '*' }], [['สั้น'], ['ก'.repeat(301)]]);
    expect(table.table).toMatchObject({ dontBreakRows: false, keepWithHeaderRows: 0 });
  });
});
