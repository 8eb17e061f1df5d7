import baseEn from './locales/en.json';
import baseTh from './locales/th.json';

/**
 * The shared texts (the shell, the older modules, errors, validation). Each module with texts of
 * its own keeps them in its folder (features/<module>/locales) and contributes them through its
 * manifest; app/features.ts composes the whole (composeMessages).
 */
export const BASE_BUNDLES = { th: baseTh, en: baseEn } as const;
