import type { PressReleaseDocument } from '../../../shared/pdf/press-release';
import { encodePng } from './emblem-png';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

/** A drawn "photo" (sky, hills, a stage) so samples carry real images without a binary fixture. */
export function samplePhotoPng(width = 640, height = 427, hue = 0): Uint8Array<ArrayBuffer> {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const hill = height * 0.6 + Math.sin((x / width) * Math.PI * 2 + hue) * height * 0.08;
      const stage = x > width * 0.3 && x < width * 0.7 && y > height * 0.45 && y < height * 0.75;
      const colour = stage ? [150 + hue * 20, 30, 40] : y < hill ? [120 - (y / height) * 60, 170 - (y / height) * 40, 235] : [60, 140 + hue * 10, 70];
      rgba.set([...colour.map((c) => Math.max(0, Math.min(255, Math.round(c)))), 255], i);
    }
  }
  return encodePng(width, height, rgba);
}

export function sampleRelease(): PressReleaseDocument {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return {
    kind: 'press-release',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    numberLabel: 'ข่าวที่ 123/2568',
    date: '2025-01-11',
    headline: 'จังหวัดสงขลาจัดงานวันเด็กแห่งชาติ ประจำปี 2568 เด็กและผู้ปกครองร่วมงานคึกคัก',
    dateline: 'สงขลา',
    lead: 'วันเสาร์ที่ 11 มกราคม 2568 เวลา 08.30 น. ผู้ว่าราชการจังหวัดสงขลาเป็นประธานเปิดงานวันเด็กแห่งชาติ ประจำปี 2568 ณ ลานหน้าศาลากลางจังหวัดสงขลา อำเภอเมืองสงขลา',
    paragraphs: [
      'ภายในงานมีกิจกรรมการแสดงบนเวทีของนักเรียนจากโรงเรียนในพื้นที่ นิทรรศการจากหน่วยงานต่าง ๆ ทั้งภาครัฐและเอกชน การแจกของขวัญและทุนการศึกษา รวมทั้งซุ้มเกมและอาหารฟรี โดยมีเด็กและผู้ปกครองเข้าร่วมงานกว่า 3,000 คน',
      'ทั้งนี้ สำนักงานประชาสัมพันธ์จังหวัดสงขลาได้ถ่ายทอดสดกิจกรรมผ่านเพจเฟซบุ๊กของสำนักงาน และเผยแพร่ภาพกิจกรรมให้สื่อมวลชนในพื้นที่นำไปใช้ประโยชน์',
    ],
    quotes: [{ speaker: 'ผู้ว่าราชการจังหวัดสงขลา', text: 'เด็กคืออนาคตของชาติ ขอให้เด็กทุกคนเป็นคนดี มีความรู้ และช่วยเหลือสังคม' }],
    photos: [
      { image: { mime: 'image/png', bytes: samplePhotoPng(640, 427, 0) }, caption: 'ผู้ว่าราชการจังหวัดสงขลากล่าวเปิดงาน', credit: 'ส่วนข่าว สปส.สงขลา' },
      { image: { mime: 'image/png', bytes: samplePhotoPng(640, 427, 1) }, caption: 'การแสดงของนักเรียนบนเวที', credit: 'นายวีระ ช่างภาพ' },
      { image: { mime: 'image/png', bytes: samplePhotoPng(427, 640, 2) }, caption: 'ซุ้มนิทรรศการของหน่วยงาน', credit: '' },
    ],
    embargoNote: '',
    draft: false,
    approval: { name: 'นายวิชัย ใจซื่อ', position: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา', at: '2025-01-11T07:15:00.000Z' },
  };
}

export function pressReleaseSamples(): PdfSample[] {
  const release = sampleRelease();
  return [
    { name: 'press-release-photos', request: { document: release, options: { thaiDigits: false } } },
    {
      name: 'press-release-draft-thai-digits',
      request: { document: { ...release, numberLabel: '', draft: true, approval: null, photos: [], embargoNote: 'ห้ามเผยแพร่ก่อนวันที่ 11 มกราคม 2568 เวลา 10.00 น.' }, options: { thaiDigits: true } },
    },
  ];
}
