/**
 * Hosts the office legitimately opens in the system browser (government news and
 * the channels it publishes on). Everything else is refused: a link in a pasted news
 * text must never open an arbitrary URL or a local file.
 */
export const EXTERNAL_LINK_ALLOW_LIST = [
  // A leading dot means the domain and its subdomains (government domains only).
  '.prd.go.th',
  '.thailand.go.th',
  // Exact hosts: the bare social domains also serve open redirectors (l.facebook.com,
  // youtube.com/redirect) that could forward anywhere.
  'line.me',
  'www.facebook.com',
  'www.youtube.com',
] as const;

function hostAllowed(host: string, allowed: string): boolean {
  if (allowed.startsWith('.')) return host === allowed.slice(1) || host.endsWith(allowed);
  return host === allowed;
}

export function isAllowedExternalUrl(raw: string, allowList: readonly string[] = EXTERNAL_LINK_ALLOW_LIST): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return allowList.some((allowed) => hostAllowed(host, allowed));
}
