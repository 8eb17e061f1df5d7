const NOTICE_KEY = 'pr-desk.notice-after-reload';

/**
 * Starts the window again (the database files are rebuilt first, app/database-rebuild.ts) and
 * says `message` once it is back. The message is the app's own text, never a person's data:
 * session storage is a file on disk too.
 */
export function reloadWithNotice(message: string, storage: Pick<Storage, 'setItem'> = window.sessionStorage): void {
  storage.setItem(NOTICE_KEY, message);
  window.location.reload();
}

/** The message a reload was asked to say, once. */
export function takeNoticeAfterReload(storage: Pick<Storage, 'getItem' | 'removeItem'> = window.sessionStorage): string | null {
  const message = storage.getItem(NOTICE_KEY);
  if (message !== null) storage.removeItem(NOTICE_KEY);
  return message;
}
