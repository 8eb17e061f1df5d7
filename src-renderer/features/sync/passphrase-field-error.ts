import type { TFunction } from 'i18next';
import { MIN_PASSPHRASE_CHARS } from './passphrase';

/** A setup form's field message: the schemas' keys (passphrase.ts) in the user's language. */
export function passphraseFieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('syncPage.') ? t(message, { min: MIN_PASSPHRASE_CHARS }) : t('validation.invalid');
}
