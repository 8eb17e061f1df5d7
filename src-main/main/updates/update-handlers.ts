import { IpcError } from '../../shared/ipc/errors';
import type { AuthSession } from '../auth/session';
import type { HandlerTable } from '../ipc/dispatch';
import { UpdateRefusedError, type UpdateController } from './update-controller';

type UpdateChannels = 'update:status' | 'update:check' | 'update:download' | 'update:install';

export interface UpdateHandlerDeps {
  updates: UpdateController;
  session: AuthSession;
  /** Kiosk mode on: installing would close the kiosk (and the app may not quit then). */
  kioskOn: () => boolean;
}

/**
 * Checking is open to whoever sits at the screen (it changes nothing). Downloading and installing
 * need someone signed in and not locked, any role: the signed installer is the same one any
 * staff member may run from the office share; restricting it to the administrator would only push
 * offices back to the USB stick. Installing is refused in kiosk mode.
 */
function signedIn(session: AuthSession, action: 'update.download' | 'update.install') {
  const current = session.current();
  if (!current || current.locked) throw new IpcError({ code: 'not-allowed', detail: `${action}:not-signed-in` });
}

function refused(action: string, run: () => ReturnType<UpdateController['status']>) {
  try {
    return { status: run() };
  } catch (error) {
    if (error instanceof UpdateRefusedError) throw new IpcError({ code: 'not-allowed', detail: `${action}:${error.reason}` });
    throw error;
  }
}

export function createUpdateHandlers({ updates, session, kioskOn }: UpdateHandlerDeps): Pick<HandlerTable, UpdateChannels> {
  return {
    'update:status': () => ({ status: updates.status() }),
    'update:check': async () => ({ status: await updates.check() }),
    'update:download': () => {
      signedIn(session, 'update.download');
      return refused('update.download', () => updates.download());
    },
    'update:install': () => {
      signedIn(session, 'update.install');
      if (kioskOn()) throw new IpcError({ code: 'not-allowed', detail: 'update.install:kiosk' });
      return refused('update.install', () => updates.install());
    },
  };
}
