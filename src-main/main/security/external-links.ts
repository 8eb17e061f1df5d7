/**
 * Hosts PR Desk may hand to the system browser: through `shell:open-external`, or a link the
 * window tries to open (setWindowOpenHandler in navigation.ts). Everything else is refused: a
 * link in a pasted news text, a PDF or a synced record must never open an arbitrary URL or a
 * local file.
 *
 * **Empty on purpose.** Reviewed for issue 19 against every place the renderer could open a link
 * (`shellOpenExternal`, `window.open`, `target="_blank"` anchors, an `<Anchor href>` to a web
 * address): there is none. The only web addresses on screen, a media pickup's URL
 * (PickupPanel.tsx), are shown as text to copy, never opened. The five hosts listed before
 * (`.prd.go.th`, `.thailand.go.th`, `line.me`, `www.facebook.com`, `www.youtube.com`) were
 * opened by nothing, so a compromised renderer was the only thing they served.
 *
 * To add a link that a screen opens: add its host here with a comment naming the screen and why
 * the office needs it, and an "opens" and a "refuses" case in links-and-navigation.test.ts.
 * Rules: https only; an exact host ("www.example.go.th") unless every subdomain belongs to the
 * government (".example.go.th", with the leading dot); never a host that serves an open
 * redirector (l.facebook.com, www.youtube.com/redirect, www.google.com/url, t.co, bit.ly,
 * lin.ee), since it forwards anywhere.
 */
export const EXTERNAL_LINK_ALLOW_LIST: readonly string[] = [];

function hostAllowed(host: string, allowed: string): boolean {
  if (allowed.startsWith('.')) return host === allowed.slice(1) || host.endsWith(allowed);
  return host === allowed;
}

/**
 * Whether `raw` may be opened in the system browser. The URL is parsed the way Chromium parses
 * it (WHATWG): backslashes, percent-encoded dots, upper case and Unicode look-alike hosts (as
 * punycode, "xn--…") are resolved before the host is compared, so `https://evil.example\@host/`
 * or a Cyrillic "о" cannot pass for an allowed host. Refused outright: anything but https:,
 * a user name or password ("https://host@evil.example/"), a port, a host ending in a dot, and
 * anything when the list is empty.
 */
export function isAllowedExternalUrl(raw: string, allowList: readonly string[] = EXTERNAL_LINK_ALLOW_LIST): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  if (host === '' || host.endsWith('.')) return false;
  return allowList.some((allowed) => hostAllowed(host, allowed.toLowerCase()));
}
