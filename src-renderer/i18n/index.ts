import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import type { Language } from './languages';
import type { ModuleMessages } from './messages';

export { LANGUAGES, type Language } from './languages';
export { composeMessages, type ModuleMessages } from './messages';

/** Whether numbers put into texts are written in Thai digits (the office's ใช้เลขไทย). */
let thaiDigitsInTexts = false;

/**
 * Every number put into a text ({{n}}, {{year}}, {{count}}…) is written with the office's
 * digits, so no screen mixes ๒๕๖๙ and 2569 (issue 21). Strings pass as they are (a figure
 * already formatted, a name). Our texts use no named formats, so this is the whole formatter.
 */
const officeDigits: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Typed as returning a string, but i18next hands on whatever comes back: anything that is not a
  // number (a string, or undefined for a missing value, which i18next then reports) passes as is.
  format: (value: unknown) => (typeof value === 'number' ? applyDigitStyle(String(value), thaiDigitsInTexts) : (value as string)),
};

/** The office's digits changed: every text on screen is drawn again (react-i18next listens for this event). */
export function setTextDigits(thai: boolean): void {
  if (thai === thaiDigitsInTexts) return;
  thaiDigitsInTexts = thai;
  i18next.emit(DIGITS_CHANGED);
}
const DIGITS_CHANGED = 'digitsChanged';

/** Thai first; English is the second language (DESIGN.md §1). */
export async function initI18n(language: Language, messages: ModuleMessages): Promise<typeof i18next> {
  await i18next.use(initReactI18next).use(officeDigits).init({
    resources: { th: { translation: messages.th }, en: { translation: messages.en } },
    lng: language,
    fallbackLng: 'th',
    interpolation: { escapeValue: false, alwaysFormat: true },
    react: { bindI18n: `languageChanged ${DIGITS_CHANGED}` },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
