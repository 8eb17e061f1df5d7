import { localSettings, useDbCommands, type LocalSettings } from '../../../data';

/** This workstation's own preferences (not synced). */
export function useLocalSettingCommands() {
  return useDbCommands((db) => ({ saveLanguage: (language: LocalSettings['language']) => localSettings(db).set('language', language) }));
}
