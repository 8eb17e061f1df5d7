import { PRESS_SETTINGS_ID, type PressSettings } from '../../../../src-main/shared/domain/press';
import { pressSettingsRepo, useDbCommands, useLiveDbQuery, type PressSettingsRecord } from '../../../data';

/** The office's press settings; null before anyone saved them, undefined while loading. */
export function usePressSettings(): PressSettingsRecord | null | undefined {
  return useLiveDbQuery(async (db) => (await db.pressSettings.get(PRESS_SETTINGS_ID)) ?? null);
}

/** Saves the settings: one record with a fixed id, created on the first save. */
export function useSavePressSettings() {
  return useDbCommands((db) => async (values: PressSettings) => {
    const repo = pressSettingsRepo(db);
    await db.transaction('rw', db.pressSettings, async () => {
      if (await repo.get(PRESS_SETTINGS_ID)) await repo.update(PRESS_SETTINGS_ID, values);
      else await repo.createWithId(PRESS_SETTINGS_ID, values);
    });
  });
}
