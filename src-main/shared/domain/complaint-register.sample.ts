import type { ComplaintRegisterRow } from './complaint-register';

/** One complaint with a consenting complainant, for the register's tests. */
export const REGISTER_ROW: ComplaintRegisterRow = {
  number: '12/2569',
  receivedDate: '2026-11-02',
  subject: 'ไฟถนนดับทั้งซอย ขอให้ซ่อมด่วน',
  channel: 'phone',
  category: 'service',
  subcategory: 'public-trouble',
  complaintType: 'general',
  status: 'forwarded',
  agencies: 'เทศบาลนครหาดใหญ่',
  closedOn: null,
  late: false,
  replyOverdue: false,
  consent: true,
  erased: false,
  complainantName: 'นางสาวมณีรัตน์ ทองคำ',
  complainantPhone: '081-234-5678',
  complainantEmail: 'maneerat@example.com',
  complainantAddress: '12 ถนนนิพัทธ์อุทิศ 3 อำเภอหาดใหญ่',
  assignee: 'นางสุนีย์ รับเรื่อง',
};
