export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
