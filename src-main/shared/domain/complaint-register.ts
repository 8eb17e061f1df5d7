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
  COMPLAINT_TYPES,
  COMPLAINT_TYPE_LABELS,
  complaintFieldsSchema,
  type ComplaintType,
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

/** One column of the register: its header, its text, and for a date column the ISO date (a real date cell in Excel). */
interface RegisterColumn {
  header: string;
  text: (row: ComplaintRegisterRow) => string;
  date?: (row: ComplaintRegisterRow) => string | null;
}

function complainant(row: ComplaintRegisterRow): string {
  if (row.erased) return ERASED;
  if (!row.consent) return ANONYMOUS;
  return row.complainantName;
}

const thaiDate = (iso: string | null) => (iso ? formatThaiDateShort(iso) : '');

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { header: 'เลขที่', text: (r) => r.number },
  { header: 'วันที่รับ', text: (r) => thaiDate(r.receivedDate), date: (r) => r.receivedDate },
  { header: 'ช่องทาง', text: (r) => COMPLAINT_CHANNEL_LABELS[r.channel] },
  { header: 'ผู้ร้องเรียน', text: complainant },
  { header: 'โทรศัพท์', text: (r) => r.complainantPhone },
  { header: 'อีเมล', text: (r) => r.complainantEmail },
  { header: 'ที่อยู่', text: (r) => r.complainantAddress },
  { header: 'เรื่อง', text: (r) => r.subject },
  { header: 'ประเภท', text: (r) => COMPLAINT_CATEGORY_LABELS[r.category] },
  { header: 'ประเภทย่อย', text: (r) => COMPLAINT_SUBCATEGORY_LABELS[r.subcategory] },
  { header: 'ผู้รับผิดชอบ', text: (r) => r.assignee },
  { header: 'สถานะ', text: (r) => COMPLAINT_STEP_LABELS[r.status] },
  { header: 'หน่วยงานที่ส่งต่อ', text: (r) => r.agencies },
  { header: 'วันที่ยุติ', text: (r) => thaiDate(r.closedOn), date: (r) => r.closedOn },
  { header: 'เกินกำหนด', text: (r) => [r.late ? 'เกินกำหนด' : '', r.replyOverdue ? 'หน่วยงานตอบกลับเกินกำหนด' : ''].filter(Boolean).join(', ') },
];

/** The register's part for one type of complaint (ITA O27–O29 keeps them apart), with its count. */
export interface RegisterSection {
  type: ComplaintType;
  /** "เรื่องร้องเรียนทั่วไป จำนวน 3 เรื่อง" */
  title: string;
  rows: ComplaintRegisterRow[];
}

/** General complaints first, then corruption/misconduct complaints; each part is there even when empty. */
export function complaintRegisterSections(rows: readonly ComplaintRegisterRow[]): RegisterSection[] {
  return COMPLAINT_TYPES.map((type) => {
    const own = rows.filter((r) => r.complaintType === type);
    return { type, title: `${COMPLAINT_TYPE_LABELS[type]} จำนวน ${own.length} เรื่อง`, rows: own };
  });
}

/** The register as rows of text: a header, then one complaint per row, dates in พ.ศ. */
export function complaintRegisterTable(rows: readonly ComplaintRegisterRow[]): string[][] {
  return [REGISTER_COLUMNS.map((c) => c.header), ...rows.map((row) => REGISTER_COLUMNS.map((c) => c.text(row)))];
}

/**
 * The register as CSV (UTF-8 with BOM, CRLF, formulas neutralised: shared/text/csv.ts): one part
 * per type of complaint, each opened by its title and count, then its header and rows.
 */
export function complaintRegisterCsv(rows: readonly ComplaintRegisterRow[]): string {
  return writeCsv(complaintRegisterSections(rows).flatMap((section, i) => [...(i > 0 ? [[]] : []), [section.title], ...complaintRegisterTable(section.rows)]));
}
