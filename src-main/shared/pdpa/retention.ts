import { z } from 'zod';

/**
 * How long the office keeps a person's data once its use is over, per kind of record, and
 * which records have reached the end of it (the yearly list approved before they are erased).
 * The defaults follow the registry rules and the records of processing (ropa.ts); the office
 * may set its own periods (officeProfile.retentionYears).
 */
export const RETENTION_KINDS = ['interns', 'complaints', 'mediaContacts'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionRule {
  kindLabel: string;
  defaultYears: number;
  /** From what the period counts ("นับแต่วันสิ้นสุดการฝึกงาน"). */
  from: string;
  basis: string;
}

export const RETENTION_RULES: Readonly<Record<RetentionKind, RetentionRule>> = {
  interns: {
    kindLabel: 'นักศึกษาฝึกงาน',
    defaultYears: 1,
    from: 'นับแต่วันสิ้นสุดการฝึกงาน',
    basis: 'ระยะที่สถานศึกษาอาจขอตรวจสอบผลการฝึกงาน ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 ข้อ 57(7) (เรื่องธรรมดาเก็บไม่น้อยกว่า 1 ปี)',
  },
  complaints: {
    kindLabel: 'ผู้ร้องเรียน',
    defaultYears: 10,
    from: 'นับแต่วันยุติเรื่อง',
    basis: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 ข้อ 57 (หนังสือทั่วไปเก็บไม่น้อยกว่า 10 ปี) เลขรับ หัวเรื่อง และขั้นตอนคงไว้',
  },
  mediaContacts: {
    kindLabel: 'สื่อมวลชน',
    defaultYears: 2,
    from: 'นับแต่ตรวจสอบหรือติดต่อครั้งล่าสุด',
    basis: 'บันทึกรายการกิจกรรมการประมวลผล: ลบเมื่อไม่ได้ติดต่อเกิน 2 ปี (ข้อมูลต้องเป็นปัจจุบัน มาตรา 35)',
  },
};

/** The office's own periods, in whole years (absent: the default). */
export const retentionYearsSchema = z
  .object(Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.number' }).max(50, { message: 'validation.number' }).optional()])) as Record<RetentionKind, z.ZodOptional<z.ZodNumber>>)
  .strict();
export type RetentionYears = z.infer<typeof retentionYearsSchema>;

export function retentionYearsOf(own: RetentionYears | undefined): Record<RetentionKind, number> {
  return Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, own?.[kind] ?? RETENTION_RULES[kind].defaultYears])) as Record<RetentionKind, number>;
}

/** `iso` plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const monthDay = iso.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}${monthDay === '-02-29' && !leap ? '-02-28' : monthDay}`;
}

/** The last day of a Buddhist-era fiscal year (30 September). */
export function fiscalYearEnd(fiscalYearBE: number): string {
  return `${fiscalYearBE - 543}-09-30`;
}

/** A record about a person whose use may be over, from the day its retention counts. */
export interface RetentionCandidate {
  kind: RetentionKind;
  recordId: string;
  name: string;
  reference: string;
  /** The day the period counts from; null while it has not started (an open complaint). */
  from: string | null;
}

export interface DueRecord extends RetentionCandidate {
  dueDate: string;
}

/** The records whose retention ended by `cutoff` (inclusive), earliest first. */
export function dueForDestruction(candidates: readonly RetentionCandidate[], years: Record<RetentionKind, number>, cutoff: string): DueRecord[] {
  return candidates
    .flatMap((c) => (c.from ? [{ ...c, dueDate: addYears(c.from, years[c.kind]) }] : []))
    .filter((c) => c.dueDate <= cutoff)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name, 'th'));
}

/** The rules as the list prints them. */
export function retentionRuleEntries(years: Record<RetentionKind, number>): { kindLabel: string; period: string; basis: string }[] {
  return RETENTION_KINDS.map((kind) => ({ kindLabel: RETENTION_RULES[kind].kindLabel, period: `${years[kind]} ปี${RETENTION_RULES[kind].from}`, basis: RETENTION_RULES[kind].basis }));
}
