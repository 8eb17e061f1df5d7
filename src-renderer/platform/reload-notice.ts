const NOTICE_KEY = 'pr-desk.notice-after-reload';

/** What the window says once the app is on screen again. */
export interface StartNotice {
  message: string;
  /** teal: done; orange: not done, nothing lost, tried again later. */
  color: 'teal' | 'orange';
}

/**
 * Keeps a notice for the app to show once it is on screen (useNoticeAfterReload). The message
 * is the app's own text, never a person's data: session storage is a file on disk too.
 */
export function noticeAtStart(notice: StartNotice, storage: Pick<Storage, 'setItem'> = window.sessionStorage): void {
  storage.setItem(NOTICE_KEY, JSON.stringify(notice));
}

/** Starts the window again (the database files are rebuilt first, data/database-rebuild.ts) and says `message` once it is back. */
export function reloadWithNotice(message: string, storage: Pick<Storage, 'setItem'> = window.sessionStorage): void {
  noticeAtStart({ message, color: 'teal' }, storage);
  window.location.reload();
}

/** The notice kept for this start, once. */
export function takeNoticeAfterReload(storage: Pick<Storage, 'getItem' | 'removeItem'> = window.sessionStorage): StartNotice | null {
  const kept = storage.getItem(NOTICE_KEY);
  if (kept === null) return null;
  storage.removeItem(NOTICE_KEY);
  try {
    const notice = JSON.parse(kept) as Partial<StartNotice>;
    return typeof notice.message === 'string' ? { message: notice.message, color: notice.color === 'orange' ? 'orange' : 'teal' } : null;
  } catch {
    return null;
  }
}
