import { describe, expect, it } from 'vitest';
import { externalLetterDocumentSchema } from '../../../../src-main/shared/pdf/external-letter';
import { acceptanceAddressee, acceptanceBody, acceptanceClassmates, buildAcceptanceLetter } from './acceptance-letter';
import { sampleIntern } from './intern-fixtures';

const psu = { name: 'มหาวิทยาลัยสงขลานครินทร์', faculty: 'คณะวิทยาการจัดการ' };

describe('acceptance letter', () => {
  it('addresses the dean, words the body with the intern’s period in พ.ศ., and is a valid letter', () => {
    expect(acceptanceAddressee(psu)).toBe('คณบดีคณะวิทยาการจัดการ มหาวิทยาลัยสงขลานครินทร์');
    expect(acceptanceAddressee({ ...psu, faculty: '' })).toBe('อธิการบดีมหาวิทยาลัยสงขลานครินทร์');
    const body = acceptanceBody(sampleIntern('x'), psu, 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', 'นางวิไลวรรณ พี่เลี้ยงดี');
    expect(body).toContain('ยินดีรับ นางสาวกนกวรรณ ศรีสุข รหัสนักศึกษา 6410110123');
    expect(body).toContain('ระหว่างวันที่ 1 มิถุนายน 2569 ถึงวันที่ 31 กรกฎาคม 2569 รวม 280 ชั่วโมง โดยมี นางวิไลวรรณ พี่เลี้ยงดี เป็นพี่เลี้ยง');
    const letter = buildAcceptanceLetter(
      { documentNumber: 'สข 0017/412', date: '2026-04-20', addressee: acceptanceAddressee(psu), reference: '', body, ownerUnit: 'กลุ่มงานอำนวยการ' },
      { letterhead: { officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', province: 'สงขลา', address: '', phone: '', email: '', logo: null }, signer: { name: 'นายสมชาย ใจดี', position: 'ผู้อำนวยการ' } },
    );
    expect(externalLetterDocumentSchema.parse(letter).paragraphs).toHaveLength(3);
  });

  it('offers the same institution’s students whose internship overlaps, still to come or under way, for one letter', () => {
    const me = { ...sampleIntern('psu'), id: 'me', deleted: false, startDate: '2026-06-01', endDate: '2026-07-31' };
    const other = (id: string, o: Partial<typeof me>) => ({ ...me, id, firstName: id, ...o });
    const all = [
      me,
      other('ข-same-term', {}),
      other('ก-overlaps', { startDate: '2026-07-15', endDate: '2026-09-15' }),
      other('after', { startDate: '2026-08-01', endDate: '2026-09-30' }),
      other('other-school', { institutionId: 'other' }),
      other('cancelled', { status: 'cancelled' }),
      other('finished', { status: 'completed' }),
      other('deleted', { deleted: true }),
    ];
    expect(acceptanceClassmates(me, all).map((i) => i.id)).toEqual(['ก-overlaps', 'ข-same-term']);
  });
});
