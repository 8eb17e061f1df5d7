import { useCallback, type ReactNode } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../../src-main/shared/domain/office-profile';
import { useAppData } from '../../session/app-data';
import { PageLoading } from '../../ui/PageLoading';
import { restoreRunning } from '../../data';
import { useOfficeProfile } from '../settings/data';
import { useAnyoneCanSignIn } from './data';
import { FirstRunPage } from './FirstRunPage';
import { LockScreen } from './LockScreen';
import { SignInPage } from './SignInPage';
import { useIdleLock } from './use-idle-lock';

/**
 * Nothing of the office's data is shown or written until a person signs in with their own PIN
 * (issue 19). No one can sign in yet: the first run (create the administrator, or join an office
 * that already uses PR Desk). Signed in but locked: only that person's PIN opens it again.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const { session } = useAppData();
  const anyone = useAnyoneCanSignIn();
  const profile = useOfficeProfile();
  const state = session.state;
  const lock = useCallback(() => void session.lock(), [session]);
  useIdleLock(profile?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES, Boolean(state && !state.locked), lock);

  if (anyone === undefined) return <PageLoading />;
  // A restore replaces the tables under the signed-in person and then reloads the window: a
  // sign-in form shown meanwhile would be thrown away by the reload, half-typed.
  if (!state && restoreRunning()) return <PageLoading />;
  if (!state) return anyone ? <SignInPage /> : <FirstRunPage />;
  // Locked: the app stays mounted but hidden and inert, so a form being typed when the idle
  // time ran out is still there, as typed, after the PIN.
  return (
    <>
      {state.locked && <LockScreen />}
      <div hidden={state.locked} inert={state.locked}>
        {children}
      </div>
    </>
  );
}
