import { IpcError } from '../../shared/ipc/errors';
import type { AuthSession } from '../auth/session';
import type { HandlerTable } from '../ipc/dispatch';
import type { KioskStore } from './kiosk-store';

type KioskChannels = 'kiosk:get-state' | 'kiosk:start' | 'kiosk:leave';

export interface KioskHandlerDeps {
  kiosk: KioskStore;
  /** The table's one session: kiosk mode starts from it and signs it out. */
  session: AuthSession;
  /** Locks the app window down or frees it (BrowserWindow.setKiosk, the menu); a recorder in E2E. */
  applyToWindow?: (on: boolean) => void;
  now?: () => Date;
}

/** Signed in and not locked: the one who acts. */
function signedIn(session: AuthSession, action: 'kiosk.start' | 'kiosk.leave') {
  const current = session.current();
  if (!current || current.locked) throw new IpcError({ code: 'not-allowed', detail: `${action}:not-signed-in` });
  return current;
}

function ioFailure(what: string) {
  return (error: unknown) => {
    throw new IpcError({ code: 'io-failure', detail: `${what}: ${(error as Error).message}` });
  };
}

/**
 * Survey kiosk mode (issue 19). Starting signs the staff member out, so while the public stands
 * at the screen main holds no session: nothing main guards can be done, and leaving needs
 * someone to sign in again with their own PIN through `auth:sign-in` (whose wait after wrong
 * PINs is main's, kept on disk). After a restart main has no session either, so the same holds.
 */
export function createKioskHandlers(deps: KioskHandlerDeps): Pick<HandlerTable, KioskChannels> {
  const { kiosk, session } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    'kiosk:get-state': async () => ({ kiosk: await kiosk.load() }),
    'kiosk:start': async ({ surveyId }) => {
      const by = signedIn(session, 'kiosk.start');
      // On disk first: if it cannot be kept, kiosk mode does not start (a restart would leave it).
      const state = await kiosk.start({ surveyId, startedBy: { staffId: by.staffId, role: by.role }, at: now() }).catch(ioFailure('kiosk state'));
      session.signOut();
      deps.applyToWindow?.(true);
      return { kiosk: state };
    },
    'kiosk:leave': async () => {
      if ((await kiosk.load()) === null) return { left: true as const };
      signedIn(session, 'kiosk.leave');
      await kiosk.stop().catch(ioFailure('kiosk state'));
      deps.applyToWindow?.(false);
      return { left: true as const };
    },
  };
}
