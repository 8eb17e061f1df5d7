import type { OfficeProfileInput } from './settings-page';

/** The office most E2E journeys set up first: documents need a letterhead and a director. */
export const SONGKHLA_OFFICE: OfficeProfileInput = {
  officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  province: 'สงขลา',
  address: 'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน อำเภอเมืองสงขลา 90000',
  phone: '074-311-000',
  directorName: 'นายสมชาย ใจดี',
  directorTitle: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
};
