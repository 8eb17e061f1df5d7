import type { TFunction } from 'i18next';

/**
 * Zod messages in our schemas are i18n keys (`validation.*`); anything else (a zod default)
 * becomes the generic "check this field" text rather than English developer wording.
 */
export function fieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('validation.') ? t(message) : t('validation.invalid');
}
