import { z } from 'zod';
import { addDays, deadline, type Deadline } from './complaint-deadlines';
import { isoDate, thaiText } from './validation';

/**
 * คำขอใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล: a request a person makes about their data (PDPA
 * s.30–36). The office logs every request, answers within 30 days (s.30 para 3: "ภายในสามสิบวัน
 * นับแต่วันที่ได้รับคำขอ") and keeps the log as proof it did, even after the person's data is
 * erased (the erasure reduces the requester's name and contact; personal-fields.ts).
 */
export const DATA_REQUEST_KINDS = ['access', 'portability', 'objection', 'erasure', 'restriction', 'correction', 'withdraw-consent'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

export const DATA_REQUEST_KIND_LABELS: Record<DataRequestKind, string> = {
  access: 'ขอเข้าถึงและขอรับสำเนาข้อมูล (มาตรา 30)',
  portability: 'ขอรับหรือขอให้ส่งโอนข้อมูล (มาตรา 31)',
  objection: 'คัดค้านการเก็บ ใช้ หรือเปิดเผยข้อมูล (มาตรา 32)',
  erasure: 'ขอให้ลบหรือทำลายข้อมูล (มาตรา 33)',
  restriction: 'ขอให้ระงับการใช้ข้อมูล (มาตรา 34)',
  correction: 'ขอให้แก้ไขข้อมูลให้ถูกต้อง (มาตรา 35–36)',
  'withdraw-consent': 'ขอถอนความยินยอม (มาตรา 19)',
};

export const DATA_REQUEST_CHANNELS = ['walk-in', 'letter', 'email', 'phone', 'other'] as const;
export type DataRequestChannel = (typeof DATA_REQUEST_CHANNELS)[number];

export const DATA_REQUEST_CHANNEL_LABELS: Record<DataRequestChannel, string> = {
  'walk-in': 'มาด้วยตนเอง',
  letter: 'หนังสือ/จดหมาย',
  email: 'อีเมล',
  phone: 'โทรศัพท์',
  other: 'อื่น ๆ',
};

/** รับคำขอ → ดำเนินการ → ตอบแล้ว, or ปฏิเสธ with the reason (s.30 para 2, s.32, s.33 allow refusing). */
export const DATA_REQUEST_STATUSES = ['received', 'in-progress', 'answered', 'refused'] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

export const DATA_REQUEST_STATUS_LABELS: Record<DataRequestStatus, string> = {
  received: 'รับคำขอแล้ว',
  'in-progress': 'กำลังดำเนินการ',
  answered: 'ตอบเจ้าของข้อมูลแล้ว',
  refused: 'ปฏิเสธคำขอ (แจ้งเหตุผลแล้ว)',
};

/** The records a request can name as the person's own (the tables an erasure and an access export start from). */
export const DATA_REQUEST_SUBJECT_TABLES = ['interns', 'complaints', 'mediaContacts', 'staff'] as const;
export type DataRequestSubjectTable = (typeof DATA_REQUEST_SUBJECT_TABLES)[number];

export const dataRequestFieldsSchema = z.object({
  /** Buddhist-era year of receipt and the number claimed in it ("3/2569"), resolved like complaint numbers. */
  yearBE: z.number().int().min(2400).max(2800),
  seq: z.number().int().min(1).max(999_999),
  receivedDate: isoDate(),
  channel: z.enum(DATA_REQUEST_CHANNELS, { message: 'validation.required' }),
  kind: z.enum(DATA_REQUEST_KINDS, { message: 'validation.required' }),
  requesterName: thaiText({ min: 1, max: 200 }),
  requesterContact: thaiText({ max: 300 }),
  /** The requester is the person themselves, or acts for them (a parent, a lawyer with a power of attorney). */
  onBehalf: z.boolean(),
  /** How the office checked who is asking ("บัตรประจำตัวประชาชน", "หนังสือมอบอำนาจ"). */
  identityCheck: thaiText({ min: 1, max: 300 }),
  /** The person's own record in the app, when the office found one. */
  subjectTable: z.enum(DATA_REQUEST_SUBJECT_TABLES).nullable(),
  subjectId: z.string().min(1).max(64).nullable(),
  details: thaiText({ min: 1, max: 2_000 }),
  status: z.enum(DATA_REQUEST_STATUSES),
  answeredDate: isoDate().nullable(),
  /** What the office did, or why it refused (told to the person). */
  answer: thaiText({ max: 5_000 }),
  /** Staff member handling the request. */
  handledBy: z.string().uuid({ message: 'validation.required' }).nullable(),
});

type Checked = Pick<z.infer<typeof dataRequestFieldsSchema>, 'subjectTable' | 'subjectId' | 'status' | 'answeredDate' | 'answer' | 'receivedDate'>;

/** A subject is a table and an id together; a closed request has its date and what was said. */
function checkRequest(r: Checked, ctx: z.RefinementCtx): void {
  if ((r.subjectTable === null) !== (r.subjectId === null)) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['subjectId'] });
  if (r.status !== 'answered' && r.status !== 'refused') return;
  if (!r.answeredDate) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['answeredDate'] });
  else if (r.answeredDate < r.receivedDate) ctx.addIssue({ code: 'custom', message: 'privacy.validation.answeredBeforeReceived', path: ['answeredDate'] });
  if (!r.answer) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['answer'] });
}

export const dataRequestSchema = dataRequestFieldsSchema.superRefine(checkRequest);
export type DataRequest = z.infer<typeof dataRequestSchema>;

/** What the intake and answer forms edit: everything but the number, which the app claims. */
export const dataRequestInputSchema = dataRequestFieldsSchema.omit({ yearBE: true, seq: true }).superRefine(checkRequest);
export type DataRequestInput = z.infer<typeof dataRequestInputSchema>;

/** PDPA s.30: the answer is due within 30 days of receipt. */
export const DATA_REQUEST_ANSWER_DAYS = 30;
/** The dashboard warns this many days before the due date. */
export const DATA_REQUEST_WARN_DAYS = 7;

/** The request's answer limit on `today` (met by the answer or the refusal). */
export function dataRequestDeadline(request: Pick<DataRequest, 'receivedDate' | 'status' | 'answeredDate'>, today: string): Deadline {
  const closed = request.status === 'answered' || request.status === 'refused';
  return deadline(addDays(request.receivedDate, DATA_REQUEST_ANSWER_DAYS), closed ? request.answeredDate : null, today, DATA_REQUEST_WARN_DAYS);
}
