import type { TFunction } from 'i18next';
import { fieldError } from '../../ui/field-error';

/** Shared `validation.*` keys as everywhere, plus this module's own `press.validation.*`. */
export function pressFieldError(t: TFunction, message: string | undefined): string | undefined {
  return message?.startsWith('press.validation.') ? t(message) : fieldError(t, message);
}
