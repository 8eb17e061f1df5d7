import type { TFunction } from 'i18next';
import { moduleFieldError } from '../../ui/field-error';

/** Shared `validation.*` keys, plus this module's own `complaints.validation.*` messages. */
export function complaintFieldError(t: TFunction, message: string | undefined): string | undefined {
  return moduleFieldError(t, message, 'complaints');
}
