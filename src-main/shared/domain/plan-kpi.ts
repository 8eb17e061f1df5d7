import type { KpiDirection, KpiSource } from './plan';

/**
 * The traffic light of a plan's KPI, the one rule the screen, the PDF and the workbook use
 * (the renderer judges for the screen; main judges again from the numbers it is sent):
 * - green (บรรลุเป้าหมาย): the target is met: actual ≥ target (at-least) or ≤ target (at-most);
 * - amber: not met, but on track. While the year runs, a count kept up over the year
 *   (releases, reach, …) is on track when actual ≥ target × the share of the period's days
 *   gone (pro rata: on 1 April, half of FY's 365 days, half the target is on track). A finished
 *   year, and a rate that is not kept up over the year (percent not negative), is amber at
 *   ≥ 80% of the target. An at-most rate (hours to respond) is amber up to target ÷ 0.8. An
 *   at-most count (corrections to issue, kept up over the year) is red once past its cap, since
 *   it can only grow; under the cap it is amber while running ahead of the year's pace;
 * - red: behind; none: no target that year, or nothing to measure yet.
 */
export type KpiLight = 'green' | 'amber' | 'red' | 'none';
export const KPI_LIGHTS = ['green', 'amber', 'red', 'none'] as const satisfies readonly KpiLight[];

export interface KpiJudgement {
  actual: number | null;
  target: number | null;
  direction: KpiDirection;
  /** Kept up over the period (a count), so judged pro rata while it runs. */
  cumulative: boolean;
  /** Share of the period's days gone, 0–1 (1 once it is over). */
  elapsedShare: number;
  /** The period is over: amber means ≥ 80%. */
  finished: boolean;
}

/** The share of an unmet target a finished year (or a rate) still calls amber. */
export const AMBER_SHARE = 0.8;

export function kpiLight({ actual, target, direction, cumulative, elapsedShare, finished }: KpiJudgement): KpiLight {
  if (actual === null || target === null) return 'none';
  if (direction === 'at-most') {
    if (cumulative) {
      if (actual > target) return 'red';
      return finished || actual <= target * Math.min(1, Math.max(0, elapsedShare)) ? 'green' : 'amber';
    }
    if (actual <= target) return 'green';
    return actual * AMBER_SHARE <= target ? 'amber' : 'red';
  }
  if (actual >= target) return 'green';
  const share = finished || !cumulative ? AMBER_SHARE : Math.min(1, Math.max(0, elapsedShare));
  return actual >= target * share ? 'amber' : 'red';
}

/**
 * How far the target is reached, as a whole percent (half up): actual ÷ target, or target ÷
 * actual for at-most KPIs (4 hours against a target of 8 is 200%). null without both numbers.
 */
export function kpiPercent(actual: number | null, target: number | null, direction: KpiDirection): number | null {
  if (actual === null || target === null) return null;
  const [part, whole] = direction === 'at-least' ? [actual, target] : [target, actual];
  if (whole <= 0) return part >= 0 ? 100 : null;
  return Math.floor((part * 100) / whole + 0.5);
}

/** The word printed beside the colour, so the light reads on a black-and-white photocopy. */
export function kpiLightText(light: KpiLight, finished: boolean): string {
  switch (light) {
    case 'green':
      return 'บรรลุเป้าหมาย';
    case 'amber':
      return finished ? 'ใกล้เป้าหมาย' : 'เป็นไปตามแผน';
    case 'red':
      return finished ? 'ไม่บรรลุเป้าหมาย' : 'ไม่เป็นไปตามแผน';
    case 'none':
      return 'ไม่มีข้อมูล';
  }
}

/** Light colours for print and the workbook (screen uses Mantine's of the same names). */
export const KPI_LIGHT_COLORS: Record<KpiLight, string> = { green: '#2b8a3e', amber: '#e67700', red: '#c92a2a', none: '#868e96' };

/** Rates are judged as they stand, not pro rata; every other source is a count kept up over the year. */
export function isCumulativeSource(source: KpiSource): boolean {
  return source !== 'media-positive' && source !== 'response-hours';
}

/** Thai names of the KPI sources (the PDF and workbook; the screen has the same in its locale). */
export const KPI_SOURCE_TH: Record<KpiSource, string> = {
  releases: 'ข่าวประชาสัมพันธ์ที่เผยแพร่แล้ว',
  briefings: 'เอกสารประกอบการให้ข่าว (Briefing)',
  conferences: 'การแถลงข่าว',
  surveys: 'แบบสำรวจ/ประเมินผล',
  'tasks-done': 'งานที่เสร็จแล้ว',
  'media-items': 'ข่าวจากการติดตามสื่อ',
  'media-positive': 'ร้อยละข่าวที่ไม่เป็นเชิงลบ',
  pickups: 'จำนวนครั้งที่สื่อนำข่าวไปเผยแพร่',
  reach: 'จำนวนผู้รับสาร (โดยประมาณ)',
  'response-hours': 'ชั่วโมงจนชี้แจงประเด็นข่าว (ค่ามัธยฐาน)',
  manual: 'กรอกผลเอง',
};

/**
 * How the report estimates reach (ผู้รับสาร), printed under its tables: each use of a tagged,
 * published release counts 1 person unless its reach is known; each tagged media item likewise.
 */
export const REACH_RULE_TH =
  'ผู้รับสาร (โดยประมาณ): การที่สื่อนำข่าวประชาสัมพันธ์ที่จัดเข้าแผนไปเผยแพร่ (บันทึกการนำไปใช้ หรือข่าวจากการติดตามสื่อที่อ้างถึงข่าวนั้น) นับครั้งละ 1 คน เว้นแต่ข่าวจากการติดตามสื่อของสื่อเดียวกันในวันเดียวกันระบุจำนวนผู้รับสารไว้ จึงนับตามจำนวนนั้น บวกจำนวนผู้รับสารของข่าวจากการติดตามสื่อที่จัดเข้าแผน (ไม่ระบุนับ 1) ข่าวแต่ละรายการนับครั้งเดียว';

/** The light rule in the report's words, printed under the KPI table. */
export const LIGHT_RULE_TH =
  'เกณฑ์สัญญาณ: บรรลุเป้าหมาย (เขียว) = ผลถึงเป้าหมาย (ตัวชี้วัดแบบไม่เกินเป้า: ไม่เกินเป้าหมาย) · เป็นไปตามแผน (เหลือง) = ระหว่างปี ผลไม่น้อยกว่าเป้าหมายตามสัดส่วนวันที่ผ่านไปของปีงบประมาณ · ใกล้เป้าหมาย (เหลือง) = สิ้นปีแล้ว หรือเป็นอัตราร้อยละ ผลไม่น้อยกว่าร้อยละ 80 ของเป้าหมาย · ไม่เป็นไปตามแผน/ไม่บรรลุเป้าหมาย (แดง) = ต่ำกว่าเกณฑ์ข้างต้น หรือตัวชี้วัดแบบไม่เกินเป้าที่นับสะสมเกินเป้าหมายแล้ว';
