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
