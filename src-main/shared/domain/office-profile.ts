import { z } from 'zod';
import { retentionYearsSchema } from '../pdpa/retention';
import { actingDelegationSchema } from './acting-delegation';
import { thaiText } from './validation';

/**
 * The office's own details, printed on every letterhead. One record per office
 * (id `OFFICE_PROFILE_ID`), synced like any other so every workstation prints the same.
 */
export const OFFICE_PROFILE_ID = '00000000-0000-7000-8000-000000000001';

export const officeProfileSchema = z.object({
  officeName: thaiText({ min: 1, max: 200 }),
  province: thaiText({ min: 1, max: 80 }),
  address: thaiText({ max: 500 }),
  phone: z
    .string()
    .trim()
    .max(60)
    .regex(/^[0-9๐-๙+()\-,\s]*$/, { message: 'validation.phone' }),
  email: z.union([z.literal(''), z.string().trim().email({ message: 'validation.email' })]),
  directorName: thaiText({ min: 1, max: 120 }),
  directorTitle: thaiText({ min: 1, max: 200 }),
  /** Content address (SHA-256 hex) of the logo in the blobs table, or null for none. */
  logoBlobId: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** Print and show numbers as Thai digits (๑๒๓) — many offices' house style. */
  thaiDigits: z.boolean(),
  /**
   * Minutes without keyboard or mouse before the screen locks (issue 19). Optional because
   * records from before sign-in lack it: DEFAULT_IDLE_LOCK_MINUTES applies.
   */
  idleLockMinutes: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.number' }).max(240, { message: 'validation.number' }).optional(),
  /** รักษาราชการแทน: who carries the director's approvals, and when (acting-delegation.ts). Optional: older records have none. */
  actingDelegations: z.array(actingDelegationSchema).max(200).optional(),
  /** The office's own retention periods in years (PDPA, issue 20); absent ones use the defaults (retention.ts). */
  retentionYears: retentionYearsSchema.optional(),
});

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export type OfficeProfile = z.infer<typeof officeProfileSchema>;

export const EMPTY_OFFICE_PROFILE: OfficeProfile = {
  officeName: '',
  province: '',
  address: '',
  phone: '',
  email: '',
  directorName: '',
  directorTitle: '',
  logoBlobId: null,
  thaiDigits: false,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
};
