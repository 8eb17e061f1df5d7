import type { SurveyStats } from './statistics';

/** Thai number as reports print it: 2 decimals. */
export function fixed2(value: number): string {
  return value.toFixed(2);
}

/** A frequency row as the bar chart labels it: "13.33% (2)". */
export function percentLabel(row: { percent: number; count: number }): string {
  return `${fixed2(row.percent)}% (${row.count})`;
}

/**
 * The auto-written paragraph a Thai evaluation report opens its results with (สรุปผล):
 * who answered (the largest group of each profile question), the overall level, the
 * highest and lowest sections and items. Written from the statistics only, so it never
 * says more than the tables show.
 */
export function writeThaiSummary(title: string, stats: SurveyStats): string {
  if (stats.respondents === 0) return `ยังไม่มีแบบสอบถาม${title}ที่บันทึกสมบูรณ์ จึงยังสรุปผลไม่ได้`;
  const parts: string[] = [`ผลการสำรวจ${title} จากผู้ตอบแบบสอบถามทั้งสิ้น ${stats.respondents.toLocaleString('th-TH')} คน`];
  const profile = stats.questions.filter((q) => q.question.profile && q.n > 0);
  const profileBits = profile.flatMap((q) => {
    const top = [...q.rows].sort((a, b) => b.count - a.count)[0];
    return top && top.count > 0 ? [`${q.question.text}${/^[0-9A-Za-z]/.test(top.label) ? ' ' : ''}${top.label} ร้อยละ ${fixed2(top.percent)}`] : [];
  });
  if (profileBits.length) parts.push(`ส่วนใหญ่มี${profileBits.join(' ')}`);
  const overall = stats.overall;
  if (overall?.meanRounded != null) {
    parts.push(
      `ภาพรวมอยู่ในระดับ${overall.band ?? ''} (ค่าเฉลี่ย ${fixed2(overall.meanRounded)}${overall.sd != null ? ` ส่วนเบี่ยงเบนมาตรฐาน ${fixed2(overall.sd)}` : ''})`,
    );
    const sections = stats.sections.filter((s) => s.rating?.meanRounded != null);
    if (sections.length > 1) {
      const sorted = [...sections].sort((a, b) => (b.rating?.mean ?? 0) - (a.rating?.mean ?? 0));
      const high = sorted[0];
      const low = sorted[sorted.length - 1];
      if (high?.rating?.meanRounded != null && low?.rating?.meanRounded != null)
        parts.push(
          `เมื่อพิจารณาเป็นรายด้าน พบว่า${high.title}มีค่าเฉลี่ยสูงสุด (${fixed2(high.rating.meanRounded)} ระดับ${high.rating.band ?? ''}) และ${low.title}มีค่าเฉลี่ยต่ำสุด (${fixed2(low.rating.meanRounded)} ระดับ${low.rating.band ?? ''})`,
        );
    }
    const items = stats.questions.filter((q) => q.rating?.meanRounded != null);
    if (items.length > 1) {
      const sorted = [...items].sort((a, b) => (b.rating?.mean ?? 0) - (a.rating?.mean ?? 0));
      const high = sorted[0];
      const low = sorted[sorted.length - 1];
      if (high?.rating?.meanRounded != null && low?.rating?.meanRounded != null)
        parts.push(
          `รายข้อที่มีค่าเฉลี่ยสูงสุดคือ ${high.question.text} (${fixed2(high.rating.meanRounded)}) และต่ำสุดคือ ${low.question.text} (${fixed2(low.rating.meanRounded)})`,
        );
    }
  }
  const openCount = stats.questions.reduce((sum, q) => sum + q.texts.length, 0);
  if (openCount > 0) parts.push(`มีข้อเสนอแนะเพิ่มเติม ${openCount.toLocaleString('th-TH')} รายการ`);
  return parts.join(' ') + '';
}
