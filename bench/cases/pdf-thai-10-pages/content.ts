import { SAMPLE_MEMO_FIELDS } from '../../../src-main/main/pdf/samples/memo-samples';
import { SAMPLE_OFFICE } from '../../../src-main/main/pdf/samples/office';

/** The benchmark document, independent of either engine: a Thai monthly report. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: string[]; rows: string[][] };

const SENTENCES = [
  ...SAMPLE_MEMO_FIELDS.paragraphs.slice(0, 2),
  'สำนักงานประชาสัมพันธ์จังหวัดได้ประสานสื่อมวลชนในพื้นที่ทั้งหนังสือพิมพ์ วิทยุกระจายเสียง โทรทัศน์ และสื่อออนไลน์ เพื่อเผยแพร่ข้อมูลข่าวสารของทางราชการให้ประชาชนได้รับทราบอย่างทั่วถึง ถูกต้อง และทันต่อเหตุการณ์ โดยเฉพาะประเด็นที่ส่งผลกระทบต่อความเป็นอยู่ของประชาชนในพื้นที่',
  'ผลการสำรวจความพึงพอใจของผู้รับบริการ จำนวน 400 ราย พบว่าผู้ตอบแบบสอบถามร้อยละ 87.5 มีความพึงพอใจในระดับมากถึงมากที่สุด ต่อความรวดเร็วและความถูกต้องของข้อมูลข่าวสาร ส่วนข้อเสนอแนะที่พบมากที่สุด ได้แก่ การเพิ่มช่องทางการสื่อสารผ่าน LINE OA และการจัดทำอินโฟกราฟิกที่เข้าใจง่าย',
];

const AGENCIES = [
  'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  'ที่ทำการปกครองจังหวัด',
  'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด',
  'องค์การบริหารส่วนจังหวัด',
  'มหาวิทยาลัยสงขลานครินทร์',
];

/** Ten A4 pages in our engine: four sections of prose, each followed by a table. */
export function monthlyReport(): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: `รายงานผลการดำเนินงานประจำเดือนมกราคม 2568 ${SAMPLE_OFFICE.officeName}` }];
  for (let section = 1; section <= 4; section++) {
    blocks.push({ kind: 'heading', text: `ส่วนที่ ${section} ผลการดำเนินงานด้านการประชาสัมพันธ์และการสื่อสารองค์กร` });
    for (let p = 0; p < 5; p++) blocks.push({ kind: 'paragraph', text: SENTENCES[(section + p) % SENTENCES.length] ?? '' });
    blocks.push({
      kind: 'table',
      columns: ['ลำดับ', 'กิจกรรม', 'หน่วยงานที่ร่วมดำเนินการ', 'จำนวน'],
      rows: Array.from({ length: 12 }, (_, i) => [
        String(i + 1),
        `ประชาสัมพันธ์ข่าวสารกิจกรรมที่ ${section}.${i + 1} ผ่านสื่อวิทยุและสื่อออนไลน์`,
        AGENCIES[(section + i) % AGENCIES.length] ?? '',
        `${(section * 37 + i * 13) % 200} ครั้ง`,
      ]),
    });
  }
  return blocks;
}
