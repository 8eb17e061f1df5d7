import type { MediaSourceKind } from '../../../../src-main/shared/domain/media-monitoring';
import type { OutletKind } from '../../../../src-main/shared/domain/media';

export interface KnownOutlet {
  /** The registrable domain; its subdomains match too (m., www., news.). */
  domain: string;
  name: string;
  kind: MediaSourceKind;
}

/**
 * Common Thai outlets and platforms by the host of a pasted link. A link is what was read, so a
 * newspaper's site is online news; TV stations' sites mostly carry their programmes' clips, so
 * they stay TV. Social platforms name the platform only: the page or account in the path may be
 * a private person's (PDPA), and staff type the page name themselves when it is an agency's.
 * More specific domains first (today.line.me before line.me).
 */
export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { domain: 'thairath.co.th', name: 'ไทยรัฐออนไลน์', kind: 'online' },
  { domain: 'khaosod.co.th', name: 'ข่าวสดออนไลน์', kind: 'online' },
  { domain: 'matichon.co.th', name: 'มติชนออนไลน์', kind: 'online' },
  { domain: 'dailynews.co.th', name: 'เดลินิวส์ออนไลน์', kind: 'online' },
  { domain: 'bangkokpost.com', name: 'Bangkok Post', kind: 'online' },
  { domain: 'nationthailand.com', name: 'Nation Thailand', kind: 'online' },
  { domain: 'komchadluek.net', name: 'คมชัดลึกออนไลน์', kind: 'online' },
  { domain: 'thansettakij.com', name: 'ฐานเศรษฐกิจ', kind: 'online' },
  { domain: 'prachachat.net', name: 'ประชาชาติธุรกิจ', kind: 'online' },
  { domain: 'sanook.com', name: 'Sanook', kind: 'online' },
  { domain: 'prd.go.th', name: 'กรมประชาสัมพันธ์', kind: 'online' },
  { domain: 'thaipbs.or.th', name: 'ไทยพีบีเอส', kind: 'tv' },
  { domain: 'ch3plus.com', name: 'ช่อง 3', kind: 'tv' },
  { domain: 'ch7.com', name: 'ช่อง 7HD', kind: 'tv' },
  { domain: 'mcot.net', name: 'อสมท', kind: 'tv' },
  { domain: 'amarintv.com', name: 'อมรินทร์ทีวี', kind: 'tv' },
  { domain: 'one31.net', name: 'ช่องวัน 31', kind: 'tv' },
  { domain: 'pptvhd36.com', name: 'PPTV HD 36', kind: 'tv' },
  { domain: 'nbt.prd.go.th', name: 'สถานีวิทยุโทรทัศน์แห่งประเทศไทย (NBT)', kind: 'tv' },
  { domain: 'facebook.com', name: 'Facebook', kind: 'social' },
  { domain: 'fb.watch', name: 'Facebook', kind: 'social' },
  { domain: 'fb.com', name: 'Facebook', kind: 'social' },
  { domain: 'instagram.com', name: 'Instagram', kind: 'social' },
  { domain: 'tiktok.com', name: 'TikTok', kind: 'social' },
  { domain: 'youtube.com', name: 'YouTube', kind: 'social' },
  { domain: 'youtu.be', name: 'YouTube', kind: 'social' },
  { domain: 'x.com', name: 'X (Twitter)', kind: 'social' },
  { domain: 'twitter.com', name: 'X (Twitter)', kind: 'social' },
  { domain: 'threads.net', name: 'Threads', kind: 'social' },
  { domain: 'today.line.me', name: 'LINE TODAY', kind: 'online' },
  { domain: 'line.me', name: 'LINE', kind: 'line' },
  { domain: 'lin.ee', name: 'LINE', kind: 'line' },
  { domain: 'pantip.com', name: 'Pantip', kind: 'social' },
];

/** The media network's outlet kinds as a source of news. */
export const OUTLET_SOURCE_KIND: Record<OutletKind, MediaSourceKind> = {
  tv: 'tv',
  radio: 'radio',
  'community-radio': 'radio',
  print: 'newspaper',
  online: 'online',
  page: 'social',
};

/** A host without "www." or "m.", lowercase (URL already gives IDN hosts in punycode). */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^(www|m|mobile)\./, '');
}

/** Does `host` belong to `domain` (itself or a subdomain)? "evilthairath.co.th" does not. */
export function hostIn(host: string, domain: string): boolean {
  const bare = bareHost(host);
  const want = bareHost(domain);
  return want !== '' && (bare === want || bare.endsWith(`.${want}`));
}
