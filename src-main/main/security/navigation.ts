import { isAllowedExternalUrl } from './external-links';

/** In-app navigation may only stay on our own origin (app://prdesk in the app). */
export function isAllowedNavigation(target: string, appOrigin: { protocol: string; host: string }): boolean {
  try {
    const url = new URL(target);
    return url.protocol === appOrigin.protocol && url.host === appOrigin.host;
  } catch {
    return false;
  }
}

/**
 * `setWindowOpenHandler`: PR Desk never opens a second window. An allow-listed https link is
 * handed to the system browser instead; anything else is dropped.
 */
export function createWindowOpenHandler(openExternal: (url: string) => void) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  };
}

/**
 * `will-navigate` / `will-redirect` of a window that shows one document (the print viewer): the
 * page may not go anywhere by itself, not even to another local file. Main's own `loadURL`
 * does not raise these events, so the document still loads.
 */
export function refuseNavigation(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/**
 * `setWindowOpenHandler` of a window that opens nothing at all (the print viewer): a link in a
 * PDF neither opens a window nor reaches the system browser.
 */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}
