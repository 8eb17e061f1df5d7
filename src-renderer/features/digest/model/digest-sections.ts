import type { DigestSectionContent } from '../../../../src-main/shared/domain/daily-digest';
import { formatThaiDateLong, formatThaiDateShort } from '../../../../src-main/shared/text/thai-date';
import type { AgendaItem } from '../../../data/agenda';

/** A release out since yesterday, with the outlets that used it. */
export interface DigestRelease {
  numberLabel: string;
  headline: string;
  /** Bangkok wall clock "YYYY-MM-DDTHH:MM" of publication. */
  publishedAt: string;
  outlets: string[];
}

export interface DigestIssue {
  title: string;
  items: number;
  /** Bangkok wall clock. */
  firstSeenAt: string;
  answered: boolean;
}

export interface DigestCrisis {
  title: string;
  date: string;
  openSteps: number;
}

export interface DigestComplaint {
  numberText: string;
  subject: string;
  /** Which limits are past: 'acknowledge' | 'result' | 'reply'. */
  overdue: ('acknowledge' | 'result' | 'reply')[];
}

/** Everything the digest of day `date` is built from, read by collect-digest.ts. */
export interface DigestFacts {
  date: string;
  today: AgendaItem[];
  tomorrow: AgendaItem[];
  releases: DigestRelease[];
  issues: DigestIssue[];
  crises: DigestCrisis[];
  complaints: DigestComplaint[];
}

export const SECTION_TITLES = {
  crisis: 'สถานการณ์วิกฤต',
  today: 'กำหนดการวันนี้',
  tomorrow: 'กำหนดการพรุ่งนี้',
  releases: 'ข่าวประชาสัมพันธ์ที่เผยแพร่ตั้งแต่เมื่อวาน',
  issues: 'ประเด็นข่าวเชิงลบที่ยังไม่ปิด',
  complaints: 'เรื่องร้องเรียนที่เกินกำหนด',
  note: 'หมายเหตุ',
} as const;

/** The limits as the complaints pages name them (ครบกำหนดแจ้งผู้ร้อง, ครบกำหนดยุติเรื่องร้องเรียน, ครบกำหนดหน่วยงานตอบกลับ). */
const LIMIT_TH = { acknowledge: 'แจ้งผู้ร้อง', result: 'ยุติเรื่อง', reply: 'หน่วยงานตอบกลับ' } as const;

/** "14.30 น." from a wall clock's time. */
const clock = (wallClock: string) => `${wallClock.slice(11, 13)}.${wallClock.slice(14, 16)} น.`;

/** One agenda line: "09.30 น. แถลงข่าว: …", an untimed one without the time. */
export function agendaLine(item: AgendaItem, kindLabel: (key: string) => string): string {
  const time = item.time ? `${item.time.replace(':', '.')} น. ` : '';
  return `${time}${kindLabel(item.kindKey)}: ${item.title}`;
}

function releaseLine(release: DigestRelease): string {
  const title = [release.numberLabel, release.headline].filter(Boolean).join(' ');
  const when = `เผยแพร่ ${formatThaiDateShort(release.publishedAt.slice(0, 10))} ${clock(release.publishedAt)}`;
  const outlets = [...new Set(release.outlets)];
  const used = outlets.length === 0 ? 'ยังไม่มีสื่อนำไปเผยแพร่' : `สื่อนำไปเผยแพร่ ${outlets.length} แห่ง: ${outlets.join(', ')}`;
  return `${title} — ${when} · ${used}`;
}

function issueLine(issue: DigestIssue): string {
  const seen = `พบเมื่อ ${formatThaiDateShort(issue.firstSeenAt.slice(0, 10))} ${clock(issue.firstSeenAt)}`;
  return `${issue.title} — ข่าว ${issue.items} ชิ้น · ${seen} · ${issue.answered ? 'ชี้แจงแล้ว' : 'ยังไม่ได้ชี้แจง'}`;
}

function crisisLine(crisis: DigestCrisis): string {
  const steps = crisis.openSteps === 0 ? 'ดำเนินการครบทุกขั้นตอนแล้ว' : `ขั้นตอนใน 48 ชั่วโมงแรกค้าง ${crisis.openSteps} ข้อ`;
  return `${crisis.title} (ตั้งแต่ ${formatThaiDateLong(crisis.date)}) · ${steps}`;
}

/** By number and subject only: the digest goes to a LINE group, never with the complainant (PDPA). */
function complaintLine(complaint: DigestComplaint): string {
  return `เรื่องที่ ${complaint.numberText} ${complaint.subject} — เกินกำหนด${complaint.overdue.map((k) => LIMIT_TH[k]).join(', ')}`;
}

/**
 * The digest's sections in the order the executives read them: a crisis first (only when there
 * is one), then today, tomorrow, what went out, what is said against the province, and
 * complaints past their limits. An empty section says so rather than disappearing, so a reader
 * knows it was looked at.
 */
export function buildDigestSections(facts: DigestFacts, kindLabel: (key: string) => string): DigestSectionContent[] {
  const section = (key: Exclude<keyof typeof SECTION_TITLES, 'note'>, lines: string[], empty: string): DigestSectionContent => ({
    key,
    title: SECTION_TITLES[key],
    lines: lines.length > 0 ? lines : [empty],
  });
  const sections: DigestSectionContent[] = [];
  if (facts.crises.length > 0) sections.push(section('crisis', facts.crises.map(crisisLine), ''));
  const byTime = (a: AgendaItem, b: AgendaItem) => (a.time ?? '').localeCompare(b.time ?? '') || a.title.localeCompare(b.title, 'th') || a.key.localeCompare(b.key);
  sections.push(
    section('today', [...facts.today].sort(byTime).map((item) => agendaLine(item, kindLabel)), 'ไม่มีกำหนดการ'),
    section('tomorrow', [...facts.tomorrow].sort(byTime).map((item) => agendaLine(item, kindLabel)), 'ไม่มีกำหนดการ'),
    section(
      'releases',
      [...facts.releases].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)).map(releaseLine),
      'ไม่มีข่าวประชาสัมพันธ์เผยแพร่',
    ),
    section(
      'issues',
      [...facts.issues].sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt)).map(issueLine),
      'ไม่มีประเด็นข่าวเชิงลบที่ยังไม่ปิด',
    ),
    section('complaints', facts.complaints.map(complaintLine), 'ไม่มีเรื่องร้องเรียนที่เกินกำหนด'),
  );
  return sections;
}
