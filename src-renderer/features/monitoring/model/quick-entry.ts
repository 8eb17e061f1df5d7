import type { MediaSourceKind } from '../../../../src-main/shared/domain/media-monitoring';
import type { OutletKind } from '../../../../src-main/shared/domain/media';
import { readThaiDate, readThaiTime } from '../../../../src-main/shared/text/thai-date-input';
import { fromThaiDigits } from '../../../../src-main/shared/text/thai-digits';
import { THAI_MONTHS_LONG, THAI_MONTHS_SHORT } from '../../../../src-main/shared/text/thai-date';
import { KNOWN_OUTLETS, OUTLET_SOURCE_KIND, hostIn } from './known-outlets';

/** An outlet of the office's media network, as the quick entry matches it by its website. */
export interface NetworkOutlet {
  id: string;
  name: string;
  kind: OutletKind;
  website: string;
}

/**
 * What a pasted link or text says about a media item. Everything is a suggestion the form
 * shows for a person to check; nothing is fetched (offline, no scraping).
 *
 * The tone is never guessed: whether news is good or bad for the province depends on who it is
 * about and what the office knows, which no word list reads reliably, and a wrong guess that
 * looks filled in would go into the spokesperson team's report unchecked.
 */
export interface QuickEntry {
  /** The first web link, '' when none (or only refused ones). */
  url: string;
  /** Links found that are not http(s) (javascript:, data:, file:) or not valid: never kept. */
  refusedLinks: number;
  sourceKind: MediaSourceKind | null;
  outletId: string | null;
  outletName: string;
  headline: string;
  summary: string;
  /** Bangkok wall clock YYYY-MM-DDTHH:MM: a date written in the text (not after now), else now. */
  publishedAt: string;
  /** True when publishedAt was read from the text, false when it is now. */
  dateFromText: boolean;
}

/** A paste is a message or an article's opening: more is cut, so a huge paste cannot stall the form. */
export const MAX_PASTE = 20_000;
const HEADLINE_MAX = 500;
const SUMMARY_MAX = 5_000;

// C0/C1 controls and bidi overrides (which can make a link read other than it is), tabs and newlines kept.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LINK = /\b[a-z][a-z0-9+.-]{1,20}:\/?\/?[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}»”’'"]+$/;

function clean(text: string): string {
  return text.slice(0, MAX_PASTE).replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

interface Link {
  url: URL;
  text: string;
}

/** Web links in the text in order; the count of others (javascript:, data:…) refused. */
function findLinks(text: string): { links: Link[]; refused: number } {
  const links: Link[] = [];
  let refused = 0;
  for (const match of text.matchAll(LINK)) {
    const raw = match[0].replace(TRAILING, '');
    // "Source:Reuters" is not a link: only "scheme://" or a scheme that runs or reads something counts.
    if (!/^(?:[a-z][a-z0-9+.-]*:\/\/|(?:javascript|vbscript|data|file|blob):)/i.test(raw)) continue;
    const url = parseUrl(raw);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && raw.length <= 2_000) links.push({ url, text: url.href });
    else refused += 1;
  }
  return { links, refused };
}

interface Source {
  kind: MediaSourceKind;
  outletId: string | null;
  outletName: string;
}

/** The office's own outlet first (it has an id), else the longest known domain that matches. */
function sourceOf(url: URL, outlets: readonly NetworkOutlet[]): Source | null {
  for (const outlet of outlets) {
    const host = websiteHost(outlet.website);
    if (host && hostIn(url.hostname, host)) return { kind: OUTLET_SOURCE_KIND[outlet.kind], outletId: outlet.id, outletName: outlet.name };
  }
  const known = KNOWN_OUTLETS.filter((k) => hostIn(url.hostname, k.domain)).sort((a, b) => b.domain.length - a.domain.length)[0];
  return known ? { kind: known.kind, outletId: null, outletName: known.name } : null;
}

/** A network outlet's website as typed ("www.x.go.th", "https://x.go.th/news") to its host. */
function websiteHost(website: string): string | null {
  const typed = website.trim();
  if (!typed) return null;
  return parseUrl(/^https?:\/\//i.test(typed) ? typed : `https://${typed}`)?.hostname ?? null;
}

const MONTH_NAMES = [...THAI_MONTHS_LONG, ...THAI_MONTHS_SHORT].map((m) => m.replace(/\./g, '\\.?')).sort((a, b) => b.length - a.length);
const NAMED_DATE = new RegExp(`(\\d{1,2})\\s*(${MONTH_NAMES.join('|')})\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?(\\d{4}|\\d{2})(?!\\d)`, 'g');
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
const TIME = /(?:เวลา\s*)?(?<!\d)(\d{1,2}[.:]\d{2})\s*(?:น\.|นาฬิกา)/;

/**
 * The first date written in the text that is not after today: a later one is an event the news
 * announces, not when it was published. พ.ศ. years as the office writes them; a four-digit ค.ศ.
 * year (copied from an English page) is read as ค.ศ.
 */
function dateInText(text: string, today: string): string | null {
  const digits = fromThaiDigits(text);
  const found: { at: number; iso: string }[] = [];
  for (const pattern of [NAMED_DATE, NUMERIC_DATE]) {
    for (const match of digits.matchAll(pattern)) {
      const read = readThaiDate(match[0]);
      if ((read.kind === 'date' || read.kind === 'ce-year') && read.iso <= today) found.push({ at: match.index, iso: read.iso });
    }
  }
  return found.sort((a, b) => a.at - b.at)[0]?.iso ?? null;
}

function headlineOf(lines: readonly string[]): string {
  for (const line of lines) {
    const words = line.replace(LINK, ' ').replace(/\s+/g, ' ').trim();
    // A line with no letter (only a link, an emoji row, "----") is not a headline.
    if (/[\p{L}\p{N}]/u.test(words)) return words.slice(0, HEADLINE_MAX);
  }
  return '';
}

/**
 * Reads a pasted link and/or text (a LINE message with a link, an article's opening, a bare
 * URL) into suggestions for the media item form. `now` is the Bangkok wall clock
 * (YYYY-MM-DDTHH:MM) used when the text names no date.
 */
export function readQuickEntry(pasted: string, outlets: readonly NetworkOutlet[], now: string): QuickEntry {
  const text = clean(pasted);
  const { links, refused } = findLinks(text);
  const first = links[0];
  const source = first ? sourceOf(first.url, outlets) : null;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const today = now.slice(0, 10);
  const date = dateInText(text, today);
  const time = TIME.exec(fromThaiDigits(text));
  const clock = (time && readThaiTime(time[1] ?? '')) ?? '00:00';
  const summary = lines.join('\n').slice(0, SUMMARY_MAX);
  return {
    url: first?.text ?? '',
    refusedLinks: refused,
    sourceKind: source?.kind ?? null,
    outletId: source?.outletId ?? null,
    outletName: source?.outletName ?? '',
    headline: headlineOf(lines),
    // A bare link says nothing more than itself: no summary then.
    summary: lines.every((line) => line.replace(LINK, '').trim() === '') ? '' : summary,
    publishedAt: date ? `${date}T${clock}` : now,
    dateFromText: date !== null,
  };
}
