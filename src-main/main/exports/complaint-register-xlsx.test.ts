import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { COMPLAINANT_MASKED, maskComplainant } from '../../shared/domain/complaint-register';
import { REGISTER_ROW } from '../../shared/domain/complaint-register.sample';
import { REGISTER_SHEETS, complaintRegisterXlsx } from './complaint-register-xlsx';

describe('ทะเบียนเรื่องร้องเรียน workbook', () => {
  it('reads back with Thai intact; a formula typed by a complainant is a text cell; dates are real dates', async () => {
    const evil = '=HYPERLINK("http://evil.example","คลิก")';
    const sheet = await readSheet(Buffer.from(await complaintRegisterXlsx([{ ...REGISTER_ROW, subject: evil, closedOn: '2026-11-20' }])), REGISTER_SHEETS.general);
    expect(sheet[0]?.[0]).toBe('เรื่องร้องเรียนทั่วไป จำนวน 1 เรื่อง');
    expect(sheet[1]?.[3]).toBe('ผู้ร้องเรียน');
    expect(sheet[2]?.[3]).toBe('นางสาวมณีรัตน์ ทองคำ');
    expect(sheet[2]?.[7]).toBe(evil);
    // A date cell (shown "2 พ.ย. 2569" by the sheet's Thai format), not the text.
    expect(sheet[2]?.[1]).toEqual(new Date(Date.UTC(2026, 10, 2)));
    expect(sheet[2]?.[13]).toEqual(new Date(Date.UTC(2026, 10, 20)));
  });

  it('puts corruption/misconduct complaints on their own sheet with their count, masked as the rest', async () => {
    const corruption = maskComplainant({ ...REGISTER_ROW, number: '13/2569', category: 'misconduct', subcategory: 'corruption', complaintType: 'corruption' });
    const buffer = Buffer.from(await complaintRegisterXlsx([REGISTER_ROW, corruption]));
    const general = await readSheet(buffer, REGISTER_SHEETS.general);
    const other = await readSheet(buffer, REGISTER_SHEETS.corruption);
    expect(general.map((r) => r[0])).not.toContain('13/2569');
    expect(other[0]?.[0]).toBe('เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ จำนวน 1 เรื่อง');
    expect(other[2]?.[0]).toBe('13/2569');
    expect(other[2]?.[3]).toBe(COMPLAINANT_MASKED);
    expect(JSON.stringify(other)).not.toContain('มณีรัตน์');
  });
});
