import { z } from 'zod';
import { attachmentSchema } from './task';
import { isoDate, thaiText } from './validation';

/**
 * รับเรื่องราวร้องทุกข์: a complaint the office received. The workflow (ตรวจสอบ, ส่งต่อ, แจ้งผู้ร้อง,
 * ยุติเรื่อง) is a list of separate step records, so two workstations adding steps offline
 * both keep theirs after sync (an array field would lose one to last-writer-wins).
 */

/** How the complaint reached the office. 1111 is the government hotline (สายด่วนรัฐบาล). */
export const COMPLAINT_CHANNELS = ['walk-in', 'phone', 'line', 'letter', 'hotline-1111', 'email', 'website'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  'walk-in': 'มาด้วยตนเอง',
  phone: 'โทรศัพท์',
  line: 'LINE',
  letter: 'หนังสือ/จดหมาย',
  'hotline-1111': 'สายด่วนรัฐบาล 1111',
  email: 'อีเมล',
  website: 'เว็บไซต์',
};

/** Service complaints, complaints about an official's conduct, and suggestions/praise. */
export const COMPLAINT_CATEGORIES = ['service', 'misconduct', 'suggestion'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  service: 'การให้บริการ',
  misconduct: 'พฤติกรรมเจ้าหน้าที่',
  suggestion: 'ข้อเสนอแนะ/ติชม',
};

/** Sub-categories as a provincial PR office files them; each belongs to one category. */
export const COMPLAINT_SUBCATEGORIES = {
  service: ['delay', 'quality', 'information', 'broadcast', 'public-trouble', 'other'],
  misconduct: ['behaviour', 'neglect', 'corruption', 'abuse-of-power', 'other'],
  suggestion: ['suggestion', 'praise', 'other'],
} as const satisfies Record<ComplaintCategory, readonly string[]>;
export type ComplaintSubcategory = (typeof COMPLAINT_SUBCATEGORIES)[ComplaintCategory][number];

export const COMPLAINT_SUBCATEGORY_LABELS: Record<ComplaintSubcategory, string> = {
  delay: 'ความล่าช้าในการให้บริการ',
  quality: 'คุณภาพการให้บริการ',
  information: 'ข้อมูลข่าวสารและการประชาสัมพันธ์',
  broadcast: 'การออกอากาศวิทยุ/สัญญาณ',
  'public-trouble': 'ความเดือดร้อนของประชาชน',
  behaviour: 'กิริยามารยาทไม่เหมาะสม',
  neglect: 'ละเว้นการปฏิบัติหน้าที่',
  corruption: 'ทุจริต/เรียกรับผลประโยชน์',
  'abuse-of-power': 'ใช้อำนาจโดยมิชอบ',
  suggestion: 'ข้อเสนอแนะ',
  praise: 'คำชมเชย',
  other: 'อื่น ๆ',
};

/**
 * ITA O27–O29 keep two registers apart: เรื่องร้องเรียนทั่วไป and เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ,
 * each with its own statistics. Records written before this field (and records synced from an
 * older workstation) have none: `complaintTypeOf` reads them by their sub-category.
 */
export const COMPLAINT_TYPES = ['general', 'corruption'] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

export const COMPLAINT_TYPE_LABELS: Record<ComplaintType, string> = {
  general: 'เรื่องร้องเรียนทั่วไป',
  corruption: 'เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
};

/** Sub-categories that are corruption or misconduct in office when a record names no type. */
const CORRUPTION_SUBCATEGORIES: readonly string[] = ['corruption', 'abuse-of-power'];

/** The complaint's type: the one recorded, else by its sub-category (older records). */
export function complaintTypeOf(complaint: { complaintType?: ComplaintType | undefined; subcategory: string }): ComplaintType {
  return complaint.complaintType ?? (CORRUPTION_SUBCATEGORIES.includes(complaint.subcategory) ? 'corruption' : 'general');
}

const ALL_SUBCATEGORIES = [...new Set(Object.values(COMPLAINT_SUBCATEGORIES).flat())] as [ComplaintSubcategory, ...ComplaintSubcategory[]];

/** The complainant's identifying fields: empty unless they consented (PDPA). */
export const COMPLAINANT_FIELDS = ['complainantName', 'complainantPhone', 'complainantEmail', 'complainantAddress'] as const;

export const complaintFieldsSchema = z.object({
  /** Buddhist-era calendar year of receipt and the number claimed in it ("12/2569"); see complaint-number.ts. */
  yearBE: z.number().int().min(2400).max(2800),
  seq: z.number().int().min(1).max(999_999),
  receivedDate: isoDate(),
  channel: z.enum(COMPLAINT_CHANNELS, { message: 'validation.required' }),
  /** The complainant agreed that the office keeps their name and contact (PDPA). Without it the complaint is anonymous. */
  consent: z.boolean(),
  complainantName: thaiText({ max: 200 }),
  complainantPhone: z.string().trim().max(60).regex(/^[0-9+\-() ,#]*$/, { message: 'validation.phone' }),
  complainantEmail: z.union([z.literal(''), z.string().trim().email({ message: 'validation.email' })]),
  complainantAddress: thaiText({ max: 500 }),
  subject: thaiText({ min: 1, max: 300 }),
  details: thaiText({ min: 1, max: 10_000 }),
  category: z.enum(COMPLAINT_CATEGORIES, { message: 'validation.required' }),
  subcategory: z.enum(ALL_SUBCATEGORIES, { message: 'validation.required' }),
  /** General or corruption/misconduct (ITA); optional so older and synced records still read (complaintTypeOf). */
  complaintType: z.enum(COMPLAINT_TYPES).optional(),
  /** Staff member responsible (staff id). */
  assigneeId: z.string().uuid({ message: 'validation.required' }).nullable(),
  /** Scanned letters and other evidence, as content-addressed blobs. */
  attachments: z.array(attachmentSchema).max(50),
  /** Set when the complainant's data was erased (PDPA); the complaint stays for statistics. */
  erasedAt: z.string().nullable(),
});

type ComplaintChecked = Pick<z.infer<typeof complaintFieldsSchema>, 'category' | 'subcategory' | 'consent' | (typeof COMPLAINANT_FIELDS)[number]>;

/** The sub-category belongs to the category; a name is needed with consent and nothing personal is kept without it. */
function checkComplaint(c: ComplaintChecked, ctx: z.RefinementCtx): void {
  if (!(COMPLAINT_SUBCATEGORIES[c.category] as readonly string[]).includes(c.subcategory)) {
    ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['subcategory'] });
  }
  if (c.consent) {
    if (!c.complainantName) ctx.addIssue({ code: 'custom', message: 'complaints.validation.nameWithConsent', path: ['complainantName'] });
    return;
  }
  // No consent: the office keeps nothing that identifies the person.
  for (const field of COMPLAINANT_FIELDS) {
    if (c[field] !== '') ctx.addIssue({ code: 'custom', message: 'complaints.validation.personalWithoutConsent', path: [field] });
  }
}

export const complaintSchema = complaintFieldsSchema.superRefine(checkComplaint);
export type Complaint = z.infer<typeof complaintSchema>;

/** What the intake form edits: everything but the number, the files and the erasure mark, which the app keeps. */
export const complaintInputSchema = complaintFieldsSchema.omit({ yearBE: true, seq: true, attachments: true, erasedAt: true }).superRefine(checkComplaint);
export type ComplaintInput = z.infer<typeof complaintInputSchema>;

/** The workflow in the order the office works it (รับเรื่อง → … → ยุติเรื่อง). */
export const COMPLAINT_STEP_KINDS = ['received', 'reviewing', 'forwarded', 'awaiting', 'notified', 'closed'] as const;
export type ComplaintStepKind = (typeof COMPLAINT_STEP_KINDS)[number];

export const COMPLAINT_STEP_LABELS: Record<ComplaintStepKind, string> = {
  received: 'รับเรื่อง',
  reviewing: 'ตรวจสอบ',
  forwarded: 'ส่งต่อหน่วยงาน',
  awaiting: 'รอผล',
  notified: 'แจ้งผู้ร้อง',
  closed: 'ยุติเรื่อง',
};

/** One step of a complaint's handling: who did what, when, with a note; forwarding carries the letter. */
export const complaintStepSchema = z
  .object({
    complaintId: z.string().uuid(),
    kind: z.enum(COMPLAINT_STEP_KINDS, { message: 'validation.required' }),
    date: isoDate(),
    staffId: z.string().uuid({ message: 'validation.required' }).nullable(),
    note: thaiText({ max: 3_000 }),
    /** Forwarding only: the agency, our letter number ("สข 0017/123") and when we expect its reply. */
    agencyId: z.string().uuid({ message: 'validation.required' }).nullable(),
    letterNo: thaiText({ max: 60 }),
    replyDueDate: isoDate().nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'forwarded') {
      if (!s.agencyId) ctx.addIssue({ code: 'custom', message: 'complaints.validation.agencyRequired', path: ['agencyId'] });
      if (!s.letterNo) ctx.addIssue({ code: 'custom', message: 'complaints.validation.letterNoRequired', path: ['letterNo'] });
      if (s.replyDueDate && s.replyDueDate < s.date) ctx.addIssue({ code: 'custom', message: 'complaints.validation.replyBeforeForward', path: ['replyDueDate'] });
    }
    if (s.kind === 'closed' && !s.note) ctx.addIssue({ code: 'custom', message: 'complaints.validation.closeNoteRequired', path: ['note'] });
  });
export type ComplaintStep = z.infer<typeof complaintStepSchema>;

/**
 * Office-wide time limits, in calendar days counted from the day after receipt. Defaults follow
 * ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการจัดการเรื่องราวร้องทุกข์ พ.ศ. 2552 as offices apply it: tell the
 * complainant what happened (or how far it got) within 15 days, and close within 30.
 */
export const complaintSettingsSchema = z.object({
  acknowledgeDays: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'complaints.validation.daysRange' }).max(180, { message: 'complaints.validation.daysRange' }),
  resultDays: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'complaints.validation.daysRange' }).max(365, { message: 'complaints.validation.daysRange' }),
  /** "ใกล้ครบกำหนด" this many days before a limit. */
  warnDays: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(0, { message: 'complaints.validation.daysRange' }).max(30, { message: 'complaints.validation.daysRange' }),
});
export type ComplaintSettings = z.infer<typeof complaintSettingsSchema>;

export const DEFAULT_COMPLAINT_SETTINGS: ComplaintSettings = { acknowledgeDays: 15, resultDays: 30, warnDays: 3 };

/** The settings record has a fixed id, so both workstations edit the same one. */
export const COMPLAINT_SETTINGS_ID = '00000000-0000-7000-8000-00000000c0de';
