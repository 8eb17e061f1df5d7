import type { CoverageReportDocument } from '../../../shared/pdf/coverage-report';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

/** December 2569 of a provincial office: a flood issue answered in 3 h 20 min, a fair, an unanswered dust issue. */
export function coverageReportSamples(): PdfSample[] {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  const report: CoverageReportDocument = {
    kind: 'coverage-report',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    span: 'month',
    periodLabel: 'ประจำเดือนธันวาคม 2569',
    start: '2026-12-01',
    end: '2026-12-31',
    preparedOn: '2027-01-02',
    items: 48,
    reach: 1_254_300,
    reachUnknown: 6,
    byTone: { positive: 20, neutral: 12, negative: 16 },
    bySource: { newspaper: 8, tv: 5, radio: 4, online: 14, social: 11, line: 5, other: 1 },
    byIssue: [
      { title: 'น้ำท่วมขังถนนในเขตเทศบาลนครสงขลา หลังฝนตกหนักต่อเนื่องสามวัน', items: 14, negative: 11, reach: 820_000 },
      { title: 'งานกาชาดและงานประจำปีจังหวัดสงขลา', items: 10, negative: 0, reach: 210_000 },
      { title: 'ฝุ่นละอองขนาดเล็กในอำเภอหาดใหญ่', items: 6, negative: 5, reach: 95_000 },
    ],
    withoutIssue: 18,
    responses: {
      issuesSeen: 3,
      answered: 2,
      medianMinutes: 26 * 60 + 10,
      longestMinutes: 49 * 60,
      longestTitle: 'งานกาชาดและงานประจำปีจังหวัดสงขลา',
      within24h: 1,
      unanswered: [{ title: 'ฝุ่นละอองขนาดเล็กในอำเภอหาดใหญ่', firstSeenAt: '2026-12-20T07:30' }],
    },
    list: [
      {
        publishedAt: '2026-12-01T08:00',
        headline: 'ชาวบ้านร้องน้ำท่วมขังถนนสายหลักนานสามวัน',
        sourceKind: 'online',
        outletName: 'ไทยรัฐออนไลน์',
        tone: 'negative',
        issue: 'น้ำท่วมขังถนนในเขตเทศบาลนครสงขลา หลังฝนตกหนักต่อเนื่องสามวัน',
        reach: 5_000,
        url: 'https://www.thairath.co.th/news/local/south/2801234',
      },
    ],
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
  return [{ name: 'coverage-report-month', request: { document: report, options: { thaiDigits: false } } }];
}
