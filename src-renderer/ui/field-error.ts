import type { TFunction } from 'i18next';
import { permissionDenial, permissionText } from './permission-text';

/**
 * Zod messages in our schemas are i18n keys (`validation.*`); anything else (a zod default)
 * becomes the generic "check this field" text rather than English developer wording.
 */
export function fieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('validation.') ? t(message) : t('validation.invalid');
}

/** `fieldError`, plus a module's own messages (`complaints.validation.*`, `privacy.validation.*`). */
export function moduleFieldError(t: TFunction, message: string | undefined, module: string): string | undefined {
  if (message?.startsWith(`${module}.validation.`)) return t(message);
  return fieldError(t, message);
}

/** A failed save in the user's language: the IPC code's text, or the generic one. */
export function saveErrorText(t: TFunction, error: unknown): string {
  if (isDiskFull(error)) return t('errors.diskFull');
  const denial = permissionDenial(error);
  if (denial) return permissionText(t, denial);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return t(`errors.ipc.${code}`, { defaultValue: t('errors.ipc.internal') });
  if ((error as { name?: unknown } | null)?.name === 'ZodError') return t('validation.invalid');
  return t('errors.ipc.internal');
}

/**
 * IndexedDB on a full disk: Chromium aborts the transaction with a QuotaExceededError inside
 * (Dexie reports AbortError whose `inner` or message names it). Nothing was written.
 */
export function isDiskFull(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown; inner?: { name?: unknown; message?: unknown } } | null;
  const says = (message: unknown) => typeof message === 'string' && DISK_FULL_WORDS.test(message);
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError' || says(e?.message) || says(e?.inner?.message);
}

/**
 * How Chromium words a full disk: QuotaExceededError, or — when LevelDB cannot append to its log
 * — an AbortError "UnknownError Connection is closing because of: IO error: …
 * FILE_ERROR_NO_SPACE" (seen in E2E on a full tmpfs; the connection closes and Dexie reopens).
 */
const DISK_FULL_WORDS = /QuotaExceededError|FILE_ERROR_NO_SPACE|No space left on device/;
