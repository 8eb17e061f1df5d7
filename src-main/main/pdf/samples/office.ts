import type { OfficeProfile } from '../../../shared/domain/office-profile';
import type { DocumentImage } from '../../../shared/pdf/document-parts';
import { emblemPng } from './emblem-png';

/** A realistic office profile for samples, tests and the benchmark. */
export const SAMPLE_OFFICE: OfficeProfile = {
  officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  province: 'สงขลา',
  address: 'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000',
  phone: '0 7431 1060',
  email: 'songkhla@prd.go.th',
  directorName: 'นางสาวกัญญ์ณัฏฐ์ ศรีสุข',
  directorTitle: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  logoBlobId: null,
  thaiDigits: false,
};

export function sampleLogo(): DocumentImage {
  return { mime: 'image/png', bytes: emblemPng() };
}
