/** Which frame sent an IPC message, as main sees it (Electron's `event.senderFrame`). */
export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

export interface TrustedOrigin {
  /** With the colon, as URL.protocol gives it: `app:` in the app, `http:` in E2E. */
  protocol: string;
  host: string;
}

/**
 * Only our own top-level page may call main. Protocol and host are compared instead of
 * `URL.origin` because Node reports the origin of a custom scheme (`app://prdesk`) as "null".
 */
export function isTrustedSender(sender: SenderInfo, trusted: TrustedOrigin): boolean {
  if (!sender.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return url.protocol === trusted.protocol && url.host === trusted.host && !url.username && !url.password;
}
