import { neutraliseExecutableEnding, withoutInvisibleCharacters } from '../../shared/files/safe-file-name';
import { formatThaiDateShort, formatThaiTime } from '../../shared/text/thai-date';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A file or folder name every system accepts: characters Windows forbids (and control
 * characters) become "_", and trailing dots and spaces are closed with a bracketed suffix,
 * because Windows silently strips them ("14.30 น." would become "14.30 น" on disk and the
 * path we report would not exist). Like every name main writes (shared/files/safe-file-name.ts),
 * it never ends in a program extension (".app" would make macOS show the folder as a program)
 * and holds no invisible characters.
 */
export function safeFileName(name: string): string {
  let safe = [...withoutInvisibleCharacters(name)].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').trim();
  if (safe.length === 0) safe = 'PR Desk';
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  return neutraliseExecutableEnding(safe.slice(0, 150));
}

/**
 * "PR Desk สำรอง 5 ธ.ค. 2569 14.30 น. (ชุดที่ 12)": the backup's date in the Buddhist era, as
 * staff would write it; the set's number closes the name (so it does not end in a dot).
 */
export function exportFolderName(createdAt: Date, seq: number): string {
  return safeFileName(`PR Desk สำรอง ${formatThaiDateShort(createdAt)} ${formatThaiTime(createdAt)} (ชุดที่ ${seq})`);
}
