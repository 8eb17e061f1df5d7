import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { can, canSeeComplainant, type Action, type Actor } from '../../shared/auth/permissions';
import type { WorkGroup } from '../../shared/domain/staff';
import { IpcError } from '../../shared/ipc/errors';
import { withRetries, writeFileAtomic } from '../sync/atomic-file';

/**
 * Who is signed in at this workstation, as main sees it (issue 19). Main's own handlers
 * (workspace administration, and later restore) ask this, never the renderer, before they act:
 * a hidden button is not a check.
 *
 * Held in memory only: closing the app signs everyone out. What is remembered on disk is
 * whether anyone ever signed in here, so a fresh PC can be set up before its first sign-in
 * and a used one cannot pretend to be fresh.
 */
const STATE_FILE = 'auth-state.json';
const stateSchema = z.object({ everSignedIn: z.boolean() });

export interface SignedInSession extends Actor {
  /** Their work group as their staff record said at sign-in (complaint officers see complainants). */
  workGroup?: WorkGroup;
  signedInAt: string;
  /** The screen is locked: who it is stays known, but nothing is allowed until they sign in again. */
  locked: boolean;
}

export interface AuthSession {
  current(): SignedInSession | null;
  /** After the PIN was checked: replaces whoever was signed in (or unlocks the same person). */
  signIn(actor: Actor & { workGroup?: WorkGroup }): Promise<SignedInSession>;
  signOut(): void;
  /** Keeps who it is, refuses everything until they sign in again. No-op when nobody is signed in. */
  lock(): void;
  everSignedIn(): Promise<boolean>;
  /** The signed-in, unlocked actor when they may do `action`; else IpcError 'not-allowed' (detail `${action}:${reason}`). */
  require(action: Action): Actor;
  /** Whether the person signed in (and not locked out) may see complainants' names and contacts. */
  maySeeComplainant(): boolean;
}

export interface AuthSessionDeps {
  userDataDir: string;
  now?: () => Date;
}

export function createAuthSession({ userDataDir, now = () => new Date() }: AuthSessionDeps): AuthSession {
  const file = join(userDataDir, STATE_FILE);
  let session: SignedInSession | null = null;
  let ever: Promise<boolean> | null = null;
  const everSignedIn = () => (ever ??= readEverSignedIn(file));

  async function rememberSignedIn(): Promise<void> {
    if (await everSignedIn()) return; // written once, the first time
    await mkdir(userDataDir, { recursive: true });
    await writeFileAtomic(`${file}.${randomUUID()}.tmp`, file, Buffer.from(JSON.stringify({ everSignedIn: true }, null, 2), 'utf8'));
    ever = Promise.resolve(true);
  }

  return {
    current: () => (session ? { ...session } : null),
    async signIn(actor) {
      // Persisted before the session counts: a PC where someone signed in never goes back to "fresh".
      await rememberSignedIn();
      session = { staffId: actor.staffId, role: actor.role, ...(actor.workGroup ? { workGroup: actor.workGroup } : {}), signedInAt: now().toISOString(), locked: false };
      return { ...session };
    },
    signOut() {
      session = null;
    },
    lock() {
      if (session) session = { ...session, locked: true };
    },
    everSignedIn,
    require(action) {
      if (!session || session.locked) throw new IpcError({ code: 'not-allowed', detail: `${action}:not-signed-in` });
      const actor: Actor = { staffId: session.staffId, role: session.role };
      const decision = can(actor, action);
      if (!decision.allowed) throw new IpcError({ code: 'not-allowed', detail: `${action}:${decision.reason}` });
      return actor;
    },
    maySeeComplainant() {
      if (!session || session.locked) return false;
      return canSeeComplainant({ staffId: session.staffId, role: session.role, workGroup: session.workGroup ?? '' });
    },
  };
}

/**
 * A missing file is a fresh PC. A damaged one is read as "someone signed in": the file is only
 * ever written with true, so damage must not reopen the set-up that a fresh PC allows.
 */
async function readEverSignedIn(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await withRetries(() => readFile(file, 'utf8'));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.everSignedIn : true;
  } catch {
    return true;
  }
}
