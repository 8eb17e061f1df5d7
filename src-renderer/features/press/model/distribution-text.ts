import type { PressRelease } from '../../../../src-main/shared/domain/press';

type ReleaseText = Pick<PressRelease, 'numberLabel' | 'headline' | 'dateline' | 'lead' | 'body' | 'quotes' | 'tags'>;

/** LINE cuts a text message at 5,000 characters; Facebook posts allow far more. */
export const LINE_MAX_CHARS = 5_000;
export const FACEBOOK_MAX_CHARS = 63_206;

function hashtag(tag: string): string {
  return `#${tag.replace(/[\s#]+/g, '')}`;
}

function paragraphs(release: ReleaseText): string[] {
  const lead = release.dateline && release.lead ? `${release.dateline} - ${release.lead}` : release.lead || (release.dateline ? `${release.dateline} -` : '');
  return [lead, release.body, ...release.quotes.map((q) => `"${q.text}" ${q.speaker}`)].filter(Boolean);
}

/** For a LINE group: number, headline, text, the office's name at the foot, no markup. */
export function lineText(release: ReleaseText, officeName: string): string {
  return [[release.numberLabel, release.headline].filter(Boolean).join('\n'), ...paragraphs(release), officeName ? `ข่าว: ${officeName}` : ''].filter(Boolean).join('\n\n');
}

/** For the office's Facebook page: as LINE, with the tags as hashtags. */
export function facebookText(release: ReleaseText, officeName: string): string {
  const tags = release.tags.map(hashtag).join(' ');
  return [lineText(release, officeName), tags].filter(Boolean).join('\n\n');
}

/** An e-mail: a subject line and a body that starts with a greeting. */
export function emailText(release: ReleaseText, officeName: string): { subject: string; body: string } {
  const subject = [release.numberLabel, release.headline].filter(Boolean).join(' ');
  const body = ['เรียน สื่อมวลชน', `${officeName || 'สำนักงานประชาสัมพันธ์จังหวัด'} ขอส่งข่าวประชาสัมพันธ์เพื่อโปรดพิจารณาเผยแพร่`, release.headline, ...paragraphs(release), 'ขอแสดงความนับถือ', officeName].filter(Boolean).join('\n\n');
  return { subject, body };
}

/** Characters as the apps count them (UTF-16 units, so every Thai vowel and tone mark counts). */
export function charCount(text: string): number {
  return text.length;
}
