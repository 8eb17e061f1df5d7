import type { TFunction } from 'i18next';
import { fieldError } from '../../ui/field-error';

/** Shared `validation.*` keys, plus this module's own `complaints.validation.*` messages. */
export function complaintFieldError(t: TFunction, message: string | undefined): string | undefined {
  if (message?.startsWith('complaints.validation.')) return t(message);
  return fieldError(t, message);
}
