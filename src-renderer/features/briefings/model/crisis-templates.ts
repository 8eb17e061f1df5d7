import { emptyBriefing, type Briefing, type BriefingContact, type ChecklistItem } from '../../../../src-main/shared/domain/briefing';

/**
 * Urgent mode (แถลงข่าวด่วน): at two in the morning nobody should start from a blank page. Each
 * template gives the first-48-hours checklist, a holding statement to say before the facts are
 * in, the routing of questions and the national hotlines the public needs.
 */
export const CRISIS_KINDS = ['flood', 'storm', 'epidemic', 'accident', 'fire'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

interface CrisisTemplate {
  title: string;
  holding: string;
  checklist: string[];
  contacts: BriefingContact[];
  routing: { topic: string; agency: string }[];
}

/** Steps every crisis needs in its first 48 hours (GPRD crisis-communication practice). */
const COMMON_STEPS = [
  'ออกแถลงการณ์เบื้องต้น (holding statement) ภายใน 1 ชั่วโมง',
  'แต่งตั้งโฆษกเพียงคนเดียวและแจ้งสื่อมวลชน',
  'ตั้งศูนย์ข้อมูลข่าวสารร่วมกับศูนย์บัญชาการเหตุการณ์',
  'ยืนยันตัวเลขกับหน่วยงานเจ้าของข้อมูลก่อนเผยแพร่ทุกครั้ง',
  'เฝ้าระวังและชี้แจงข่าวปลอมในสื่อสังคมออนไลน์',
  'นัดแถลงข่าวครั้งต่อไปพร้อมแจ้งเวลาที่แน่นอน',
];

const HOTLINE_1784: BriefingContact = { name: 'สายด่วนนิรภัย ปภ.', role: 'แจ้งเหตุสาธารณภัย ขอความช่วยเหลือ', phone: '1784' };
const HOTLINE_1669: BriefingContact = { name: 'ศูนย์เอราวัณ/สพฉ.', role: 'การแพทย์ฉุกเฉิน', phone: '1669' };

const TEMPLATES: Record<CrisisKind, CrisisTemplate> = {
  flood: {
    title: 'สถานการณ์อุทกภัย',
    holding: 'จังหวัดได้รับรายงานสถานการณ์น้ำท่วมแล้ว ขณะนี้หน่วยงานที่เกี่ยวข้องลงพื้นที่ให้ความช่วยเหลือและกำลังรวบรวมข้อมูล จะแถลงรายละเอียดอีกครั้งโดยเร็ว ขอให้ประชาชนในพื้นที่เสี่ยงติดตามประกาศจากช่องทางทางการของจังหวัด',
    checklist: ['ประกาศจุดอพยพและศูนย์พักพิง', 'แจ้งเส้นทางที่ปิดและเส้นทางเลี่ยง', 'ประสานข้อมูลระดับน้ำจากชลประทานจังหวัด'],
    contacts: [HOTLINE_1784, HOTLINE_1669, { name: 'กรมอุตุนิยมวิทยา', role: 'พยากรณ์อากาศ', phone: '1182' }],
    routing: [
      { topic: 'ระดับน้ำและการระบายน้ำ', agency: 'โครงการชลประทานจังหวัด' },
      { topic: 'ความเสียหายทางการเกษตร', agency: 'สำนักงานเกษตรจังหวัด' },
    ],
  },
  storm: {
    title: 'สถานการณ์วาตภัย',
    holding: 'จังหวัดติดตามสถานการณ์พายุอย่างใกล้ชิด หน่วยงานที่เกี่ยวข้องเตรียมพร้อมให้ความช่วยเหลือตลอด 24 ชั่วโมง ขอให้ประชาชนงดออกจากบ้านโดยไม่จำเป็นและติดตามประกาศจากช่องทางทางการ',
    checklist: ['แจ้งเตือนชาวประมงงดออกเรือ', 'ประกาศจุดอพยพและศูนย์พักพิง', 'ประสานการไฟฟ้าเรื่องไฟฟ้าดับ'],
    contacts: [HOTLINE_1784, HOTLINE_1669, { name: 'กรมอุตุนิยมวิทยา', role: 'พยากรณ์อากาศ', phone: '1182' }],
    routing: [{ topic: 'ไฟฟ้าดับ', agency: 'การไฟฟ้าส่วนภูมิภาคจังหวัด' }],
  },
  epidemic: {
    title: 'สถานการณ์โรคระบาด',
    holding: 'จังหวัดได้รับรายงานผู้ป่วยแล้ว สำนักงานสาธารณสุขจังหวัดกำลังสอบสวนโรคและควบคุมการแพร่ระบาด จะแถลงข้อมูลที่ยืนยันแล้วอีกครั้ง ขอให้ประชาชนติดตามข้อมูลจากช่องทางทางการเท่านั้น',
    checklist: ['ยืนยันจำนวนผู้ป่วยกับสาธารณสุขจังหวัด', 'เผยแพร่วิธีป้องกันตนเอง', 'ปกป้องข้อมูลส่วนบุคคลของผู้ป่วย (ไม่เปิดเผยชื่อ)'],
    contacts: [{ name: 'สายด่วนกรมควบคุมโรค', role: 'ข้อมูลโรคและการป้องกัน', phone: '1422' }, HOTLINE_1669],
    routing: [{ topic: 'ข้อมูลผู้ป่วยและการรักษา', agency: 'สำนักงานสาธารณสุขจังหวัด' }],
  },
  accident: {
    title: 'อุบัติเหตุร้ายแรง',
    holding: 'จังหวัดทราบเหตุแล้ว เจ้าหน้าที่อยู่ในพื้นที่เพื่อช่วยเหลือผู้บาดเจ็บ จะแจ้งข้อมูลที่ยืนยันแล้วโดยเร็ว ขอแสดงความเสียใจต่อผู้ได้รับผลกระทบและครอบครัว',
    checklist: ['ยืนยันจำนวนผู้บาดเจ็บและเสียชีวิตกับโรงพยาบาล', 'แจ้งญาติก่อนเปิดเผยชื่อผู้เสียชีวิต', 'ตั้งจุดประสานงานญาติ'],
    contacts: [HOTLINE_1669, { name: 'เหตุด่วนเหตุร้าย', role: 'ตำรวจ', phone: '191' }, HOTLINE_1784],
    routing: [{ topic: 'สาเหตุและคดี', agency: 'ตำรวจภูธรจังหวัด' }],
  },
  fire: {
    title: 'เหตุอัคคีภัย',
    holding: 'จังหวัดทราบเหตุเพลิงไหม้แล้ว เจ้าหน้าที่ดับเพลิงและกู้ภัยอยู่ในพื้นที่ ขอให้ประชาชนหลีกเลี่ยงพื้นที่และติดตามประกาศจากช่องทางทางการ',
    checklist: ['ประกาศพื้นที่ที่ต้องหลีกเลี่ยง', 'แจ้งคุณภาพอากาศและการป้องกันควัน', 'ประสานที่พักชั่วคราวให้ผู้ได้รับผลกระทบ'],
    contacts: [{ name: 'แจ้งเหตุเพลิงไหม้', role: 'ดับเพลิง', phone: '199' }, HOTLINE_1669, HOTLINE_1784],
    routing: [{ topic: 'สาเหตุเพลิงไหม้', agency: 'ตำรวจภูธรจังหวัด' }],
  },
};

export function crisisTemplateTitle(kind: CrisisKind): string {
  return TEMPLATES[kind].title;
}

/** A new crisis briefing, most urgent, ready for the facts as they come in. */
export function crisisBriefing(kind: CrisisKind, today: string, province: string): Briefing {
  const template = TEMPLATES[kind];
  const checklist: ChecklistItem[] = [...COMMON_STEPS, ...template.checklist].map((text) => ({ text, done: false }));
  const where = province.trim() === '' ? '' : ` จังหวัด${province.replace(/^จังหวัด/, '')}`;
  return {
    ...emptyBriefing(today),
    title: `${template.title}${where}`,
    occasion: 'แถลงข่าวด่วน',
    holdingStatement: template.holding,
    checklist,
    contacts: template.contacts,
    routingNotes: template.routing,
    urgency: 'most-urgent',
    crisisKind: kind,
  };
}
