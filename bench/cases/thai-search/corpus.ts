/**
 * A provincial office's press releases, made to be searched the way staff search them: places
 * (sub-districts ICU's dictionary does not know, districts with อำเภอ/อ.), agencies by their
 * dotted abbreviations, people's names, dates and years in Arabic and Thai digits, ๆ written
 * both ways, words with ำ (some typed as ํ + า, as some keyboards and PDFs give it), and text
 * pasted with zero-width spaces. Each release knows what it is about (its `concepts`), which is
 * what a careful reader would answer a query with: the ground truth of the evaluation.
 */

export interface EvalRelease {
  id: string;
  headline: string;
  lead: string;
  body: string;
  releaseDate: string;
  /** What it is about: 'place:ปาดังเบซาร์', 'person:ธีรวัฒน์ หนูนุ่น', 'year:2568', 'word:อุทกภัย'… */
  concepts: Set<string>;
}

/** Sub-districts of Songkhla and its neighbours (from the shipped gazetteer's source), many unknown to ICU. */
export const TAMBONS = [
  'ปาดังเบซาร์', 'ควนลัง', 'คูเต่า', 'ท่าช้าง', 'บ่อยาง', 'พะวง', 'เขารูปช้าง', 'ทุ่งหวัง', 'เกาะแต้ว', 'ชะแล้',
  'ปากรอ', 'รำแดง', 'ท่าหิน', 'คลองแห', 'คอหงส์', 'ฉลุง', 'ทุ่งตำเสา', 'บ้านพรุ', 'พังลา', 'สำนักขาม',
  'สำนักแต้ว', 'ปริก', 'ทับช้าง', 'นาหว้า', 'คลองเปียะ', 'ตลิ่งชัน', 'ท่าประดู่', 'สะกอม', 'นาทับ', 'เกาะยอ',
  'บางเหรียง', 'คลองหรัง', 'ทุ่งลาน', 'ลำไพล', 'ท่าม่วง', 'ปลักหนู', 'เขาพระ', 'กำแพงเพชร', 'ท่าชะมวง', 'คูหาใต้',
] as const;

export const DISTRICTS = ['หาดใหญ่', 'สะเดา', 'จะนะ', 'เทพา', 'นาทวี', 'ระโนด', 'สทิงพระ', 'รัตภูมิ', 'บางกล่ำ', 'ควนเนียง', 'สิงหนคร', 'นาหม่อม', 'คลองหอยโข่ง', 'กระแสสินธุ์', 'สะบ้าย้อย', 'เมืองสงขลา'] as const;

/** Agencies as releases name them: the abbreviation with its dots, then the province. */
export const AGENCIES = [
  { abbr: 'ปภ.', full: 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด' },
  { abbr: 'สสจ.', full: 'สำนักงานสาธารณสุขจังหวัด' },
  { abbr: 'อบจ.', full: 'องค์การบริหารส่วนจังหวัด' },
  { abbr: 'กอ.รมน.', full: 'กองอำนวยการรักษาความมั่นคงภายในจังหวัด' },
  { abbr: 'ทสจ.', full: 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด' },
  { abbr: 'พมจ.', full: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด' },
  { abbr: 'ศธจ.', full: 'สำนักงานศึกษาธิการจังหวัด' },
] as const;

/** Officials and villagers: Thai, Malay-Thai and Chinese-Thai names the dictionary mostly lacks. */
export const PEOPLE = [
  'ธีรวัฒน์ หนูนุ่น', 'ณัฐวุฒิ ศรีสุวรรณ', 'อภิชาติ เหมือนแก้ว', 'กิตติพงศ์ ขวัญแก้ว', 'ภูริช ทองเพ็ชร', 'สุภาวดี ชูช่วย', 'วรวิทย์ เพ็ชรสุวรรณ', 'จิราพร แซ่ตั้ง',
  'อิสมาแอ สะมะแอ', 'มูฮัมหมัด ยูโซ๊ะ', 'นูรีซัน ดอเลาะ', 'เจ๊ะฮาซัน หมัดหลี', 'สมพงษ์ ชูแก้ว', 'ปิยะนุช ขุนจันทร์', 'เกศินี บุญช่วย', 'ชนินทร์ แก้วประดิษฐ์',
  'ศุภชัย โพธิ์สุ', 'วันเพ็ญ หมื่นจร', 'อัมพร ติ้งหวัง', 'ประพันธ์ แซ่หลี',
] as const;

/** Topics; the words with ำ are what NFKC used to break. */
const TOPICS = [
  { headline: 'ช่วยเหลือผู้ประสบอุทกภัย', words: ['อุทกภัย'] },
  { headline: 'แจ้งเตือนน้ำท่วมฉับพลัน', words: ['น้ำท่วม'] },
  { headline: 'รณรงค์ทำความสะอาดชายหาด', words: ['ทำความสะอาด'] },
  { headline: 'ส่งเสริมการจำหน่ายสินค้าชุมชน', words: ['จำหน่าย'] },
  { headline: 'ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่', words: ['วัคซีน'] },
  { headline: 'ปลูกป่าชายเลนเฉลิมพระเกียรติ', words: ['ป่าชายเลน'] },
  { headline: 'มอบทุนการศึกษาแก่นักเรียนยากจน', words: ['ทุนการศึกษา'] },
  { headline: 'ตรวจสุขภาพผู้สูงอายุในชุมชน', words: ['ผู้สูงอายุ'] },
] as const;

const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;
const thaiDigits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/**
 * `count` releases over ten years (2559–2569 BE). Deterministic: the same corpus every run.
 * About one in four writes its numbers in Thai digits, one in five types ำ as ํ + า, one in six
 * carries zero-width spaces, and ๆ is written "ต่าง ๆ" or "ต่างๆ" by turns.
 */
export function evalCorpus(count: number): EvalRelease[] {
  const releases: EvalRelease[] = [];
  for (let i = 0; i < count; i++) {
    const concepts = new Set<string>();
    const topic = pick(TOPICS, i * 7 + (i >> 3));
    const tambon = pick(TAMBONS, i * 13 + (i >> 5));
    const district = pick(DISTRICTS, i * 5 + (i >> 4));
    const agency = pick(AGENCIES, i * 3 + (i >> 2));
    const person = pick(PEOPLE, i * 11 + (i >> 6));
    // A second person, as most releases quote two: names share syllables (แก้ว, ชู, แซ่…).
    const second = pick(PEOPLE, i * 7 + 3 + (i >> 4));
    const year = 2559 + (i % 11);
    const month = pick(MONTHS, i * 7);
    const day = 1 + ((i * 17) % 28);
    const useThaiDigits = i % 4 === 1;
    const digits = (text: string) => (useThaiDigits ? thaiDigits(text) : text);
    const title = i % 3 === 0 ? 'นาย' : i % 3 === 1 ? 'นาง' : 'น.ส.';
    const districtForm = i % 2 === 0 ? `อำเภอ${district}` : `อ.${district}`;
    const tambonForm = i % 3 === 0 ? `ต.${tambon}` : `ตำบล${tambon}`;
    const repeat = i % 2 === 0 ? 'หน่วยงานต่าง ๆ' : 'หน่วยงานต่างๆ';
    const withRepeat = i % 5 < 2;
    // The headline names the place in one release of three: those should come first for it.
    const headline = `${topic.headline}${i % 3 === 0 ? ` ${tambonForm}` : ''} ${districtForm}`;
    const lead = `${agency.abbr}จังหวัดสงขลา ร่วมกับ ${tambonForm} ${districtForm} จัดกิจกรรม${topic.headline}เมื่อวันที่ ${digits(`${day}`)} ${month} ${digits(`${year}`)}`;
    const budget = 5 + ((i * 37) % 95);
    const body = [
      `${title}${person} ผู้ประสานงาน กล่าวว่า ได้รับงบประมาณ ${digits(`${budget}`)} ล้านบาท เพื่อดำเนินการในพื้นที่${districtForm}`,
      withRepeat ? `โดยมี${repeat}ร่วมสนับสนุนอย่างต่อเนื่อง` : 'โดยได้รับความร่วมมือจากชุมชนในพื้นที่เป็นอย่างดี',
      `ด้านนาย${second} ผู้ใหญ่บ้าน กล่าวขอบคุณ`,
      `ทั้งนี้ ประชาชนสามารถสอบถามข้อมูลเพิ่มเติมได้ที่${agency.full}สงขลา`,
    ].join('\n');

    concepts.add(`topic:${topic.headline}`);
    for (const word of topic.words) concepts.add(`word:${word}`);
    concepts.add(`place:${tambon}`);
    concepts.add(`district:${district}`);
    concepts.add(`agency:${agency.abbr}`);
    concepts.add(`person:${person}`);
    concepts.add(`person:${second}`);
    concepts.add(`year:${year}`);
    concepts.add(`month:${month}${year}`);
    concepts.add(`budget:${budget}`);
    if (withRepeat) concepts.add('phrase:ต่างๆ');

    let text = { headline, lead, body };
    if (i % 5 === 2) text = mapText(text, (t) => t.replace(/\u0E33/g, '\u0E4D\u0E32'));
    if (i % 6 === 3) text = mapText(text, (t) => t.replace(/(พื้น)(ที่)|(อุทก)(ภัย)|(งบ)(ประมาณ)/g, (_w, ...parts: (string | undefined)[]) => parts.slice(0, 6).filter(Boolean).join('\u200B')));
    const releaseDate = `${year - 543}-${String((i * 7) % 12 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    releases.push({ id: `r${String(i).padStart(6, '0')}`, ...text, releaseDate, concepts });
  }
  return releases;
}

function mapText<T extends Record<string, string>>(text: T, map: (value: string) => string): T {
  return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, map(value)])) as T;
}
