import { z } from 'zod';
import { DATA_CATEGORIES } from '../pdpa/personal-fields';
import { thaiText } from './validation';

/**
 * บันทึกเหตุการละเมิดข้อมูลส่วนบุคคล (PDPA s.37(4)): an incident in which personal data was lost,
 * seen or changed by someone who should not have. The office notifies the regulator (สำนักงาน
 * คณะกรรมการคุ้มครองข้อมูลส่วนบุคคล, สคส.) within 72 hours of becoming aware of it, unless it is
 * unlikely to put anyone at risk; when the risk is high it also tells the people affected
 * without delay. Every incident is logged, notified or not (the regulator may ask for the log).
 */
export const BREACH_RISKS = ['unlikely', 'risk', 'high'] as const;
export type BreachRisk = (typeof BREACH_RISKS)[number];

export const BREACH_RISK_LABELS: Record<BreachRisk, string> = {
  unlikely: 'ไม่มีความเสี่ยงที่จะกระทบสิทธิและเสรีภาพ (ไม่ต้องแจ้ง สคส.)',
  risk: 'มีความเสี่ยง (แจ้ง สคส. ภายใน 72 ชั่วโมง)',
  high: 'มีความเสี่ยงสูง (แจ้ง สคส. และเจ้าของข้อมูล)',
};

export const BREACH_STATUSES = ['open', 'closed'] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

/** A moment as the form and the records keep it: ISO 8601 with its offset. */
const instant = () => z.string().datetime({ offset: true, message: 'validation.date' });

export const dataBreachFieldsSchema = z.object({
  /** When the office became aware of it: the 72 hours run from here. */
  discoveredAt: instant(),
  title: thaiText({ min: 1, max: 300 }),
  /** What happened, how it was found, what data and how many people (no names of the people affected). */
  description: thaiText({ min: 1, max: 5_000 }),
  categories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length),
  /** How many people are affected, as far as the office can tell (null: not known yet). */
  peopleAffected: z.number().int().min(0).max(100_000_000).nullable(),
  risk: z.enum(BREACH_RISKS, { message: 'validation.required' }),
  /** What the office did to stop it and to limit the harm. */
  measures: thaiText({ max: 5_000 }),
  regulatorNotifiedAt: instant().nullable(),
  subjectsNotifiedAt: instant().nullable(),
  status: z.enum(BREACH_STATUSES),
  /** Staff member who recorded it. */
  reportedBy: z.string().uuid().nullable(),
});

type Checked = Pick<z.infer<typeof dataBreachFieldsSchema>, 'discoveredAt' | 'regulatorNotifiedAt' | 'subjectsNotifiedAt' | 'risk' | 'status'>;

function checkBreach(b: Checked, ctx: z.RefinementCtx): void {
  for (const field of ['regulatorNotifiedAt', 'subjectsNotifiedAt'] as const) {
    const at = b[field];
    if (at && Date.parse(at) < Date.parse(b.discoveredAt)) ctx.addIssue({ code: 'custom', message: 'privacy.validation.notifiedBeforeDiscovered', path: [field] });
  }
  // An incident that needed the notice cannot be closed without it.
  if (b.status === 'closed' && b.risk !== 'unlikely' && !b.regulatorNotifiedAt) ctx.addIssue({ code: 'custom', message: 'privacy.validation.closeWithoutNotice', path: ['regulatorNotifiedAt'] });
}

export const dataBreachSchema = dataBreachFieldsSchema.superRefine(checkBreach);
export type DataBreach = z.infer<typeof dataBreachSchema>;

/** PDPA s.37(4): notify the regulator within 72 hours of becoming aware. */
export const BREACH_NOTICE_HOURS = 72;
const HOUR_MS = 3_600_000;

export type BreachNoticeState = 'not-required' | 'notified' | 'notified-late' | 'due' | 'overdue';

export interface BreachNotice {
  state: BreachNoticeState;
  /** ISO instant the notice is due. */
  dueAt: string;
  /** Whole hours left (negative once past), from `now`. */
  hoursLeft: number;
}

/** Where the regulator's notice stands at `now`. */
export function breachNotice(breach: Pick<DataBreach, 'discoveredAt' | 'risk' | 'regulatorNotifiedAt'>, now: Date): BreachNotice {
  const dueMs = Date.parse(breach.discoveredAt) + BREACH_NOTICE_HOURS * HOUR_MS;
  const dueAt = new Date(dueMs).toISOString();
  const hoursLeft = Math.floor((dueMs - now.getTime()) / HOUR_MS);
  if (breach.regulatorNotifiedAt) return { state: Date.parse(breach.regulatorNotifiedAt) <= dueMs ? 'notified' : 'notified-late', dueAt, hoursLeft };
  if (breach.risk === 'unlikely') return { state: 'not-required', dueAt, hoursLeft };
  return { state: now.getTime() > dueMs ? 'overdue' : 'due', dueAt, hoursLeft };
}
