import type { Actor } from '../../../../src-main/shared/auth/permissions';
import { credentialOf, liveRow, useDbCommands, type PrDeskDb } from '../../../data';
import { mainProcess } from '../../../platform';

export type SignInOutcome = { ok: true; actor: Actor } | { ok: false; reason: 'wrong-secret' | 'wait' | 'no-credential'; waitMs: number };

/**
 * Checks a person's PIN with main (which hashes it and keeps the wait after wrong PINs) against
 * their synced credential. Someone archived, inactive or without a PIN cannot sign in.
 */
export async function signInWithSecret(db: PrDeskDb, staffId: string, secret: string): Promise<SignInOutcome> {
  const staff = await liveRow(db.staff, staffId);
  const credential = await credentialOf(db, staffId);
  if (!staff || !staff.active || !credential) return { ok: false, reason: 'no-credential', waitMs: 0 };
  const result = await mainProcess().authSignIn({ staffId, role: staff.role, workGroup: staff.workGroup, credential: credential.secret, secret });
  if (result.ok) return { ok: true, actor: { staffId, role: staff.role } };
  return { ok: false, reason: result.reason, waitMs: result.waitMs };
}

/** signInWithSecret on this workstation's database, for the PIN box. */
export function useSignInWithSecret(): (staffId: string, secret: string) => Promise<SignInOutcome> {
  return useDbCommands((db) => (staffId: string, secret: string) => signInWithSecret(db, staffId, secret));
}
