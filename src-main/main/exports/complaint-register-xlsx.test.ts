import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { REGISTER_ROW } from '../../shared/domain/complaint-register.sample';
import { complaintRegisterXlsx } from './complaint-register-xlsx';

describe('ทะเบียนเรื่องร้องเรียน workbook', () => {
  it('reads back with Thai intact; a formula typed by a complainant is a text cell', async () => {
    const evil = '=HYPERLINK("http://evil.example","คลิก")';
    const sheet = await readSheet(Buffer.from(await complaintRegisterXlsx([{ ...REGISTER_ROW, subject: evil }])), 'ทะเบียนเรื่องร้องเรียน');
    expect(sheet[0]?.[3]).toBe('ผู้ร้องเรียน');
    expect(sheet[1]?.[3]).toBe('นางสาวมณีรัตน์ ทองคำ');
    expect(sheet[1]?.[7]).toBe(evil);
    expect(sheet[1]?.[1]).toBe('2 พ.ย. 2569');
  });
});
