import { describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../domain/office-profile';
import { pdfContract } from '../ipc/channels/pdf';
import { createMemoFromOfficeProfile, memoDocumentSchema } from './memo';

const office: OfficeProfile = {
  officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  province: 'สงขลา',
  address: 'ศาลากลางจังหวัดสงขลา',
  phone: '0 7431 1060',
  email: 'songkhla@prd.go.th',
  directorName: 'นายสมชาย ใจดี',
  directorTitle: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  logoBlobId: null,
  thaiDigits: false,
};
const fields = {
  documentNumber: 'สข 0017/123',
  date: '2025-01-15',
  subject: 'ขอเชิญร่วมแถลงข่าว',
  addressee: 'ผู้ว่าราชการจังหวัดสงขลา',
  paragraphs: ['ด้วย…', 'จึงเรียนมาเพื่อโปรดพิจารณา'],
};

describe('createMemoFromOfficeProfile', () => {
  it('fills ส่วนราชการ and the signer from the office profile', () => {
    const memo = createMemoFromOfficeProfile(office, null, { ...fields, group: 'กลุ่มงานอำนวยการ' });
    expect(memo.department).toBe('สำนักงานประชาสัมพันธ์จังหวัดสงขลา กลุ่มงานอำนวยการ โทร. 0 7431 1060');
    expect(memo.signer).toEqual({ name: 'นายสมชาย ใจดี', position: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา' });
    expect(memo.letterhead.officeName).toBe(office.officeName);
    expect(memo).toMatchObject({ urgency: 'normal', secrecy: 'none', kind: 'memo' });
    expect(memoDocumentSchema.safeParse(memo).success).toBe(true);
  });

  it('leaves the telephone out when the office has none', () => {
    expect(createMemoFromOfficeProfile({ ...office, phone: '' }, null, fields).department).toBe(office.officeName);
  });

  it('gives a memo the export channel accepts, and one it refuses when a field is missing', () => {
    const memo = createMemoFromOfficeProfile(office, null, fields);
    const input = { document: memo, options: { thaiDigits: true }, suggestedFileName: 'บันทึก.pdf' };
    expect(pdfContract['pdf:export-document'].input.safeParse(input).success).toBe(true);
    const noSubject = { ...input, document: { ...memo, subject: '  ' } };
    const result = pdfContract['pdf:export-document'].input.safeParse(noSubject);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['document', 'subject']);
    expect(pdfContract['pdf:preview-document'].input.safeParse({ document: { ...memo, kind: 'poster' }, options: { thaiDigits: false } }).success).toBe(false);
  });
});
