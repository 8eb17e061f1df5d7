// Sign-in's reads and writes: who can sign in, checking a PIN, setting one, the first administrator.
export { useCreateFirstAdministrator, useSetSecret } from './credential-commands';
export { useSignInWithSecret, type SignInOutcome } from './sign-in';
export { useAnyoneCanSignIn, useSignInCandidates } from './use-sign-in-people';
