import type { DailyDigestDocument } from '../../../shared/pdf/daily-digest';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

/** A busy Monday during a flood: every section has lines, one of them long enough to wrap. */
export function dailyDigestSamples(): PdfSample[] {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  const digest: DailyDigestDocument = {
    kind: 'daily-digest',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    date: '2026-12-07',
    sections: [
      { key: 'crisis', title: 'สถานการณ์วิกฤต', lines: ['น้ำท่วมฉับพลันอำเภอหาดใหญ่ (ตั้งแต่ 6 ธันวาคม 2569) · ขั้นตอนใน 48 ชั่วโมงแรกค้าง 2 ข้อ'] },
      {
        key: 'today',
        title: 'กำหนดการวันนี้',
        lines: ['09.30 น. งานที่หน่วยงานขอรับบริการ: พิธีเปิดศูนย์ช่วยเหลือผู้ประสบอุทกภัย ณ ศาลากลางจังหวัด', '14.00 น. แถลงข่าว: สถานการณ์น้ำและการช่วยเหลือผู้ประสบภัย', 'ครบกำหนดงาน: สรุปภาพข่าวงานกาชาดส่งผู้ว่าราชการจังหวัด'],
      },
      { key: 'tomorrow', title: 'กำหนดการพรุ่งนี้', lines: ['10.00 น. งานที่หน่วยงานขอรับบริการ: ผู้ว่าราชการจังหวัดตรวจเยี่ยมพื้นที่ประสบภัยอำเภอสะเดา'] },
      {
        key: 'releases',
        title: 'ข่าวประชาสัมพันธ์ที่เผยแพร่ตั้งแต่เมื่อวาน',
        lines: [
          'ข่าวที่ 412/2570 จังหวัดสงขลาเปิดศูนย์พักพิงชั่วคราว 12 แห่ง รองรับผู้ประสบอุทกภัยกว่า 3,000 คน — สื่อนำไปเผยแพร่ 3 แห่ง: ไทยรัฐ, ข่าวสด, สวท.สงขลา',
          'ข่าวที่ 413/2570 ขอความร่วมมือประชาชนงดใช้เส้นทางสาย 43 ช่วงน้ำท่วมผิวจราจร — ยังไม่มีสื่อนำไปเผยแพร่',
        ],
      },
      { key: 'issues', title: 'ประเด็นข่าวเชิงลบที่ยังไม่ปิด', lines: ['ข่าวลือเขื่อนแตกในกลุ่มไลน์ — ข่าว 4 ชิ้น · พบเมื่อ 6 ธ.ค. 2569 20.15 น. · ชี้แจงแล้ว'] },
      { key: 'complaints', title: 'เรื่องร้องเรียนที่เกินกำหนด', lines: ['เรื่องที่ 12/2570 ไฟฟ้าส่องสว่างถนนเลียบชายหาดชำรุด — เกินกำหนดยุติเรื่อง'] },
    ],
    preparedBy: { name: 'นางสาววิไลวรรณ ข่าวดี', position: 'นักประชาสัมพันธ์ชำนาญการ' },
  };
  return [{ name: 'daily-digest', request: { document: digest, options: { thaiDigits: false } } }];
}
