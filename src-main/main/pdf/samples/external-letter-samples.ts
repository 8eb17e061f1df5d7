import type { ExternalLetterDocument } from '../../../shared/pdf/external-letter';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

/** An acceptance letter for interns, as the internships module writes it. */
export function sampleAcceptanceLetter(): ExternalLetterDocument {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return {
    kind: 'external-letter',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    documentNumber: 'สข 0017/412',
    date: '2026-04-20',
    subject: 'ตอบรับนักศึกษาเข้ารับการฝึกงาน',
    addressee: 'คณบดีคณะวิทยาการจัดการ มหาวิทยาลัยสงขลานครินทร์',
    reference: 'หนังสือคณะวิทยาการจัดการ มหาวิทยาลัยสงขลานครินทร์ ที่ อว 68.15/1234 ลงวันที่ 2 เมษายน 2569',
    enclosures: [],
    paragraphs: [
      'ตามหนังสือที่อ้างถึง คณะวิทยาการจัดการ มหาวิทยาลัยสงขลานครินทร์ ขอส่งนักศึกษาเข้ารับการฝึกงานด้านการประชาสัมพันธ์ ณ สำนักงานประชาสัมพันธ์จังหวัดสงขลา นั้น',
      'สำนักงานประชาสัมพันธ์จังหวัดสงขลา พิจารณาแล้ว ยินดีรับ นางสาวกนกวรรณ ศรีสุข รหัสนักศึกษา 6410110123 เข้ารับการฝึกงาน ระหว่างวันที่ 1 มิถุนายน 2569 ถึงวันที่ 31 กรกฎาคม 2569 รวม 280 ชั่วโมง โดยมี นางวิไลวรรณ พี่เลี้ยงดี ตำแหน่งนักประชาสัมพันธ์ชำนาญการ เป็นพี่เลี้ยง',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ],
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
    ownerUnit: 'กลุ่มงานอำนวยการและบริหารงานทั่วไป',
    urgency: 'normal',
    secrecy: 'none',
  };
}

const GIVEN = ['ณัฐพัชร์ชานันท์', 'พิมพ์ชนกวรางคณา', 'กนกวรรณ', 'ศุภกฤตวิทยารัตน์', 'ปิยะนุช', 'ธนพัฒน์ภูมิพัฒน์'];
const FAMILY = ['ศรีสุขเจริญวงศ์ไพบูลย์', 'ทองดีประเสริฐศักดิ์', 'ณ สงขลา', 'วงศ์สวัสดิ์ศรีอยุธยา', 'รัตนโกสินทร์สมบูรณ์'];

/** A cohort acceptance letter: `count` students with long names in the letter's table. */
export function sampleLongAcceptanceLetter(count = 24): ExternalLetterDocument {
  const letter = sampleAcceptanceLetter();
  return {
    ...letter,
    paragraphs: [
      letter.paragraphs[0] ?? '',
      `สำนักงานประชาสัมพันธ์จังหวัดสงขลา พิจารณาแล้ว ยินดีรับนักศึกษาจำนวน ${count} ราย เข้ารับการฝึกงาน ตามรายชื่อต่อไปนี้`,
      'ทั้งนี้ ขอให้นักศึกษารายงานตัวต่อพี่เลี้ยงในวันแรกของการฝึกงาน เวลา 08.30 น. ณ ห้องประชุมสำนักงาน ชั้น 2',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ],
    table: {
      afterParagraph: 2,
      headers: ['ลำดับ', 'ชื่อ-สกุล', 'รหัสนักศึกษา', 'ระยะเวลาฝึกงาน', 'จำนวน'],
      widths: [1.2, 6.2, 2.9, 3.4, 2],
      rows: Array.from({ length: count }, (_, i) => [
        String(i + 1),
        `${i % 2 ? 'นาย' : 'นางสาว'}${GIVEN[i % GIVEN.length]} ${FAMILY[i % FAMILY.length]}`,
        `64101${String(10_100 + i)}`,
        '1 มิ.ย. 2569 – 31 ก.ค. 2569',
        '280 ชม.',
      ]),
    },
  };
}

export function externalLetterSamples(): PdfSample[] {
  const letter = sampleAcceptanceLetter();
  return [
    { name: 'external-letter-acceptance', request: { document: letter, options: { thaiDigits: false } } },
    { name: 'external-letter-acceptance-cohort', request: { document: sampleLongAcceptanceLetter(), options: { thaiDigits: false } } },
    { name: 'external-letter-thai-digits', request: { document: { ...letter, urgency: 'urgent', enclosures: ['แบบตอบรับการฝึกงาน', 'ระเบียบการปฏิบัติตนของนักศึกษาฝึกงาน'] }, options: { thaiDigits: true } } },
  ];
}
