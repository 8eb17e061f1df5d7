import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { IpcError } from '../platform';
import { saveErrorText } from './field-error';

// The notices every page shows after a save or a call to main, worded once so they read alike.

/**
 * A call to main that failed, in the user's language (`errors.ipc.<code>`; anything that is not an
 * IpcError says 'internal'). Closing a save or print dialog ('cancelled') is not a failure: no notice.
 */
export function notifyIpcError(t: TFunction, error: unknown, title?: string): void {
  const code = error instanceof IpcError ? error.code : 'internal';
  if (code !== 'cancelled') notifications.show({ color: 'red', title, message: t(`errors.ipc.${code}`) });
}

/** A save the database or main refused: "บันทึกไม่สำเร็จ" and why. */
export function notifySaveFailed(t: TFunction, error: unknown): void {
  notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
}

/** A file main saved through its save dialog, and where it went. */
export function notifyFileSaved(t: TFunction, filePath: string): void {
  notifications.show({ color: 'teal', message: t('common.fileSaved', { path: filePath }) });
}

/**
 * Saves a file through main's save dialog and says how it went: where it went, or why not (a
 * closed dialog says nothing). Never throws, so a caller's busy flag always comes down after it.
 */
export async function saveFileWithNotice(t: TFunction, save: () => Promise<{ filePath: string }>): Promise<void> {
  try {
    notifyFileSaved(t, (await save()).filePath);
  } catch (error) {
    notifyIpcError(t, error);
  }
}
