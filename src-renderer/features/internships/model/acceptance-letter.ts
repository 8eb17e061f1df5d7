import type { Institution, Intern } from '../../../../src-main/shared/domain/internship';
import type { ExternalLetterDocument } from '../../../../src-main/shared/pdf/external-letter';
import type { Letterhead, Signature } from '../../../../src-main/shared/pdf/document-parts';
import { formatThaiDateLong } from '../../../../src-main/shared/text/thai-date';

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

export interface AcceptanceFields {
  documentNumber: string;
  date: string;
  addressee: string;
  reference: string;
  body: string;
  ownerUnit: string;
}

export function buildAcceptanceLetter(fields: AcceptanceFields, office: { letterhead: Letterhead; signer: Signature }): ExternalLetterDocument {
  return {
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
