import type { ConferenceAttendanceDocument, ConferenceHeading, ConferenceStatementsDocument, PrintedAttendee } from '../../../shared/pdf/press-conference';
import { SAMPLE_RUN_SHEET } from './briefing-samples';
import type { PdfSample } from './index';
import { sampleLetterhead } from './internship-samples';

const { items: _runSheetItems, ...heading } = SAMPLE_RUN_SHEET;
/** The samples' conference, as both of its papers head it. */
export const SAMPLE_CONFERENCE: ConferenceHeading = heading;

export function sampleConferenceStatements(): ConferenceStatementsDocument {
  return {
    kind: 'conference-statements',
    letterhead: sampleLetterhead(),
    conference: SAMPLE_CONFERENCE,
    statements: [
      {
        number: 1,
        title: 'เปิดศูนย์พักพิงผู้ประสบอุทกภัยครบทุกอำเภอ',
        body: 'จังหวัดสงขลาเปิดศูนย์พักพิงชั่วคราวแล้ว 42 แห่ง ครบทั้ง 16 อำเภอ รองรับผู้ประสบภัยได้ 8,000 คน มีอาหาร น้ำดื่ม ยารักษาโรค และแพทย์ประจำทุกแห่ง\nขอให้ผู้อยู่ในพื้นที่เสี่ยงริมคลองอู่ตะเภาอพยพไปศูนย์พักพิงที่ใกล้ที่สุดทันที หากต้องการความช่วยเหลือโทร 1784 ได้ตลอด 24 ชั่วโมง',
        issuedAt: '2026-11-23T03:15:00.000Z',
        issuedBy: 'นายวีระ ประชาสัมพันธ์',
      },
      {
        number: 2,
        title: 'ปิดถนนสายหาดใหญ่–สงขลาชั่วคราว',
        body: 'ตั้งแต่วันที่ 23 พฤศจิกายน 2569 เวลา 14.00 น. เป็นต้นไป ปิดการจราจรถนนสายหาดใหญ่–สงขลา ช่วงกิโลเมตรที่ 12 ถึง 18 เนื่องจากน้ำท่วมสูง 80 เซนติเมตร\nให้ใช้เส้นทางเลี่ยงผ่านอำเภอนาหม่อมแทน และติดตามประกาศจากจังหวัดสงขลาอย่างใกล้ชิด',
        issuedAt: '2026-11-23T06:40:00.000Z',
        issuedBy: 'นางสาววิภาวรรณ ศรีสุข',
      },
    ],
  };
}

const ATTENDEES: PrintedAttendee[] = [
  { name: 'คุณสุดา ข่าวดี', outletName: 'สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสงขลา', position: 'ผู้สื่อข่าว', status: 'attended' },
  { name: 'คุณประยุทธ รายงานสด', outletName: 'สถานีโทรทัศน์ NBT ภาคใต้', position: 'ช่างภาพ', status: 'attended' },
  { name: 'คุณมานี ทันข่าว', outletName: 'หนังสือพิมพ์สมิหลาไทมส์', position: 'บรรณาธิการข่าว', status: 'absent' },
  { name: 'นายก้องเกียรติ ศักดิ์สิทธิ์', outletName: 'เพจข่าวหาดใหญ่โฟกัส', position: '', status: 'invited' },
  { name: 'นางสาวฐิติกาญจน์ ญาณพัฒน์', outletName: 'สำนักข่าวไทย อสมท', position: 'ผู้สื่อข่าวประจำจังหวัด', status: 'invited' },
];

export function sampleConferenceAttendance(): ConferenceAttendanceDocument {
  return { kind: 'conference-attendance', letterhead: sampleLetterhead(), conference: SAMPLE_CONFERENCE, attendees: ATTENDEES };
}

export function conferenceStatementsSamples(): PdfSample[] {
  return [{ name: 'conference-statements', request: { document: sampleConferenceStatements(), options: { thaiDigits: false } } }];
}

export function conferenceAttendanceSamples(): PdfSample[] {
  return [
    { name: 'conference-attendance', request: { document: sampleConferenceAttendance(), options: { thaiDigits: false } } },
    { name: 'conference-attendance-thai-digits', request: { document: sampleConferenceAttendance(), options: { thaiDigits: true } } },
  ];
}
