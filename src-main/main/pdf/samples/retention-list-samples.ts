import type { RetentionItem, RetentionListDocument, RetentionRuleEntry } from '../../../shared/pdf/retention-list';
import { formatThaiDateShort, toCalendarDate, toIsoDate } from '../../../shared/text/thai-date';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

/** The office's rules for the three kinds of record it erases on a schedule. */
export const SAMPLE_RETENTION_RULES: RetentionRuleEntry[] = [
  {
    kindLabel: 'นักศึกษาฝึกงาน',
    period: '1 ปีนับแต่วันสิ้นสุดการฝึกงาน',
    basis: 'ใช้ออกหนังสือรับรองและตอบการตรวจสอบของสถานศึกษา แล้วลบตามมาตรา 37 (3) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562',
  },
  {
    kindLabel: 'ผู้ร้องเรียน',
    period: '10 ปีนับแต่วันยุติเรื่อง',
    basis: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 ข้อ 57',
  },
  {
    kindLabel: 'สื่อมวลชน',
    period: '2 ปีนับแต่ตรวจสอบข้อมูลครั้งล่าสุด',
    basis: 'บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคลของสำนักงาน: ทบทวนทะเบียนสื่อมวลชนทุกปี และลบเมื่อไม่ได้ติดต่อกันเกิน 2 ปี',
  },
];

/**
 * 24 first names (each with the title it takes) and 25 surnames: 600 different full names. In
 * every run of eight, the four positions of the four-record cycle (see sampleRetentionItems)
 * each get one man and one woman.
 */
const FIRST_NAMES: readonly (readonly [male: boolean, name: string])[] = [
  [true, 'สมชาย'],
  [false, 'กัญญาณัฐ'],
  [true, 'ธนากร'],
  [false, 'พิมพ์ชนก'],
  [false, 'สุภาวดี'],
  [true, 'ปิยะพงษ์'],
  [false, 'ณัฐธิดา'],
  [true, 'วรวุฒิ'],
  [true, 'อนุชา'],
  [false, 'ปวีณ์ธิดา'],
  [true, 'ณัฐวุฒิ'],
  [false, 'ศิริพร'],
  [false, 'วิลาวัณย์'],
  [true, 'กิตติพัฒน์'],
  [false, 'อรอุมา'],
  [true, 'ศุภชัย'],
  [true, 'ธีรวัฒน์'],
  [false, 'ธัญญ์ฐิตา'],
  [true, 'พงศกร'],
  [false, 'เบญจวรรณ'],
  [false, 'รัตนาภรณ์'],
  [true, 'จักรพันธ์'],
  [false, 'ชุติมา'],
  [true, 'อภิสิทธิ์'],
];
const SURNAMES: readonly string[] = [
  'ศรีสุวรรณ',
  'แก้วมณี',
  'ทองสุข',
  'บุญมาก',
  'หนูแก้ว',
  'สุวรรณรัตน์',
  'เพชรรัตน์',
  'ขุนทอง',
  'จันทร์หอม',
  'รัตนพันธ์',
  'ณ สงขลา',
  'แสงอรุณ',
  'ชัยศรี',
  'พรหมทอง',
  'หมัดอาดัม',
  'เส็นหมัด',
  'สาและ',
  'อินทร์แก้ว',
  'ปานทอง',
  'วงศ์สวัสดิ์',
  'ศักดิ์สิทธิ์',
  'ทิพย์มณี',
  'ชูเชิด',
  'ด้วงแก้ว',
  'มณีโชติ',
];

const UNIVERSITIES: readonly string[] = [
  'มหาวิทยาลัยทักษิณ',
  'มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตหาดใหญ่',
  'มหาวิทยาลัยราชภัฏสงขลา',
  'มหาวิทยาลัยหาดใหญ่',
  'มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย',
  'มหาวิทยาลัยวลัยลักษณ์',
];
/** Internships that ended in fiscal year 2569, so that their year ran out in 2570. */
const INTERNSHIPS: readonly (readonly [start: string, end: string])[] = [
  ['2025-11-03', '2026-02-27'],
  ['2026-01-05', '2026-03-31'],
  ['2026-03-02', '2026-05-29'],
  ['2026-06-01', '2026-07-31'],
  ['2026-06-15', '2026-08-28'],
  ['2026-07-01', '2026-09-30'],
];
const MEDIA_OUTLETS: readonly string[] = [
  'หนังสือพิมพ์ไทยรัฐ',
  'สวท.สงขลา',
  'สำนักข่าวไทย อสมท',
  'หนังสือพิมพ์เดลินิวส์',
  'เพจข่าวหาดใหญ่โฟกัส',
  'ไทยพีบีเอส ศูนย์ข่าวภาคใต้',
  'หนังสือพิมพ์สมิหลาไทมส์',
  'ช่อง 7HD',
];

const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `years` later (29 February becomes 1 March). */
function addYears(iso: string, years: number): string {
  const { year, month, day } = toCalendarDate(iso);
  const date = new Date(Date.UTC(year + years, month - 1, day));
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** "1 มิ.ย.–31 ก.ค. 2569", or both years when they differ. */
function thaiShortRange(start: string, end: string): string {
  const from = formatThaiDateShort(start);
  const to = formatThaiDateShort(end);
  const year = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
  return year(from) === year(to) ? `${from.slice(0, from.lastIndexOf(' '))}–${to}` : `${from}–${to}`;
}

/**
 * The i-th person: title, first name and surname, all different for the first 600 (the
 * surname's index tells the round of first names apart).
 */
function personName(i: number, married: boolean): string {
  const firstIndex = i % FIRST_NAMES.length;
  const round = Math.floor(i / FIRST_NAMES.length);
  const [male, first] = FIRST_NAMES[firstIndex] ?? [true, 'สมชาย'];
  const title = male ? 'นาย' : married ? 'นาง' : 'นางสาว';
  return `${title}${first} ${SURNAMES[(round + 3 * firstIndex) % SURNAMES.length] ?? ''}`;
}

function internItem(i: number): RetentionItem {
  const k = Math.floor(i / 4);
  const [start, end] = INTERNSHIPS[(k + Math.floor(k / INTERNSHIPS.length)) % INTERNSHIPS.length] ?? ['2026-06-01', '2026-07-31'];
  return {
    kindLabel: 'นักศึกษาฝึกงาน',
    name: personName(i, false),
    reference: `${UNIVERSITIES[(k * 5 + 1) % UNIVERSITIES.length] ?? ''} ฝึก ${thaiShortRange(start, end)}`,
    dueDate: addYears(end, 1),
  };
}

/** A complaint closed in fiscal year 2560 (1 Oct 2016 – 30 Sep 2017): its ten years ran out in 2570. */
function complainantItem(i: number): RetentionItem {
  const closed = addDays('2016-10-03', (i * 37) % 360);
  const closedOn = formatThaiDateShort(closed);
  const number = 10 + ((i * 13) % 190);
  return {
    kindLabel: 'ผู้ร้องเรียน',
    name: personName(i, i % 3 === 0),
    // Numbered in the year it came in (the year it was closed, in these samples).
    reference: `เรื่องร้องเรียนเลขที่ ${number}/${closedOn.slice(closedOn.lastIndexOf(' ') + 1)}`,
    dueDate: addYears(closed, 10),
  };
}

/** A media contact last checked in fiscal year 2568: two years without contact ran out in 2570. */
function mediaItem(i: number): RetentionItem {
  const verified = addDays('2024-10-07', (i * 53) % 355);
  return {
    kindLabel: 'สื่อมวลชน',
    name: personName(i, false),
    reference: `${MEDIA_OUTLETS[Math.floor(i / 4) % MEDIA_OUTLETS.length] ?? ''} (ตรวจสอบล่าสุด ${formatThaiDateShort(verified)})`,
    dueDate: addYears(verified, 2),
  };
}

/**
 * `count` records whose retention ended in fiscal year 2570, a quarter interns, half
 * complainants and a quarter media contacts, each person named differently (up to 600),
 * in the order the list prints them: by due date.
 */
export function sampleRetentionItems(count: number): RetentionItem[] {
  const kinds = [internItem, complainantItem, complainantItem, mediaItem] as const;
  return Array.from({ length: count }, (_, i) => (kinds[i % kinds.length] ?? internItem)(i)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The list the administrator prints after fiscal year 2570 ends, for the director to approve. */
export function sampleRetentionList(itemCount = 60): RetentionListDocument {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return {
    kind: 'retention-list',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    preparedOn: '2027-10-05',
    fiscalYear: 2570,
    rules: SAMPLE_RETENTION_RULES,
    items: sampleRetentionItems(itemCount),
    preparer: { name: 'นายธนพล แก้วมณี', position: 'นักประชาสัมพันธ์ชำนาญการ' },
    approver: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
}

export function retentionListSamples(): PdfSample[] {
  return [{ name: 'retention-list', request: { document: sampleRetentionList(), options: { thaiDigits: false } } }];
}
