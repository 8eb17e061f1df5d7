import { z } from 'zod';
import type { OfficeProfile } from '../domain/office-profile';
import { thaiText } from '../domain/validation';
import {
  SECRECY_LEVELS,
  URGENCY_LEVELS,
  isoDateSchema,
  letterheadSchema,
  paragraphSchema,
  signatureSchema,
  type DocumentImage,
  type Secrecy,
  type Urgency,
} from './document-parts';

/**
 * บันทึกข้อความ: the internal memo of the Thai civil service (ระเบียบงานสารบรรณ), used by the
 * office as a cover letter. Heading fields in the order the form prints them.
 */
export const memoDocumentSchema = z
  .object({
    kind: z.literal('memo'),
    letterhead: letterheadSchema,
    /** ส่วนราชการ: the office (and group), usually with its telephone number. */
    department: thaiText({ min: 1, max: 300 }),
    /** ที่: the document number, e.g. "สข 0017/123"; empty before one is issued. */
    documentNumber: thaiText({ max: 80 }),
    /** วันที่ */
    date: isoDateSchema,
    /** เรื่อง */
    subject: thaiText({ min: 1, max: 500 }),
    /** เรียน */
    addressee: thaiText({ min: 1, max: 300 }),
    paragraphs: z.array(paragraphSchema).min(1).max(200),
    signer: signatureSchema,
    urgency: z.enum(URGENCY_LEVELS),
    secrecy: z.enum(SECRECY_LEVELS),
  })
  .strict();
export type MemoDocument = z.infer<typeof memoDocumentSchema>;

export interface MemoFields {
  documentNumber: string;
  date: string;
  subject: string;
  addressee: string;
  paragraphs: string[];
  urgency?: Urgency;
  secrecy?: Secrecy;
  /** A group of the office ("กลุ่มงานอำนวยการ"), printed after the office's name. */
  group?: string;
}

/**
 * A memo from the office profile: ส่วนราชการ is the office (and group) with its telephone
 * number, and the director signs. The renderer builds memos with this so every module's cover
 * letter looks the same.
 */
export function createMemoFromOfficeProfile(
  profile: OfficeProfile,
  logo: DocumentImage | null,
  fields: MemoFields,
): MemoDocument {
  const office = [profile.officeName, fields.group].filter(Boolean).join(' ');
  const department = profile.phone ? `${office} โทร. ${profile.phone}` : office;
  return {
    kind: 'memo',
    letterhead: {
      officeName: profile.officeName,
      province: profile.province,
      address: profile.address,
      phone: profile.phone,
      email: profile.email,
      logo,
    },
    department,
    documentNumber: fields.documentNumber,
    date: fields.date,
    subject: fields.subject,
    addressee: fields.addressee,
    paragraphs: fields.paragraphs,
    signer: { name: profile.directorName, position: profile.directorTitle },
    urgency: fields.urgency ?? 'normal',
    secrecy: fields.secrecy ?? 'none',
  };
}
