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
    const [title, header, row] = parseCsv(csv);
    expect(title).toEqual(['เรื่องร้องเรียนทั่วไป จำนวน 1 เรื่อง']);
    expect(header?.[3]).toBe('ผู้ร้องเรียน');
    expect(row?.[1]).toBe('2 พ.ย. 2569');
    expect(row?.[2]).toBe('โทรศัพท์');
    expect(row?.[7]).toBe(evil.subject); // our own import gives the text back exactly
  });

  it('keeps general and corruption/misconduct complaints in separate parts with their own counts, masked alike', () => {
    const corruption = { ...REGISTER_ROW, number: '13/2569', subject: 'เจ้าหน้าที่เรียกรับเงินค่าลงข่าว', category: 'misconduct' as const, subcategory: 'corruption' as const, complaintType: 'corruption' as const, replyOverdue: true };
    const rows = parseCsv(complaintRegisterCsv([REGISTER_ROW, maskComplainant(corruption), { ...REGISTER_ROW, number: '14/2569' }]));
    const titles = rows.map((r, i) => [r[0], i] as const).filter(([t]) => t?.startsWith('เรื่องร้องเรียน'));
    expect(titles.map(([t]) => t)).toEqual(['เรื่องร้องเรียนทั่วไป จำนวน 2 เรื่อง', 'เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ จำนวน 1 เรื่อง']);
    const corruptionPart = rows.slice(titles[1]![1]);
    expect(corruptionPart[2]?.[0]).toBe('13/2569');
    expect(corruptionPart[2]?.[3]).toBe(COMPLAINANT_MASKED);
    expect(corruptionPart[2]?.[14]).toBe('หน่วยงานตอบกลับเกินกำหนด');
    expect(rows.slice(0, titles[1]![1]).map((r) => r[0])).not.toContain('13/2569');
    expect(JSON.stringify(corruptionPart)).not.toContain('มณีรัตน์');
  });
});
