import { z } from 'zod';
import { thaiText } from './validation';

/** The office's three work groups (from the standard mission list). */
export const WORK_GROUPS = ['administration', 'public-relations', 'evaluation'] as const;
export type WorkGroup = (typeof WORK_GROUPS)[number];

/**
 * What a staff member may do in PR Desk (DESIGN.md §8, issue 19): ผู้อำนวยการ, รองผู้อำนวยการ/
 * ผู้รักษาราชการแทน, โฆษก, หัวหน้ากลุ่มงาน, เจ้าหน้าที่, นักศึกษาฝึกงาน, ผู้ดูแลระบบ. The rights of each
 * role are in shared/auth/permissions.ts. 'officer' is ordinary staff (the id older records carry).
 */
export const STAFF_ROLES = ['director', 'deputy', 'spokesperson', 'groupHead', 'officer', 'intern', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffSchema = z.object({
  /** Title as written before the name: นาย, นาง, นางสาว, ว่าที่ร้อยตรี, ดร. … */
  title: thaiText({ max: 40 }),
  firstName: thaiText({ min: 1, max: 80 }),
  lastName: thaiText({ min: 1, max: 80 }),
  position: thaiText({ max: 120 }),
  workGroup: z.enum(WORK_GROUPS, { message: 'validation.required' }),
  role: z.enum(STAFF_ROLES, { message: 'validation.required' }),
  phone: z.string().trim().max(60),
  email: z.union([z.literal(''), z.string().trim().email({ message: 'validation.email' })]),
  /** วันที่เริ่มปฏิบัติงานที่สำนักงาน (ISO date), if known. */
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' }).nullable(),
  active: z.boolean(),
});

export type Staff = z.infer<typeof staffSchema>;

/** "นายสมชาย ใจดี": Thai titles attach to the first name without a space. */
export function staffDisplayName(staff: Pick<Staff, 'title' | 'firstName' | 'lastName'>): string {
  return `${staff.title}${staff.firstName} ${staff.lastName}`.trim();
}
