import type { Content } from 'pdfmake';
import { cm } from './page';

const SURVEY_HALF_UP =
  'ร้อยละคิดจากจำนวนผู้ตอบข้อนั้น (n) แสดงทศนิยม 2 ตำแหน่ง ปัดครึ่งขึ้น (ตั้งแต่ 0.005 ปัดขึ้น) ทีละรายการ จำนวนเท่ากันจึงได้ร้อยละเท่ากันทุกตาราง ผลรวมรายการอาจต่างจาก 100.00 เล็กน้อย ข้อที่ตอบได้หลายคำตอบคิดร้อยละของผู้ตอบ จึงรวมไม่เท่ากับ 100';

/** How a report's percentages were rounded, in the words printed under its tables. */
export const ROUNDING_RULES = {
  /** complaint-report.ts `percent`. */
  oneDecimalHalfUp: 'ร้อยละแสดงทศนิยม 1 ตำแหน่ง ปัดครึ่งขึ้น (ตั้งแต่ 0.05 ปัดขึ้น) ผลรวมรายการจึงอาจต่างจาก 100.0 เล็กน้อย',
  /** shared/domain/survey.ts `surveyPercent`: every survey percentage, each rounded on its own. */
  surveyHalfUp: SURVEY_HALF_UP,
  /** mission-report.ts: task progress is whole percent; the mean is rounded half up. */
  wholePercentHalfUp: 'ร้อยละความคืบหน้าเป็นจำนวนเต็ม ค่าเฉลี่ยปัดครึ่งขึ้น',
} as const;

/** The printed note: a reader checking a sum that is off by 0.1 finds why on the page. */
export function roundingNote(rule: string): Content {
  return { text: `หมายเหตุ การปัดเศษ: ${rule}`, fontSize: 14, margin: [0, cm(0.3), 0, 0] };
}
