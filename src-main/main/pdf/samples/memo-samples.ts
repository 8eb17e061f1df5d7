import { createMemoFromOfficeProfile, type MemoFields } from '../../../shared/pdf/memo';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

export const SAMPLE_MEMO_FIELDS: MemoFields = {
  group: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร',
  documentNumber: 'สข 0017/123',
  date: '2025-01-15',
  subject: 'ขอเชิญร่วมแถลงข่าวสถานการณ์อุทกภัยและแนวทางการให้ความช่วยเหลือประชาชน',
  addressee: 'ผู้ว่าราชการจังหวัดสงขลา',
  paragraphs: [
    'ด้วยจังหวัดสงขลาเกิดฝนตกหนักต่อเนื่อง วัดปริมาณฝนได้ 120 มม. ใน 3 ชั่วโมง ทำให้เกิดน้ำท่วมฉับพลันในพื้นที่อำเภอหาดใหญ่ อำเภอสะเดา และอำเภอนาทวี ประชาชนได้รับผลกระทบกว่า 1,250 ครัวเรือน สำนักงานประชาสัมพันธ์จังหวัดสงขลาจึงกำหนดจัดแถลงข่าวเพื่อสร้างความเข้าใจที่ถูกต้องแก่ประชาชนในทิศทางเดียวกัน',
    'ในการนี้ สำนักงานประชาสัมพันธ์จังหวัดสงขลาจึงขอเรียนเชิญท่านเป็นประธานการแถลงข่าว ในวันพฤหัสบดีที่ 16 มกราคม 2568 เวลา 10.00 น. ณ ห้องประชุมชั้น 2 ศาลากลางจังหวัดสงขลา โดยมีผู้แทนสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด องค์การบริหารส่วนจังหวัด และสื่อมวลชนท้องถิ่นร่วมให้ข้อมูล พร้อมถ่ายทอดสดทางเพจ Facebook และ LINE OA ของสำนักงาน',
    'จึงเรียนมาเพื่อโปรดพิจารณา',
  ],
};

export function memoSamples(): PdfSample[] {
  const logo = sampleLogo();
  const memo = createMemoFromOfficeProfile(SAMPLE_OFFICE, logo, { ...SAMPLE_MEMO_FIELDS, urgency: 'most-urgent' });
  const thaiDigits = createMemoFromOfficeProfile(SAMPLE_OFFICE, logo, {
    ...SAMPLE_MEMO_FIELDS,
    secrecy: 'confidential',
  });
  const long = createMemoFromOfficeProfile(SAMPLE_OFFICE, logo, {
    ...SAMPLE_MEMO_FIELDS,
    urgency: 'urgent',
    secrecy: 'secret',
    subject: 'รายงานสรุปผลการประชาสัมพันธ์สถานการณ์อุทกภัย (ฉบับยาว ทดสอบหลายหน้า)',
    paragraphs: [
      ...Array.from({ length: 4 }, () => SAMPLE_MEMO_FIELDS.paragraphs.slice(0, 2)).flat(),
      'จึงเรียนมาเพื่อโปรดทราบ',
    ],
  });
  return [
    { name: 'memo', request: { document: memo, options: { thaiDigits: false } } },
    { name: 'memo-thai-digits', request: { document: thaiDigits, options: { thaiDigits: true } } },
    { name: 'memo-two-pages', request: { document: long, options: { thaiDigits: true } } },
    // Not yet numbered: the copy going up for checking, ร่าง on every page.
    { name: 'memo-draft', request: { document: { ...long, documentNumber: '' }, options: { thaiDigits: false } } },
  ];
}
