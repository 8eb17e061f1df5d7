import { hasAnyCredential, signInCandidates, useLiveDbQuery, type StaffRecord } from '../../../data';

/** Whether anyone on this workstation has a PIN (no one: the first run); undefined while loading. */
export function useAnyoneCanSignIn(): boolean | undefined {
  return useLiveDbQuery((db) => hasAnyCredential(db));
}

/** The people offered on the sign-in screen (those who can sign in). */
export function useSignInCandidates(): StaffRecord[] | undefined {
  return useLiveDbQuery((db) => signInCandidates(db));
}
