import { z } from 'zod';
import { MAX_SECRET_CHARS, secretHashSchema } from '../../auth/credential';
import { STAFF_ROLES, WORK_GROUPS } from '../../domain/staff';

/**
 * Staff sign-in (issue 19). The PIN or password crosses IPC only to be hashed or checked by
 * main: scrypt is slow on purpose and the wait after wrong PINs is kept where the renderer
 * cannot reset it. The schemas only bound the payloads; main checks the secret's strength
 * (secretProblem) and the hash's parameters itself.
 */

/** As typed: main normalises to NFC and counts code points (a Thai mark may take 2 UTF-16 units, NFD more). */
const secret = z.string().max(MAX_SECRET_CHARS * 4);
const staffId = z.string().min(1).max(64);
const role = z.enum(STAFF_ROLES);

export const signedInSchema = z.object({ staffId: z.string(), role, signedInAt: z.string().datetime() });

export const signInResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), session: signedInSchema }),
  z.object({
    ok: z.literal(false),
    /** 'wait': the PIN was not looked at, the person is still inside the delay after wrong PINs. */
    reason: z.enum(['wrong-secret', 'wait']),
    /** How long before the next attempt is looked at (0: right away). */
    waitMs: z.number().int().nonnegative(),
    /** Wrong PINs in a row for this person on this workstation. */
    failures: z.number().int().nonnegative(),
  }),
]);
export type SignInResult = z.infer<typeof signInResultSchema>;

export const authSessionSchema = signedInSchema.extend({
  /** The screen is locked: who it is is kept, but nothing main guards is allowed until they sign in again. */
  locked: z.boolean(),
});
export type AuthSessionInfo = z.infer<typeof authSessionSchema>;

export const authContract = {
  /** Makes the stored form of a new PIN (set by the person, or by an administrator resetting it). */
  'auth:hash-secret': {
    input: z.object({ secret }).strict(),
    output: z.object({ secret: secretHashSchema }),
  },
  /**
   * Checks a PIN against the person's stored hash (read from the synced staffCredentials by
   * the renderer). Also unlocks a locked screen; signing in as someone else replaces the session.
   */
  'auth:sign-in': {
    /** `workGroup`: with the role, what main's own checks need (complainants are the complaint officers'). */
    input: z.object({ staffId, role, workGroup: z.enum(WORK_GROUPS).optional(), credential: secretHashSchema, secret }).strict(),
    output: signInResultSchema,
  },
  'auth:sign-out': { input: z.undefined(), output: z.object({ signedOut: z.literal(true) }) },
  /** The screen lock (idle timeout or the lock button). */
  'auth:lock': { input: z.undefined(), output: z.object({ locked: z.literal(true) }) },
  /**
   * Who is signed in. `everSignedIn`: whether anyone ever signed in on this workstation, so a
   * fresh PC can be set up (join the sync folder, restore a backup) before its first sign-in.
   */
  'auth:session': {
    input: z.undefined(),
    output: z.object({ session: authSessionSchema.nullable(), everSignedIn: z.boolean() }),
  },
} as const;
