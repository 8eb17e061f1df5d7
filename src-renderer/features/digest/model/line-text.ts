import type { DigestSectionContent } from '../../../../src-main/shared/domain/daily-digest';
import { DAILY_DIGEST_TITLE, thaiDayHeading } from '../../../../src-main/shared/pdf/daily-digest';

/** LINE cuts a text message at 5,000 characters. */
export const LINE_MESSAGE_LIMIT = 5_000;
/** Room for the "(2/3)" mark a part starts with. */
const PART_MARK_ROOM = 12;

/**
 * The digest as text to paste into the executives' LINE group: the title, the day and the
 * office, then each section with "• " bullets. A digest longer than one LINE message is cut
 * into numbered parts between lines (never inside one), each part under the limit.
 */
export function digestLineMessages(digest: { date: string; sections: readonly DigestSectionContent[] }, officeName: string): string[] {
  const blocks = [
    `${DAILY_DIGEST_TITLE} ${thaiDayHeading(digest.date)}\n${officeName}`,
    ...digest.sections.flatMap((section, i) => [`\n${i + 1}. ${section.title}`, ...section.lines.map((line) => `• ${line}`)]),
  ];
  const whole = blocks.join('\n');
  if (whole.length <= LINE_MESSAGE_LIMIT) return [whole];
  const room = LINE_MESSAGE_LIMIT - PART_MARK_ROOM;
  const parts: string[] = [];
  let current = '';
  for (const raw of blocks) {
    // A single line longer than a message (a pasted paragraph) is cut at the limit.
    for (let start = 0; start < raw.length || start === 0; start += room) {
      const block = raw.slice(start, start + room);
      const next = current ? `${current}\n${block}` : block;
      if (next.length > room && current) {
        parts.push(current);
        current = block;
      } else current = next;
      if (raw.length === 0) break;
    }
  }
  if (current) parts.push(current);
  return parts.map((part, i) => `(${i + 1}/${parts.length})\n${part}`);
}
