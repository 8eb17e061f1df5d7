import { describe, expect, it } from 'vitest';
import { buildDigestSections, type DigestFacts } from './digest-sections';
import { LINE_MESSAGE_LIMIT, digestLineMessages } from './line-text';

const KINDS: Record<string, string> = { 'dashboard.agenda.kinds.conference': 'แถลงข่าว', 'dashboard.agenda.kinds.taskDue': 'ครบกำหนดงาน', 'dashboard.agenda.kinds.event': 'งานที่หน่วยงานขอรับบริการ' };
const label = (key: string) => KINDS[key] ?? key;

const facts: DigestFacts = {
  date: '2026-12-07',
  today: [
    { key: 'c:1', date: '2026-12-07', time: '14:00', kindKey: 'dashboard.agenda.kinds.conference', title: 'แถลงสถานการณ์น้ำ', to: '/' },
    { key: 't:1', date: '2026-12-07', time: null, kindKey: 'dashboard.agenda.kinds.taskDue', title: 'สรุปภาพข่าว', to: '/', deadline: true },
  ],
  tomorrow: [{ key: 'e:1', date: '2026-12-08', time: '09:30', kindKey: 'dashboard.agenda.kinds.event', title: 'ตรวจเยี่ยมพื้นที่', to: '/' }],
  releases: [{ numberLabel: 'ข่าวที่ 5/2570', headline: 'เปิดศูนย์พักพิง', publishedAt: '2026-12-06T16:05', outlets: ['ไทยรัฐ', 'ข่าวสด', 'ไทยรัฐ'] }],
  issues: [{ title: 'ข่าวลือเขื่อนแตก', items: 4, firstSeenAt: '2026-12-06T20:15', answered: false }],
  crises: [],
  complaints: [{ numberText: '12/2570', subject: 'ไฟถนนชำรุด', overdue: ['result', 'reply'] }],
};

describe('buildDigestSections', () => {
  it('writes each section line by line, untimed before timed, outlets once each', () => {
    const sections = buildDigestSections(facts, label);
    expect(sections.map((s) => s.key)).toEqual(['today', 'tomorrow', 'releases', 'issues', 'complaints']);
    expect(sections[0]?.lines).toEqual(['ครบกำหนดงาน: สรุปภาพข่าว', '14.00 น. แถลงข่าว: แถลงสถานการณ์น้ำ']);
    expect(sections[1]?.lines).toEqual(['09.30 น. งานที่หน่วยงานขอรับบริการ: ตรวจเยี่ยมพื้นที่']);
    expect(sections[2]?.lines).toEqual(['ข่าวที่ 5/2570 เปิดศูนย์พักพิง — เผยแพร่ 6 ธ.ค. 2569 16.05 น. · สื่อนำไปเผยแพร่ 2 แห่ง: ไทยรัฐ, ข่าวสด']);
    expect(sections[3]?.lines).toEqual(['ข่าวลือเขื่อนแตก — ข่าว 4 ชิ้น · พบเมื่อ 6 ธ.ค. 2569 20.15 น. · ยังไม่ได้ชี้แจง']);
    expect(sections[4]?.lines).toEqual(['เรื่องที่ 12/2570 ไฟถนนชำรุด — เกินกำหนดยุติเรื่อง, หน่วยงานตอบกลับ']);
  });

  it('says an empty section is empty, puts a crisis first, and leaves it out when there is none', () => {
    const empty = buildDigestSections({ ...facts, today: [], tomorrow: [], releases: [], issues: [], complaints: [] }, label);
    expect(empty.map((s) => s.lines[0])).toEqual(['ไม่มีกำหนดการ', 'ไม่มีกำหนดการ', 'ไม่มีข่าวประชาสัมพันธ์เผยแพร่', 'ไม่มีประเด็นข่าวเชิงลบที่ยังไม่ปิด', 'ไม่มีเรื่องร้องเรียนที่เกินกำหนด']);
    const crisis = buildDigestSections({ ...facts, crises: [{ title: 'น้ำท่วมฉับพลัน', date: '2026-12-06', openSteps: 2 }] }, label);
    expect(crisis[0]).toEqual({ key: 'crisis', title: 'สถานการณ์วิกฤต', lines: ['น้ำท่วมฉับพลัน (ตั้งแต่ 6 ธันวาคม 2569) · ขั้นตอนใน 48 ชั่วโมงแรกค้าง 2 ข้อ'] });
  });
});

describe('digestLineMessages', () => {
  it('is one message with the day in พ.ศ. and bullets', () => {
    const [message, ...more] = digestLineMessages({ date: '2026-12-07', sections: buildDigestSections(facts, label) }, 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา');
    expect(more).toEqual([]);
    expect(message?.split('\n').slice(0, 5)).toEqual(['สรุปข่าวประจำวัน วันจันทร์ที่ 7 ธันวาคม 2569', 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', '', '1. กำหนดการวันนี้', '• ครบกำหนดงาน: สรุปภาพข่าว']);
  });

  it('cuts a long digest into numbered parts between lines, each within LINE’s limit, losing nothing', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `ข่าวที่ ${i + 1}/2570 ${'ก'.repeat(80)}`);
    const huge = 'ฮ'.repeat(12_000);
    const messages = digestLineMessages({ date: '2026-12-07', sections: [{ key: 'releases', title: 'ข่าว', lines: [...lines, huge] }] }, 'สำนักงาน');
    expect(messages.length).toBeGreaterThan(3);
    messages.forEach((m, i) => {
      expect(m.length).toBeLessThanOrEqual(LINE_MESSAGE_LIMIT);
      expect(m.startsWith(`(${i + 1}/${messages.length})\n`)).toBe(true);
    });
    const joined = messages.map((m) => m.replace(/^\(\d+\/\d+\)\n/, '')).join('\n');
    for (const line of lines) expect(joined).toContain(`• ${line}`);
    expect(joined.replace(/\n/g, '').match(/ฮ/g)).toHaveLength(12_000);
  });
});
