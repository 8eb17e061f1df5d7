import type { Institution, Intern } from '../../../../src-main/shared/domain/internship';
import type { ExternalLetterDocument } from '../../../../src-main/shared/pdf/external-letter';
import type { Letterhead, Signature } from '../../../../src-main/shared/pdf/document-parts';
import { formatWorkedTime } from '../../../../src-main/shared/domain/internship-hours';
import { formatThaiDateLong, formatThaiDateShort } from '../../../../src-main/shared/text/thai-date';

/** เรียน: the dean of the faculty when there is one, else the institution's head. */
export function acceptanceAddressee(institution: Pick<Institution, 'name' | 'faculty'>): string {
  return institution.faculty ? `คณบดี${institution.faculty} ${institution.name}` : `อธิการบดี${institution.name}`;
}

/** The letter's body as the office usually words it; staff edit it before printing. */
export function acceptanceBody(intern: Intern, institution: Pick<Institution, 'name' | 'faculty'>, officeName: string, mentor: string | null): string {
  const from = [institution.faculty, institution.name].filter(Boolean).join(' ');
  const name = `${intern.title}${intern.firstName} ${intern.lastName}`.trim();
  return [
    `ตามหนังสือที่อ้างถึง ${from} ขอส่งนักศึกษาเข้ารับการฝึกงานด้านการประชาสัมพันธ์ ณ ${officeName} นั้น`,
    `${officeName} พิจารณาแล้ว ยินดีรับ ${name} รหัสนักศึกษา ${intern.studentId} เข้ารับการฝึกงาน ระหว่างวันที่ ${formatThaiDateLong(intern.startDate)} ถึงวันที่ ${formatThaiDateLong(intern.endDate)} รวม ${intern.requiredHours} ชั่วโมง${mentor ? ` โดยมี ${mentor} เป็นพี่เลี้ยง` : ''}`,
    'จึงเรียนมาเพื่อโปรดทราบ',
  ].join('\n\n');
}

/** One row per student: ลำดับ, name, student id, period in พ.ศ., hours (the shared hours formatter). */
export function acceptanceStudentsTable(interns: readonly Intern[]): NonNullable<ExternalLetterDocument['table']> {
  return {
    afterParagraph: 2,
    headers: ['ลำดับ', 'ชื่อ-สกุล', 'รหัสนักศึกษา', 'ระยะเวลาฝึกงาน', 'จำนวน'],
    widths: [1.2, 6.2, 2.9, 3.4, 2],
    rows: interns.map((intern, i) => [
      String(i + 1),
      `${intern.title}${intern.firstName} ${intern.lastName}`.trim(),
      intern.studentId,
      `${formatThaiDateShort(intern.startDate)} – ${formatThaiDateShort(intern.endDate)}`,
      formatWorkedTime(intern.requiredHours * 60),
    ]),
  };
}

/** The body for several students of one institution: they are listed in the letter's table. */
export function acceptanceBodyForStudents(count: number, institution: Pick<Institution, 'name' | 'faculty'>, officeName: string): string {
  const from = [institution.faculty, institution.name].filter(Boolean).join(' ');
  return [
    `ตามหนังสือที่อ้างถึง ${from} ขอส่งนักศึกษาเข้ารับการฝึกงานด้านการประชาสัมพันธ์ ณ ${officeName} นั้น`,
    `${officeName} พิจารณาแล้ว ยินดีรับนักศึกษาจำนวน ${count} ราย เข้ารับการฝึกงาน ตามรายชื่อต่อไปนี้`,
    'จึงเรียนมาเพื่อโปรดทราบ',
  ].join('\n\n');
}

/**
 * Other students of the same institution whose internship overlaps this one's and is still to
 * come or under way: institutions send a cohort under one request, and the office answers them in
 * one letter with a table. Listed in Thai name order.
 */
export function acceptanceClassmates<T extends Intern & { id: string; deleted: boolean }>(intern: T, interns: readonly T[]): T[] {
  return interns
    .filter(
      (other) =>
        other.id !== intern.id &&
        !other.deleted &&
        other.institutionId === intern.institutionId &&
        (other.status === 'applied' || other.status === 'accepted' || other.status === 'active') &&
        other.startDate <= intern.endDate &&
        intern.startDate <= other.endDate,
    )
    .sort((a, b) => `${a.firstName} ${a.lastName}`.localeCompare(`${b.firstName} ${b.lastName}`, 'th'));
}

export interface AcceptanceFields {
  documentNumber: string;
  date: string;
  addressee: string;
  reference: string;
  body: string;
  ownerUnit: string;
}

export function buildAcceptanceLetter(fields: AcceptanceFields, office: { letterhead: Letterhead; signer: Signature }, students?: readonly Intern[]): ExternalLetterDocument {
  return {
    ...(students && students.length > 0 ? { table: acceptanceStudentsTable(students) } : {}),
    kind: 'external-letter',
    letterhead: office.letterhead,
    documentNumber: fields.documentNumber,
    date: fields.date,
    subject: 'ตอบรับนักศึกษาเข้ารับการฝึกงาน',
    addressee: fields.addressee,
    reference: fields.reference,
    enclosures: [],
    paragraphs: fields.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    signer: office.signer,
    ownerUnit: fields.ownerUnit,
    urgency: 'normal',
    secrecy: 'none',
  };
}
