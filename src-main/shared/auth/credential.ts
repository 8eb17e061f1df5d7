import { z } from 'zod';

/**
 * A staff member's sign-in secret as stored (issue 19): the output of scrypt (memory-hard, Node's
 * crypto) with its own random salt and the parameters used, never the PIN itself. Made and
 * checked only by main (`auth:*` channels). The record syncs with the office's other data
 * (encrypted in the share, DESIGN.md §5) so a person signs in at any workstation.
 */
export const secretHashSchema = z
  .object({
    kdf: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
    hash: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  })
  .strict();
export type SecretHash = z.infer<typeof secretHashSchema>;

export const CREDENTIAL_REASONS = ['created', 'changed', 'reset'] as const;

/** One row per staff member (id = the staff id), in the synced `staffCredentials` table. */
export const staffCredentialSchema = z.object({
  staffId: z.string().min(1).max(64),
  secret: secretHashSchema,
  /** Why it was last set: by the person themselves, or reset by an administrator (recorded). */
  reason: z.enum(CREDENTIAL_REASONS),
  setBy: z.string().min(1).max(64),
  setAt: z.string().datetime(),
});
export type StaffCredential = z.infer<typeof staffCredentialSchema>;

export const MIN_SECRET_CHARS = 6;
export const MAX_SECRET_CHARS = 128;

export type SecretProblem = 'too-short' | 'too-long' | 'too-simple';

/**
 * A PIN of at least six digits, or a password of at least six characters. Guessable PINs
 * (one digit repeated, 123456 or 654321 runs) are refused: with the sign-in delay they are the
 * first an attacker tries. Counted in code points so Thai marks count as typed.
 */
export function secretProblem(secret: string): SecretProblem | null {
  const value = secret.normalize('NFC');
  const chars = [...value];
  if (chars.length < MIN_SECRET_CHARS) return 'too-short';
  if (chars.length > MAX_SECRET_CHARS) return 'too-long';
  if (/^\d+$/.test(value)) {
    const digits = chars.map(Number);
    const same = digits.every((d) => d === digits[0]);
    const up = digits.every((d, i) => i === 0 || d === ((digits[i - 1] ?? 0) + 1) % 10);
    const down = digits.every((d, i) => i === 0 || d === ((digits[i - 1] ?? 0) + 9) % 10);
    if (same || up || down) return 'too-simple';
  }
  return null;
}

/**
 * The wait after `failures` wrong PINs in a row for one person on one workstation: none after
 * the first, then 2, 4, 8, 16 … seconds, at most 15 minutes. Kept by main in the workstation's
 * data folder, so closing the app does not reset it.
 */
export function signInDelayMs(failures: number): number {
  if (failures <= 1) return 0;
  return Math.min(1000 * 2 ** (failures - 1), 15 * 60 * 1000);
}
