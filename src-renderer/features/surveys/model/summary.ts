import type { SurveyStats } from './statistics';

/** Thai number as reports print it: 2 decimals. */
export function fixed2(value: number): string {
  return value.toFixed(2);
}

interface Ranked {
  name: string;
  /** The mean as printed: ties are judged on what the table shows. */
  mean: number;
  band: string;
}

/**
 * The highest and lowest of two or more ranked means, every one tied at each end (on the printed
 * 2-decimal mean, in hundredths); 'equal' when all are the same; null with fewer than two.
 */
function extremes(list: readonly Ranked[]): { high: [Ranked, ...Ranked[]]; low: [Ranked, ...Ranked[]] } | 'equal' | null {
  if (list.length < 2) return null;
  const key = (r: Ranked) => Math.round(r.mean * 100);
  const max = Math.max(...list.map(key));
  const min = Math.min(...list.map(key));
  if (max === min) return 'equal';
  const high = list.filter((r) => key(r) === max);
  const low = list.filter((r) => key(r) === min);
  const [h, ...hs] = high;
  const [l, ...ls] = low;
  return h && l ? { high: [h, ...hs], low: [l, ...ls] } : null;
}

/** "ก", "ก และข", "ก, ข และค" (labels of one question join without spaces: "ชายและหญิง"). */
function joinThai(names: readonly string[], space = ' '): string {
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(space ? ', ' : ' ')}${space}และ${names[names.length - 1] ?? ''}`;
}

/** A frequency row as the bar chart labels it: "13.33% (2)". */
export function percentLabel(row: { percent: number; count: number }): string {
  return `${fixed2(row.percent)}% (${row.count})`;
}

/**
 * The auto-written paragraph a Thai evaluation report opens its results with (สรุปผล):
 * who answered (the largest group of each profile question), the overall level, the
 * highest and lowest sections and items. Written from the statistics only, so it never
 * says more than the tables show: groups of the same size and means that print the same are named
 * together as equal (issue 22), never one of them as "the highest".
 */
export function writeThaiSummary(title: string, stats: SurveyStats): string {
  if (stats.respondents === 0) return `ยังไม่มีแบบสอบถาม${title}ที่บันทึกสมบูรณ์ จึงยังสรุปผลไม่ได้`;
  const parts: string[] = [`ผลการสำรวจ${title} จากผู้ตอบแบบสอบถามทั้งสิ้น ${stats.respondents.toLocaleString('th-TH')} คน`];
  const profile = stats.questions.filter((q) => q.question.profile && q.n > 0);
  const mostly: string[] = [];
  const equal: string[] = [];
  for (const q of profile) {
    const max = Math.max(0, ...q.rows.map((r) => r.count));
    const top = q.rows.filter((r) => r.count === max);
    const first = top[0];
    if (!first || max === 0) continue;
    const space = /^[0-9A-Za-z]/.test(first.label) ? ' ' : '';
    // Two groups of the same size: neither is "most"; say they are equal.
    if (top.length === 1) mostly.push(`${q.question.text}${space}${first.label} ร้อยละ ${fixed2(first.percent)}`);
    else equal.push(`${q.question.text}${space}${joinThai(top.map((r) => r.label), '')}เท่ากัน กลุ่มละร้อยละ ${fixed2(first.percent)}`);
  }
  if (mostly.length) parts.push(`ส่วนใหญ่มี${mostly.join(' ')}`);
  if (equal.length) parts.push(`มี${equal.join(' ')}`);
  const overall = stats.overall;
  if (overall?.meanRounded != null) {
    parts.push(
      `ภาพรวมอยู่ในระดับ${overall.band ?? ''} (ค่าเฉลี่ย ${fixed2(overall.meanRounded)}${overall.sd != null ? ` ส่วนเบี่ยงเบนมาตรฐาน ${fixed2(overall.sd)}` : ''})`,
    );
    const sections = stats.sections.flatMap((s) => (s.rating?.meanRounded != null ? [{ name: s.title, mean: s.rating.meanRounded, band: s.rating.band ?? '' }] : []));
    const bySection = extremes(sections);
    if (bySection === 'equal') {
      const one = sections[0];
      if (one) parts.push(`เมื่อพิจารณาเป็นรายด้าน พบว่าทุกด้านมีค่าเฉลี่ยเท่ากัน (${fixed2(one.mean)} ระดับ${one.band})`);
    } else if (bySection) {
      const { high, low } = bySection;
      parts.push(
        `เมื่อพิจารณาเป็นรายด้าน พบว่า${joinThai(high.map((s) => s.name))}มีค่าเฉลี่ยสูงสุด${high.length > 1 ? 'เท่ากัน' : ''} (${fixed2(high[0].mean)} ระดับ${high[0].band}) และ${joinThai(low.map((s) => s.name))}มีค่าเฉลี่ยต่ำสุด${low.length > 1 ? 'เท่ากัน' : ''} (${fixed2(low[0].mean)} ระดับ${low[0].band})`,
      );
    }
    const items = stats.questions.flatMap((q) => (q.rating?.meanRounded != null ? [{ name: q.question.text, mean: q.rating.meanRounded, band: q.rating.band ?? '' }] : []));
    const byItem = extremes(items);
    if (byItem === 'equal') {
      const one = items[0];
      if (one) parts.push(`รายข้อ ทุกข้อมีค่าเฉลี่ยเท่ากัน (${fixed2(one.mean)})`);
    } else if (byItem) {
      const { high, low } = byItem;
      const which = (list: Ranked[]) => (list.length > 1 ? `เท่ากัน ${list.length} ข้อ คือ ` : 'คือ ');
      parts.push(
        `รายข้อที่มีค่าเฉลี่ยสูงสุด${which(high)}${joinThai(high.map((i) => i.name))} (${fixed2(high[0].mean)}) และต่ำสุด${which(low)}${joinThai(low.map((i) => i.name))} (${fixed2(low[0].mean)})`,
      );
    }
  }
  const openCount = stats.questions.reduce((sum, q) => sum + q.texts.length, 0);
  if (openCount > 0) parts.push(`มีข้อเสนอแนะเพิ่มเติม ${openCount.toLocaleString('th-TH')} รายการ`);
  return parts.join(' ') + '';
}
