import { secretProblem, signInDelayMs } from '../../shared/auth/credential';
import { IpcError } from '../../shared/ipc/errors';
import type { HandlerTable } from '../ipc/dispatch';
import type { ScryptParams } from '../workspace/keys';
import { DEFAULT_SECRET_SCRYPT, hashSecret, scryptDerive, verifySecret, type DeriveKey } from './secret-hash';
import type { AuthSession } from './session';
import { createThrottleStore, waitLeftMs } from './throttle-store';

type AuthChannels = 'auth:hash-secret' | 'auth:sign-in' | 'auth:sign-out' | 'auth:lock' | 'auth:session';

export interface AuthHandlerDeps {
  userDataDir: string;
  /** The table's one session: the sync-admin handlers check the same object. */
  session: AuthSession;
  now?: () => Date;
  /** scrypt cost of new hashes (tests lower it; a stored hash carries its own). */
  kdf?: ScryptParams | undefined;
  /** The scrypt call (tests count it). */
  derive?: DeriveKey;
}

/** Staff sign-in (issue 19): payloads are parsed by the contract (channels/auth.ts) before these run. */
export function createAuthHandlers(deps: AuthHandlerDeps): Pick<HandlerTable, AuthChannels> {
  const now = deps.now ?? (() => new Date());
  const derive = deps.derive ?? scryptDerive;
  const throttle = createThrottleStore(deps.userDataDir);
  const { session } = deps;

  return {
    'auth:hash-secret': async ({ secret }) => {
      const problem = secretProblem(secret);
      if (problem) throw new IpcError({ code: 'auth-weak-secret', detail: problem });
      return { secret: await hashSecret(secret, deps.kdf ?? DEFAULT_SECRET_SCRYPT, derive) };
    },
    'auth:sign-in': ({ staffId, role, workGroup, credential, secret }) =>
      throttle.serial(async () => {
        const before = await throttle.get(staffId);
        const waitMs = before ? waitLeftMs(before, now()) : 0;
        // Inside the wait the PIN is not even looked at: answering right/wrong now would let
        // a guesser skip the delay, and it is not counted, so waiting is never made longer.
        if (before && waitMs > 0) return { ok: false as const, reason: 'wait' as const, waitMs, failures: before.failures };
        if (!(await verifySecret(secret, credential, derive))) {
          const after = await throttle.fail(staffId, now()).catch((error: unknown) => {
            throw new IpcError({ code: 'io-failure', detail: `sign-in throttle: ${(error as Error).message}` });
          });
          return { ok: false as const, reason: 'wrong-secret' as const, waitMs: signInDelayMs(after.failures), failures: after.failures };
        }
        // Best effort: a disk that refuses this write must not keep the right person out; at
        // worst their old count is still on disk after a restart.
        await throttle.clear(staffId).catch(() => undefined);
        const signedIn = await session.signIn({ staffId, role, ...(workGroup ? { workGroup } : {}) }).catch((error: unknown) => {
          throw new IpcError({ code: 'io-failure', detail: `auth state: ${(error as Error).message}` });
        });
        return { ok: true as const, session: { staffId: signedIn.staffId, role: signedIn.role, signedInAt: signedIn.signedInAt } };
      }),
    'auth:sign-out': () => {
      session.signOut();
      return { signedOut: true as const };
    },
    'auth:lock': () => {
      session.lock();
      return { locked: true as const };
    },
    'auth:session': async () => ({ session: session.current(), everSignedIn: await session.everSignedIn() }),
  };
}
