import { createContext, useContext } from 'react';
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
  /** Whoever is using this workstation now; every write is attributed to them. */
  currentStaff: StaffRecord | undefined;
  setCurrentStaffId: (id: string | null) => Promise<void>;
}

export const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData outside <AppDataProvider>');
  return value;
}
