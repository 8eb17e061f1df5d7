import type { PrDeskDb } from './db';

/** This workstation's own preferences. Not synced: each computer has its own user and language. */
export interface LocalSettings {
  currentStaffId: string | null;
  language: 'th' | 'en';
  /** How many automatic backups of each kind to keep. */
  backupKeep: number;
  /** When the last daily backup was made (ISO), or null. */
  lastDailyBackupAt: string | null;
}

export const LOCAL_SETTING_DEFAULTS: LocalSettings = {
  currentStaffId: null,
  language: 'th',
  backupKeep: 14,
  lastDailyBackupAt: null,
};

export function localSettings(db: PrDeskDb) {
  return {
    async get<K extends keyof LocalSettings>(key: K): Promise<LocalSettings[K]> {
      const row = await db.localSettings.get(key);
      return row ? (row.value as LocalSettings[K]) : LOCAL_SETTING_DEFAULTS[key];
    },
    async set<K extends keyof LocalSettings>(key: K, value: LocalSettings[K]): Promise<void> {
      await db.localSettings.put({ key, value });
    },
  };
}
