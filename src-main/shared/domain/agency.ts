import { z } from 'zod';
import { thaiText } from './validation';

/**
 * The agencies directory (ทำเนียบหน่วยงาน): government offices, local administrations and
 * others the office works with. Press requests come from them; complaints are forwarded to them.
 */
export const AGENCY_KINDS = ['provincial', 'central', 'local', 'state-enterprise', 'private', 'civil-society'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  provincial: 'ส่วนราชการส่วนภูมิภาค',
  central: 'ส่วนราชการส่วนกลาง',
  local: 'องค์กรปกครองส่วนท้องถิ่น',
  'state-enterprise': 'รัฐวิสาหกิจ',
  private: 'ภาคเอกชน',
  'civil-society': 'ภาคประชาสังคม',
};

export const agencySchema = z.object({
  name: thaiText({ min: 1, max: 200 }),
  /** อักษรย่อ such as "สนจ.สข." */
  shortName: thaiText({ max: 40 }),
  kind: z.enum(AGENCY_KINDS, { message: 'validation.required' }),
  address: thaiText({ max: 500 }),
  phone: z.string().trim().max(60),
  email: z.union([z.literal(''), z.string().trim().email({ message: 'validation.email' })]),
  contactName: thaiText({ max: 120 }),
  active: z.boolean(),
});
export type Agency = z.infer<typeof agencySchema>;
