import { z } from 'zod';
import { isoDate, thaiText } from './validation';

/**
 * The media network (เครือข่ายสื่อมวลชน): outlets, the people in them, and the distribution
 * lists staff send releases to. Shared by press service (distribution, pickups) and
 * briefings (inviting media to a press conference).
 */
export const OUTLET_KINDS = ['tv', 'radio', 'print', 'online', 'community-radio', 'page'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const OUTLET_KIND_LABELS: Record<OutletKind, string> = {
  tv: 'โทรทัศน์',
  radio: 'วิทยุ',
  print: 'หนังสือพิมพ์/สิ่งพิมพ์',
  online: 'สื่อออนไลน์',
  'community-radio': 'วิทยุชุมชน',
  page: 'เพจ/อินฟลูเอนเซอร์',
};

/** PDPA lawful basis for keeping a journalist's contact details (มาตรา 24). */
export const PDPA_BASES = ['consent', 'public-task', 'legitimate-interest', 'contract'] as const;
export type PdpaBasis = (typeof PDPA_BASES)[number];

export const PDPA_BASIS_LABELS: Record<PdpaBasis, string> = {
  consent: 'ได้รับความยินยอม',
  'public-task': 'ภารกิจของรัฐ',
  'legitimate-interest': 'ประโยชน์โดยชอบด้วยกฎหมาย',
  contract: 'สัญญา/ข้อตกลง',
};

/** Free-form ("074-311-111 ต่อ 12"); too long says so in Thai, not as a zod default. */
const phone = z.string().trim().max(60, { message: 'validation.tooLong' });
const email = z.union([z.literal(''), z.string().trim().email({ message: 'validation.email' })]);
const beats = z.array(thaiText({ min: 1, max: 60 })).max(30);

/** สื่อ: a station, paper, site or page. */
export const mediaOutletSchema = z.object({
  name: thaiText({ min: 1, max: 200 }),
  kind: z.enum(OUTLET_KINDS, { message: 'validation.required' }),
  /** พื้นที่ครอบคลุม: "จังหวัดสงขลา", "ภาคใต้", "ทั่วประเทศ" */
  coverageArea: thaiText({ max: 200 }),
  beats,
  phone,
  email,
  lineGroup: thaiText({ max: 120 }),
  website: z.string().trim().max(300, { message: 'validation.tooLong' }),
  note: thaiText({ max: 2_000 }),
  active: z.boolean(),
});
export type MediaOutlet = z.infer<typeof mediaOutletSchema>;

/** ผู้ติดต่อในเครือข่ายสื่อ: a reporter, editor or page admin. */
export const mediaContactSchema = z.object({
  outletId: z.string().uuid().nullable(),
  title: thaiText({ max: 40 }),
  firstName: thaiText({ min: 1, max: 80 }),
  lastName: thaiText({ max: 80 }),
  position: thaiText({ max: 120 }),
  phone,
  email,
  lineId: z.string().trim().max(60, { message: 'validation.tooLong' }),
  coverageArea: thaiText({ max: 200 }),
  beats,
  pdpaBasis: z.enum(PDPA_BASES, { message: 'validation.required' }),
  /** When the contact details were last confirmed with the person (ISO date). */
  lastVerifiedAt: isoDate().nullable(),
  note: thaiText({ max: 2_000 }),
  active: z.boolean(),
});
export type MediaContact = z.infer<typeof mediaContactSchema>;

/** รายชื่อส่งข่าว, e.g. "สื่อท้องถิ่นสงขลา": contacts and whole outlets. */
export const distributionListSchema = z.object({
  name: thaiText({ min: 1, max: 120 }),
  description: thaiText({ max: 500 }),
  contactIds: z.array(z.string().uuid()).max(5_000),
  outletIds: z.array(z.string().uuid()).max(2_000),
});
export type DistributionList = z.infer<typeof distributionListSchema>;

/** Contacts unconfirmed for longer than this are flagged for a check (PDPA accuracy). */
export const CONTACT_STALE_AFTER_DAYS = 180;

/** True when the contact was never verified, or last verified more than `days` before `today`. */
export function isContactStale(
  contact: Pick<MediaContact, 'lastVerifiedAt'>,
  today: string,
  days: number = CONTACT_STALE_AFTER_DAYS,
): boolean {
  if (!contact.lastVerifiedAt) return true;
  const ageMs = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${contact.lastVerifiedAt}T00:00:00Z`);
  return ageMs > days * 86_400_000;
}

export function mediaContactDisplayName(contact: Pick<MediaContact, 'title' | 'firstName' | 'lastName'>): string {
  return `${contact.title}${contact.firstName} ${contact.lastName}`.trim();
}

/**
 * Everyone a set of lists reaches: the listed contacts plus the active contacts of listed
 * outlets, each once, inactive contacts left out.
 */
export function resolveRecipients<C extends Pick<MediaContact, 'outletId' | 'active'> & { id: string }>(
  lists: readonly Pick<DistributionList, 'contactIds' | 'outletIds'>[],
  contacts: readonly C[],
): C[] {
  const contactIds = new Set(lists.flatMap((l) => l.contactIds));
  const outletIds = new Set(lists.flatMap((l) => l.outletIds));
  return contacts.filter((c) => c.active && (contactIds.has(c.id) || (c.outletId !== null && outletIds.has(c.outletId))));
}
