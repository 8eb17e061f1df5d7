import type { ComplaintInput } from '../../../../src-main/shared/domain/complaint';

/** Test fixtures: the officer and the agency of the complaint tests. */
export const FIXTURE_STAFF = '0193c000-0000-7000-8000-000000000001';
export const FIXTURE_AGENCY = '0193c000-0000-7000-8000-0000000000a1';

/** A complaint as the intake form saves it, received by the 1111 hotline with the complainant's consent. */
export const complaintInput = (over: Partial<ComplaintInput> = {}): ComplaintInput => ({
  receivedDate: '2026-03-02',
  channel: 'hotline-1111',
  consent: true,
  complainantName: 'นางสาวมณีรัตน์ ทองคำ',
  complainantPhone: '081-234-5678',
  complainantEmail: '',
  complainantAddress: '12 ถนนราษฎร์อุทิศ ตำบลหาดใหญ่',
  subject: 'ขอให้ซ่อมไฟฟ้าส่องสว่างถนนกาญจนวนิช',
  details: 'ไฟดับมาสองสัปดาห์ เวลากลางคืนมืดมาก เกรงว่าจะเกิดอุบัติเหตุ',
  category: 'service',
  subcategory: 'public-trouble',
  assigneeId: FIXTURE_STAFF,
  ...over,
});
