import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/staff';

/**
 * Survey kiosk mode (issue 19). Main owns it: the state is kept in the workstation's data
 * folder, so a crash or a restart comes back in kiosk mode, never in the staff app. The window
 * is locked down by main (no menu, no closing, no reload or DevTools keys); the page only shows
 * the survey. Leaving takes a staff member's own PIN through `auth:sign-in` (throttled by main).
 */
const id = z.string().min(1).max(64);

export const kioskStateSchema = z.object({
  /** The survey the public answers; null when the stored state was damaged (kiosk stays on, no survey). */
  surveyId: id.nullable(),
  startedAt: z.string().datetime().nullable(),
  /**
   * Who started it: the public's answers are written as theirs (entry mode 'kiosk'), since every
   * write needs a person. Null when the stored state was damaged: nothing can be written then.
   */
  startedBy: z.object({ staffId: id, role: z.enum(STAFF_ROLES) }).nullable(),
});
export type KioskState = z.infer<typeof kioskStateSchema>;

export const kioskContract = {
  /** Read at every start of the window, before the sign-in screen: null = not in kiosk mode. */
  'kiosk:get-state': { input: z.undefined(), output: z.object({ kiosk: kioskStateSchema.nullable() }) },
  /**
   * Needs a signed-in, unlocked staff member. Kiosk mode is kept on disk first; then that person
   * is signed out (the public must not act as them) and the window is locked down.
   */
  'kiosk:start': {
    input: z.object({ surveyId: id }).strict(),
    output: z.object({ kiosk: kioskStateSchema }),
  },
  /**
   * Needs someone signed in (and not locked) since kiosk mode started: a staff member who typed
   * their own PIN at the kiosk. Refused ('not-allowed') otherwise.
   */
  'kiosk:leave': { input: z.undefined(), output: z.object({ left: z.literal(true) }) },
} as const;
