import type { Plan } from '../../../../src-main/shared/domain/plan';

/** Fixed ids, so tests and the bench can name a theme or a topic. */
export const FIXTURE_IDS = {
  themeEconomy: '0190a000-0000-7000-8000-00000000e001',
  themeSafety: '0190a000-0000-7000-8000-00000000e002',
  topicTourism: '0190a000-0000-7000-8000-00000000f001',
  topicOtop: '0190a000-0000-7000-8000-00000000f002',
  topicRoads: '0190a000-0000-7000-8000-00000000f003',
  kpiReleases: '0190a000-0000-7000-8000-00000000a001',
  kpiReach: '0190a000-0000-7000-8000-00000000a002',
  kpiHours: '0190a000-0000-7000-8000-00000000a003',
  kpiManual: '0190a000-0000-7000-8000-00000000a004',
} as const;

/** A provincial PR plan of FY 2569 with two themes and three priority topics. */
export function fixturePlan(overrides: Partial<Plan> = {}): Plan {
  const ids = FIXTURE_IDS;
  return {
    title: 'แผนประชาสัมพันธ์จังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. 2569',
    kind: 'annual',
    firstFiscalYear: 2569,
    lastFiscalYear: 2569,
    status: 'active',
    servesPlans: ['แผนแม่บทการประชาสัมพันธ์แห่งชาติ'],
    themes: [
      {
        id: ids.themeEconomy,
        name: 'เศรษฐกิจและการท่องเที่ยว',
        description: '',
        topics: [
          { id: ids.topicTourism, name: 'ส่งเสริมการท่องเที่ยวเมืองรอง', guideline: 'เผยแพร่ข่าวเทศกาลทุกเดือน' },
          { id: ids.topicOtop, name: 'สินค้า OTOP', guideline: '' },
        ],
      },
      {
        id: ids.themeSafety,
        name: 'ความปลอดภัยในชีวิตและทรัพย์สิน',
        description: '',
        topics: [{ id: ids.topicRoads, name: 'ลดอุบัติเหตุทางถนน', guideline: 'แถลงข่าวช่วงเทศกาล' }],
      },
    ],
    targetGroups: ['ประชาชนทั่วไป'],
    channels: ['วิทยุ สวท.', 'Facebook'],
    kpis: [
      { id: ids.kpiReleases, name: 'จำนวนข่าวเผยแพร่ด้านเศรษฐกิจ', unit: 'เรื่อง', themeId: ids.themeEconomy, topicId: null, source: 'releases', direction: 'at-least', targets: [{ fiscalYear: 2569, value: 4 }], actuals: [] },
      { id: ids.kpiReach, name: 'ผู้รับสาร', unit: 'คน', themeId: null, topicId: null, source: 'reach', direction: 'at-least', targets: [{ fiscalYear: 2569, value: 1000 }], actuals: [] },
      { id: ids.kpiHours, name: 'เวลาชี้แจงประเด็นข่าว', unit: 'ชั่วโมง', themeId: null, topicId: null, source: 'response-hours', direction: 'at-most', targets: [{ fiscalYear: 2569, value: 24 }], actuals: [] },
      { id: ids.kpiManual, name: 'ความพึงพอใจ', unit: 'ร้อยละ', themeId: ids.themeSafety, topicId: ids.topicRoads, source: 'manual', direction: 'at-least', targets: [{ fiscalYear: 2569, value: 80 }], actuals: [{ fiscalYear: 2569, value: 85 }] },
    ],
    monitoring: 'รายงานผลทุกไตรมาส',
    ...overrides,
  };
}
