import type { TFunction } from 'i18next';
import { moduleFieldError } from '../../ui/field-error';

/** Shared `validation.*` keys, plus this module's own `privacy.validation.*` messages. */
export function privacyFieldError(t: TFunction, message: string | undefined): string | undefined {
  return moduleFieldError(t, message, 'privacy');
}
