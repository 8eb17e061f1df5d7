import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';
import type { ModuleMessages } from './messages';

export { LANGUAGES, type Language } from './languages';
export { composeMessages, type ModuleMessages } from './messages';

/** Thai first; English is the second language (DESIGN.md §1). */
export async function initI18n(language: Language, messages: ModuleMessages): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { th: { translation: messages.th }, en: { translation: messages.en } },
    lng: language,
    fallbackLng: 'th',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
