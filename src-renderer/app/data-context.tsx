import { createContext, useContext } from 'react';
import type { Actor } from '../../src-main/shared/auth/permissions';
import type { PrDeskDb } from '../data';
import type { StaffRecord } from '../data';

export interface DeviceIdentity {
  deviceId: string;
  deviceName: string;
}

export interface AppData {
  db: PrDeskDb;
  device: DeviceIdentity;
  setDevice: (device: DeviceIdentity) => void;
  /** Whoever is signed in at this workstation; every write is attributed to them. */
  currentStaff: StaffRecord | undefined;
  /** The signed-in person and role as the write rules see them (null: signed out or locked). */
  acting: Actor | null;
  session: SessionControls;
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

export const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData outside <AppDataProvider>');
  return value;
}
