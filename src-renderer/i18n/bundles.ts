import baseEn from './locales/en.json';
import baseTh from './locales/th.json';
import authEn from './locales/auth.en.json';
import authTh from './locales/auth.th.json';
import briefingsEn from './locales/briefings.en.json';
import briefingsTh from './locales/briefings.th.json';
import complaintsEn from './locales/complaints.en.json';
import complaintsTh from './locales/complaints.th.json';
import privacyEn from './locales/privacy.en.json';
import privacyTh from './locales/privacy.th.json';
import pressEn from './locales/press.en.json';
import pressTh from './locales/press.th.json';
import surveysEn from './locales/surveys.en.json';
import surveysTh from './locales/surveys.th.json';

/**
 * The app's texts: the shared file plus one file per later module (locales/<module>.<lang>.json),
 * so modules grow without editing one giant file. They are bundled eagerly, like the shared file:
 * texts are small and the nav needs them before a module loads. Each module owns its own top-level keys;
 * locales.test.ts checks that no module redefines another's.
 */
export const MODULE_BUNDLES = {
  th: [pressTh, briefingsTh, surveysTh, complaintsTh, authTh, privacyTh],
  en: [pressEn, briefingsEn, surveysEn, complaintsEn, authEn, privacyEn],
} as const;

export const BASE_BUNDLES = { th: baseTh, en: baseEn } as const;

function merge(base: object, modules: readonly object[]): Record<string, unknown> {
  return Object.assign({}, base, ...modules) as Record<string, unknown>;
}

export const th = merge(baseTh, MODULE_BUNDLES.th);
export const en = merge(baseEn, MODULE_BUNDLES.en);
