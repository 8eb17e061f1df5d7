import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../../src-main/shared/text/csv';
import { decodeCsvBytes, parseResponsesCsv, responsesCsv } from './response-csv';
import { templateSurvey } from './test-survey';

const survey = templateSurvey('satisfaction');
const header = 'serial,status,sex,age,occupation,district,q1,q2,q3,q4,q5,comment';

describe('CSV', () => {
  it('round-trips quotes, commas and newlines in Thai text, with a BOM', () => {
    const rows = [['ข้อเสนอ', 'ก,ข'], ['"อ้าง" ถึง', 'บรรทัด 1\nบรรทัด 2']];
    const text = writeCsv(rows);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text)).toEqual(rows);
  });
  it('exports labels or raw codes', () => {
    const rows = [{ serial: '1', status: 'final' as const, answers: { sex: 2, q1: 5, comment: 'ดีมาก, ขอบคุณ' } }];
    expect(responsesCsv(survey, rows, false)).toBe(`\uFEFF${header}\r\n1,final,2,,,,5,,,,,"ดีมาก, ขอบคุณ"\r\n`);
    expect(responsesCsv(survey, rows, true).split('\r\n')[1]).toBe('1,สมบูรณ์,หญิง,,,,มากที่สุด,,,,,"ดีมาก, ขอบคุณ"');
  });
  // the export for reading wrote a date answer as 2025-10-07 (ค.ศ.)
  it('writes a date answer in พ.ศ. for reading, and as ISO in the raw-code export', () => {
    const dated = { ...survey, questions: [...survey.questions, { ...survey.questions[0]!, id: 'visited', text: 'วันที่มารับบริการ', type: 'date' as const, options: [] }] };
    const rows = [{ serial: '1', status: 'final' as const, answers: { visited: '2025-10-07' } }];
    expect(responsesCsv(dated, rows, true).split('\r\n')[1]?.endsWith(',07/10/2568')).toBe(true);
    expect(responsesCsv(dated, rows, false).split('\r\n')[1]?.endsWith(',2025-10-07')).toBe(true);
  });
});

describe('CSV injection (CWE-1236, issue 19)', () => {
  const HYPERLINK = '=HYPERLINK("http://evil.example","ดูผล")';

  it('writes a formula-like answer as quoted text with a leading quote (exact bytes)', () => {
    const rows = [{ serial: '1', status: 'final' as const, answers: { q1: 5, comment: HYPERLINK } }];
    const text = responsesCsv(survey, rows, false);
    const line = `1,final,,,,,5,,,,,"'=HYPERLINK(""http://evil.example"",""ดูผล"")"`;
    expect(text).toBe(`\uFEFF${header}\r\n${line}\r\n`);
    expect(new TextEncoder().encode(text)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${header}\r\n${line}\r\n`)]));
    // The labels export (for reading in Excel) is neutralised the same way.
    expect(responsesCsv(survey, rows, true).split('\r\n')[1]).toBe(`1,สมบูรณ์,,,,,มากที่สุด,,,,,"'=HYPERLINK(""http://evil.example"",""ดูผล"")"`);
  });

  it('every formula start is neutralised; plain and Thai cells are written as before', () => {
    const cells = ['+1+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', "'=1", '=1'];
    expect(writeCsv([cells])).toBe(`\uFEFF"'+1+1","'-2+3","'@SUM(A1:A9)","'\t=1","'\r=1","''=1","'=1"\r\n`);
    expect(writeCsv([['ประชาสัมพันธ์', "ไม่'ใช่สูตร", 'a=b']])).toBe("\uFEFFประชาสัมพันธ์,ไม่'ใช่สูตร,a=b\r\n");
  });

  it('import gives back the original text exactly (never a formula, never a stray quote)', () => {
    const rows = [[HYPERLINK, '+1', "'=1", "''@x", "'ข้อความ", 'ผู้ใหญ่บ้าน ต.บ่อยาง', "'"]];
    expect(parseCsv(writeCsv(rows))).toEqual(rows);
    const exported = responsesCsv(survey, [{ serial: '9', status: 'final' as const, answers: { sex: 1, age: 2, occupation: 3, district: 1, q1: 5, q2: 4, q3: 4, q4: 5, q5: 3, comment: HYPERLINK } }], false);
    const imported = parseResponsesCsv(survey, exported, new Set());
    expect(imported).toMatchObject({ ok: true });
    if (imported.ok) expect(imported.rows[0]?.answers.comment).toBe(HYPERLINK);
  });

  it('round-trips any text, Thai included', () => {
    const thai = fc.string({ unit: fc.constantFrom(...'กขคงจำ่้๊๋ัิ', '=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ',', ' ', 'a') });
    fc.assert(fc.property(fc.array(fc.array(thai, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
      // parseCsv drops blank trailing rows; keep every row non-blank.
      const table = rows.map((r) => [...r, 'x']);
      expect(parseCsv(writeCsv(table))).toEqual(table);
    }));
  });
});

describe('CSV import validation', () => {
  it('accepts a good file', () => {
    const result = parseResponsesCsv(survey, `${header}\n7,final,1,2,3,1,5,4,4,5,3,\n8,partial,2,,,,,,,,,`, new Set());
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.rows[0]?.answers).toEqual({ sex: 1, age: 2, occupation: 3, district: 1, q1: 5, q2: 4, q3: 4, q4: 5, q5: 3 });
  });
  it('rejects wrong columns', () => {
    const result = parseResponsesCsv(survey, 'serial,status,sex\n1,final,1', new Set());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('หัวตารางไม่ตรงกับแบบสำรวจนี้');
  });
  it('names each bad row, column and value in Thai', () => {
    const result = parseResponsesCsv(survey, `${header}\n1,final,1,2,3,1,5,4,4,5,3,\n2,final,1,2,3,1,9,4,4,5,3,\n1,final,1,2,3,1,5,4,4,5,3,\n4,done,1,2`, new Set());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { row: 3, column: 'q1', message: 'ค่า "9" อยู่นอกช่วงคำตอบ (1, 2, 3, 4, 5)' },
      { row: 4, column: 'serial', message: 'เลขที่แบบสอบถาม 1 ซ้ำกับที่มีอยู่แล้ว' },
      { row: 5, column: '', message: 'มี 4 คอลัมน์ แต่ต้องมี 12 คอลัมน์' },
    ]);
  });
  it('refuses a TIS-620 file with a clear Thai message', () => {
    const tis620 = new Uint8Array([0xca, 0xc7, 0xd1, 0xca, 0xb4, 0xd5]); // "สวัสดี" in TIS-620
    const decoded = decodeCsvBytes(tis620);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem.message).toContain('TIS-620');
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFFสวัสดี'))).toEqual({ ok: true, text: 'สวัสดี' });
  });
});
