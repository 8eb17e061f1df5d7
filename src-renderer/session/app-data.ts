import { createContext, useContext } from 'react';
import type { Actor } from '../../src-main/shared/auth/permissions';
import type { KioskState } from '../../src-main/shared/ipc/channels/kiosk';
import type { StaffRecord } from '../data';

export interface DeviceIdentity {
  deviceId: string;
  deviceName: string;
}

export interface AppData {
  device: DeviceIdentity;
  setDevice: (device: DeviceIdentity) => void;
  /** Whoever is signed in at this workstation; every write is attributed to them. */
  currentStaff: StaffRecord | undefined;
  /** The signed-in person and role as the write rules see them (null: signed out or locked). */
  acting: Actor | null;
  session: SessionControls;
  kiosk: KioskControls;
}

/** Sign-in state of this window, mirrored in main (which checks its own actions against it). */
export interface SessionState {
  actor: Actor;
  locked: boolean;
}

export interface SessionControls {
  state: SessionState | null;
  /** After main accepted the person's PIN (auth:sign-in). */
  signedIn: (actor: Actor) => void;
  signOut: () => Promise<void>;
  /** First run only: writes the new administrator as themselves, before the sign-in shows. */
  writeAs: (actor: Actor, write: () => Promise<void>) => Promise<void>;
  lock: () => Promise<void>;
}

/**
 * Survey kiosk mode (issue 19), as main keeps it: while on, the window shows only the kiosk
 * (no sign-in screen, no menu) and comes back to it after a restart or a crash.
 */
export interface KioskControls {
  /** null: the staff app. */
  state: KioskState | null;
  /** Main keeps kiosk mode on for the survey and signs the person out; the window shows the kiosk. */
  start: (surveyId: string) => Promise<void>;
  /**
   * After a staff member's own PIN was accepted at the kiosk (auth:sign-in): main leaves kiosk
   * mode and the staff app opens as that person. On failure they are signed out again.
   */
  leave: (actor: Actor) => Promise<void>;
}

export const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData outside <AppDataProvider>');
  return value;
}
