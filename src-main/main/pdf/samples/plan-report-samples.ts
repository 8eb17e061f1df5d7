import type { PlanReportDocument } from '../../../shared/pdf/plan-report';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

const counts = (r: number, b: number, c: number, t: number, s: number, m: number) => ({ pressReleases: r, briefings: b, pressConferences: c, tasks: t, surveys: s, mediaItems: m });

/** A provincial plan of FY 2569, half-way through the year: two themes, three topics, four KPIs. */
export function planReportSamples(): PdfSample[] {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  const report: PlanReportDocument = {
    kind: 'plan-report',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    planTitle: 'แผนประชาสัมพันธ์จังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. 2569',
    planYears: '2569',
    servesPlans: ['แผนแม่บทการประชาสัมพันธ์แห่งชาติ', 'แผนประชาสัมพันธ์กรมประชาสัมพันธ์ ปี 2569'],
    period: { fiscalYear: 2569, start: '2025-10-01', end: '2026-09-30', elapsedShare: 183 / 365, finished: false },
    preparedOn: '2026-04-01',
    themes: [
      {
        name: 'เศรษฐกิจและการท่องเที่ยว',
        counts: counts(48, 3, 2, 12, 1, 20),
        uses: 130,
        reach: 245_300,
        topics: [
          { name: 'ส่งเสริมการท่องเที่ยวเมืองรอง', counts: counts(30, 2, 1, 8, 1, 12), uses: 90, reach: 200_100 },
          { name: 'สินค้า OTOP และเศรษฐกิจชุมชน', counts: counts(18, 1, 1, 4, 0, 8), uses: 40, reach: 45_200 },
        ],
        missions: ['ภารกิจที่ 2 ให้บริการจัดทำข่าวประชาสัมพันธ์'],
      },
      {
        name: 'ความปลอดภัยในชีวิตและทรัพย์สิน',
        counts: counts(22, 5, 4, 6, 0, 15),
        uses: 61,
        reach: 98_000,
        topics: [{ name: 'ลดอุบัติเหตุทางถนนช่วงเทศกาล', counts: counts(22, 5, 4, 6, 0, 15), uses: 61, reach: 98_000 }],
        missions: [],
      },
    ],
    total: { counts: counts(70, 8, 6, 18, 1, 35), uses: 191, reach: 343_300 },
    kpis: [
      { name: 'จำนวนข่าวเผยแพร่ด้านเศรษฐกิจ', unit: 'เรื่อง', scope: 'เศรษฐกิจและการท่องเที่ยว', source: 'releases', direction: 'at-least', target: 80, actual: 48 },
      { name: 'ผู้รับสารโดยประมาณ', unit: 'คน', scope: 'ทั้งแผน', source: 'reach', direction: 'at-least', target: 1_000_000, actual: 343_300 },
      { name: 'เวลาชี้แจงประเด็นข่าว', unit: 'ชั่วโมง', scope: 'ทั้งแผน', source: 'response-hours', direction: 'at-most', target: 24, actual: 12 },
      { name: 'ความพึงพอใจของผู้รับสาร', unit: 'ร้อยละ', scope: 'ความปลอดภัยในชีวิตและทรัพย์สิน / ลดอุบัติเหตุทางถนนช่วงเทศกาล', source: 'manual', direction: 'at-least', target: 85, actual: null },
    ],
    work: [{ kind: 'pressReleases', title: 'ข่าวที่ 12/2569 ผู้ว่าราชการจังหวัดเปิดงานเทศกาลท่องเที่ยว', date: '2026-01-10', theme: 'เศรษฐกิจและการท่องเที่ยว', topic: 'ส่งเสริมการท่องเที่ยวเมืองรอง', uses: 3, reach: 1_200 }],
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
  return [{ name: 'plan-report-year', request: { document: report, options: { thaiDigits: false } } }];
}
