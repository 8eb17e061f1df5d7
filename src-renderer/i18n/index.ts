import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, th } from './bundles';

export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Thai first; English is the second language (DESIGN.md §1). */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { th: { translation: th }, en: { translation: en } },
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
