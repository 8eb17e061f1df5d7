import { describe, expect, it } from 'vitest';
import { coverageReportDocumentSchema } from '../../../../src-main/shared/pdf/coverage-report';
import { monthPeriod } from './coverage-period';
import { coverageReport, type CoverageItem } from './coverage-report';
import { coverageReportDocument } from './coverage-report-document';
import { itemFromQuickEntry } from './item-form';
import { recentMonths } from './month-choices';
import { readQuickEntry } from './quick-entry';
import { bangkokWallClock } from '../../../../src-main/shared/text/thai-date';

const item = (o: Partial<CoverageItem>): CoverageItem => ({
  id: 'a',
  publishedAt: '2026-12-01T08:00',
  headline: 'ข่าว',
  sourceKind: 'online',
  outletName: 'ไทยรัฐออนไลน์',
  tone: 'negative',
  issueId: 'flood',
  responseNeeded: true,
  reach: 5_000,
  url: '',
  ...o,
});

describe('report parts', () => {
  it('the printed document passes main’s schema and names each item’s issue', () => {
    const report = coverageReport(monthPeriod(2026, 12), [item({}), item({ id: 'b', issueId: null, reach: null })], [
      { id: 'flood', title: 'น้ำท่วม', status: 'open', tone: 'negative', firstSeenAt: '2026-12-01T08:00', responses: [] },
    ]);
    const document = coverageReportDocument(report, {
      letterhead: { officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', province: 'สงขลา', address: '', phone: '', email: '', logo: null },
      signer: { name: 'นายวิชัย ใจซื่อ', position: 'ผู้อำนวยการ' },
      preparedOn: '2026-12-08',
    });
    expect(coverageReportDocumentSchema.parse(document)).toMatchObject({ periodLabel: 'ประจำเดือนธันวาคม 2569', items: 2, reach: 5_000, reachUnknown: 1 });
    expect(document.list.map((i) => i.issue)).toEqual(['น้ำท่วม', '']);
    expect(document.responses.unanswered).toEqual([{ title: 'น้ำท่วม', firstSeenAt: '2026-12-01T08:00' }]);
  });

  it('months back across a year end, labelled in พ.ศ.', () => {
    expect(recentMonths('2027-01-15', 3)).toEqual([
      { value: '2027-01', label: 'มกราคม 2570' },
      { value: '2026-12', label: 'ธันวาคม 2569' },
      { value: '2026-11', label: 'พฤศจิกายน 2569' },
    ]);
  });

  it('Bangkok wall clock whatever the zone; a quick entry fills the form but leaves the tone to a person', () => {
    expect(bangkokWallClock(new Date('2026-12-07T21:10:00Z'))).toBe('2026-12-08T04:10');
    const draft = itemFromQuickEntry(readQuickEntry('https://lin.ee/abc ข่าวในกลุ่ม', [], '2026-12-08T04:10'));
    expect(draft).toMatchObject({ sourceKind: 'line', outletName: 'LINE', headline: 'ข่าวในกลุ่ม', tone: '' });
  });
});
