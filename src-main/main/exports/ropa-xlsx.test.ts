import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { sampleRopaRegister } from '../pdf/samples/ropa-register-samples';
import { ropaXlsx } from './ropa-xlsx';

describe('ROPA workbook', () => {
  it('has one row per activity under Thai headings, read back intact', async () => {
    const register = sampleRopaRegister();
    const sheet = await readSheet(Buffer.from(await ropaXlsx(register)), 'ROPA');
    expect(sheet[0]?.[0]).toContain('บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล');
    expect(sheet[1]).toEqual(expect.arrayContaining(['กิจกรรมการประมวลผล', 'ฐานทางกฎหมาย', 'ระยะเวลาเก็บรักษา', 'ผู้รับข้อมูล']));
    expect(sheet.slice(2).map((row) => row[1])).toEqual(register.activities.map((a) => a.title));
    expect(sheet[2]?.[9]).toContain('นักศึกษาฝึกงาน (18)');
  });
});
