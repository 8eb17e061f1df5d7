import { z } from 'zod';
import { reportComplaintSchema } from '../pdf/complaint-report';
import { writeCsv } from '../text/csv';
import { formatThaiDateShort } from '../text/thai-date';
import {
  COMPLAINANT_FIELDS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_SUBCATEGORY_LABELS,
  complaintFieldsSchema,
} from './complaint';

/**
 * ทะเบียนเรื่องร้องเรียน: every complaint of a period as a spreadsheet (CSV or Excel), with the
 * complainant for those who may see them (issue 19, PDPA). Main writes the file and masks the
 * complainant itself unless the person signed in there may see it: a renderer that sends the
 * names anyway still gets a masked file.
 */
export const complaintRegisterRowSchema = reportComplaintSchema
  .extend({
    /** The complainant agreed that the office keeps their name and contact (else anonymous). */
    consent: z.boolean(),
    /** The complainant's data was erased (PDPA): nothing is left to show. */
    erased: z.boolean(),
    complainantName: complaintFieldsSchema.shape.complainantName,
    complainantPhone: z.string().max(60),
    complainantEmail: z.string().max(320),
    complainantAddress: complaintFieldsSchema.shape.complainantAddress,
    /** The staff member responsible, by name. */
    assignee: z.string().max(300),
  })
  .strict();
export type ComplaintRegisterRow = z.infer<typeof complaintRegisterRowSchema>;

/** What a masked complainant reads as, on screen and in every export. */
export const COMPLAINANT_MASKED = 'ปกปิด (แสดงเฉพาะเจ้าหน้าที่เรื่องร้องเรียนและผู้อำนวยการ)';
const ANONYMOUS = 'ไม่ประสงค์ออกนาม';
const ERASED = 'ลบข้อมูลส่วนบุคคลแล้ว';

/** The row with nothing that identifies the complainant (their matter stays). */
export function maskComplainant(row: ComplaintRegisterRow): ComplaintRegisterRow {
  const blank = Object.fromEntries(COMPLAINANT_FIELDS.map((field) => [field, ''])) as Pick<ComplaintRegisterRow, (typeof COMPLAINANT_FIELDS)[number]>;
  return { ...row, ...blank, complainantName: row.consent && !row.erased ? COMPLAINANT_MASKED : '' };
}

const HEADER = [
  'เลขที่',
  'วันที่รับ',
  'ช่องทาง',
  'ผู้ร้องเรียน',
  'โทรศัพท์',
  'อีเมล',
  'ที่อยู่',
  'เรื่อง',
  'ประเภท',
  'ประเภทย่อย',
  'ผู้รับผิดชอบ',
  'สถานะ',
  'หน่วยงานที่ส่งต่อ',
  'วันที่ยุติ',
  'เกินกำหนด',
];

function complainant(row: ComplaintRegisterRow): string {
  if (row.erased) return ERASED;
  if (!row.consent) return ANONYMOUS;
  return row.complainantName;
}

/** The register as rows of text: a header, then one complaint per row, dates in พ.ศ. */
export function complaintRegisterTable(rows: readonly ComplaintRegisterRow[]): string[][] {
  return [
    HEADER,
    ...rows.map((row) => [
      row.number,
      formatThaiDateShort(row.receivedDate),
      COMPLAINT_CHANNEL_LABELS[row.channel],
      complainant(row),
      row.complainantPhone,
      row.complainantEmail,
      row.complainantAddress,
      row.subject,
      COMPLAINT_CATEGORY_LABELS[row.category],
      COMPLAINT_SUBCATEGORY_LABELS[row.subcategory],
      row.assignee,
      COMPLAINT_STEP_LABELS[row.status],
      row.agencies,
      row.closedOn ? formatThaiDateShort(row.closedOn) : '',
      row.late ? 'เกินกำหนด' : '',
    ]),
  ];
}

/** The register as CSV (UTF-8 with BOM, CRLF, formulas neutralised: shared/text/csv.ts). */
export function complaintRegisterCsv(rows: readonly ComplaintRegisterRow[]): string {
  return writeCsv(complaintRegisterTable(rows));
}
