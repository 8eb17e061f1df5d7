import { describe, expect, it } from 'vitest';
import { parseCsv } from '../text/csv';
import { COMPLAINANT_MASKED, complaintRegisterCsv, complaintRegisterRowSchema, complaintRegisterTable, maskComplainant } from './complaint-register';
import { REGISTER_ROW } from './complaint-register.sample';


describe('ทะเบียนเรื่องร้องเรียน', () => {
  it('is a valid row as the channel checks it', () => {
    expect(complaintRegisterRowSchema.parse(REGISTER_ROW)).toEqual(REGISTER_ROW);
  });

  it('masking leaves the matter and takes every identifying field', () => {
    const masked = maskComplainant(REGISTER_ROW);
    expect(masked).toMatchObject({ complainantName: COMPLAINANT_MASKED, complainantPhone: '', complainantEmail: '', complainantAddress: '', subject: REGISTER_ROW.subject });
    const text = complaintRegisterCsv([masked]);
    for (const secret of ['มณีรัตน์', '081-234-5678', 'maneerat', 'นิพัทธ์']) expect(text).not.toContain(secret);
    // An anonymous complaint stays "anonymous", not "masked".
    expect(complaintRegisterTable([maskComplainant({ ...REGISTER_ROW, consent: false, complainantName: '', complainantPhone: '', complainantEmail: '', complainantAddress: '' })])[1]?.[3]).toBe('ไม่ประสงค์ออกนาม');
  });

  it('writes Thai dates and labels, and a formula typed in as text stays text (CWE-1236)', () => {
    const evil = { ...REGISTER_ROW, subject: '=HYPERLINK("http://evil.example","คลิก")' };
    const csv = complaintRegisterCsv([evil]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""คลิก"")"`);
    const [header, row] = parseCsv(csv);
    expect(header?.[3]).toBe('ผู้ร้องเรียน');
    expect(row?.[1]).toBe('2 พ.ย. 2569');
    expect(row?.[2]).toBe('โทรศัพท์');
    expect(row?.[7]).toBe(evil.subject); // our own import gives the text back exactly
  });
});
