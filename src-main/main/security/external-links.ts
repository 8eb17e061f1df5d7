/**
 * Hosts the office legitimately opens in the system browser (government news and
 * the channels it publishes on). Everything else is refused: a link in a pasted news
 * text must never open an arbitrary URL or a local file.
 */
export const EXTERNAL_LINK_ALLOW_LIST = [
  'prd.go.th',
  'thainews.prd.go.th',
  'thailand.go.th',
  'line.me',
  'facebook.com',
  'youtube.com',
] as const;

export function isAllowedExternalUrl(raw: string, allowList: readonly string[] = EXTERNAL_LINK_ALLOW_LIST): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return allowList.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
