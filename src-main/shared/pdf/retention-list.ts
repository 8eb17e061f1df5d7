import { z } from 'zod';
import { thaiText } from '../domain/validation';
import { isoDateSchema, letterheadSchema, signatureSchema } from './document-parts';

const line = (max: number) => thaiText({ min: 1, max });

/** One record whose retention has ended: what it is, whose, and since when it may go. */
export const retentionItemSchema = z
  .object({
    /** "นักศึกษาฝึกงาน", "ผู้ร้องเรียน", "สื่อมวลชน" */
    kindLabel: line(100),
    /** The person as the record names them. */
    name: line(300),
    /** What identifies the record to the approver ("มหาวิทยาลัยทักษิณ ฝึก 1 มิ.ย.–31 ก.ค. 2569", "เรื่องร้องเรียนเลขที่ 12/2559"). */
    reference: line(500),
    /** The day its retention ended (it may be erased from the day after). */
    dueDate: isoDateSchema,
  })
  .strict();
export type RetentionItem = z.infer<typeof retentionItemSchema>;

/** A retention rule as the list prints it: the kind, the period and what it rests on. */
export const retentionRuleSchema = z.object({ kindLabel: line(100), period: line(300), basis: line(1_000) }).strict();
export type RetentionRuleEntry = z.infer<typeof retentionRuleSchema>;

/**
 * บัญชีข้อมูลส่วนบุคคลที่ครบกำหนดเก็บรักษา ประจำปีงบประมาณ: the yearly list of records whose
 * retention has ended, printed for the director to approve before the office erases them
 * (as a destruction list is approved under the registry rules, ระเบียบงานสารบรรณ ข้อ 66–67).
 */
export const retentionListDocumentSchema = z
  .object({
    kind: z.literal('retention-list'),
    letterhead: letterheadSchema,
    preparedOn: isoDateSchema,
    /** Buddhist-era fiscal year the list is for (its retention ends by 30 September). */
    fiscalYear: z.number().int().min(2400).max(2800),
    rules: z.array(retentionRuleSchema).min(1).max(20),
    items: z.array(retentionItemSchema).max(5_000),
    /** Who prepared it (the administrator) and who approves it (the director). */
    preparer: signatureSchema,
    approver: signatureSchema,
  })
  .strict();
export type RetentionListDocument = z.infer<typeof retentionListDocumentSchema>;
