import type { BriefingPrint } from '../../../shared/pdf/briefing';
import type { BriefingDocument, BriefingPackDocument, RunSheet } from '../../../shared/pdf/briefing';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE } from './office';

const TOPICS = ['ศูนย์พักพิง', 'การแจ้งเตือนภัย', 'ถุงยังชีพ', 'ถนนที่ปิด', 'การเยียวยา', 'โรงพยาบาล'];

/** Question i of a long list; every fifth is hostile, every seventh has a long answer that must flow. */
export function sampleQa(i: number): BriefingPrint['qas'][number] {
  const topic = TOPICS[i % TOPICS.length] ?? '';
  const long = i % 7 === 3;
  return {
    question: `คำถามที่ ${i + 1} เรื่อง${topic} จังหวัดเตรียมการไว้อย่างไร และประชาชนจะได้รับความช่วยเหลือเมื่อใด`,
    answer: `คำตอบที่ ${i + 1} จังหวัดสงขลาได้เตรียม${topic}ไว้ครบทุกอำเภอ ทีมงานพร้อมปฏิบัติงานตลอด 24 ชั่วโมง${
      long ? ' โดยได้ประสานหน่วยงานที่เกี่ยวข้องทั้งองค์กรปกครองส่วนท้องถิ่น ทหาร ตำรวจ และอาสาสมัครในพื้นที่ เพื่อให้การช่วยเหลือเป็นไปอย่างรวดเร็วและทั่วถึง'.repeat(3) : ''
    } จบคำตอบ${i + 1}`,
    bridge: i % 2 === 0 ? 'สิ่งสำคัญที่สุดคือความปลอดภัยของพี่น้องประชาชน' : '',
    hostile: i % 5 === 4,
    bankItemId: null,
    bankVersion: null,
  };
}

export function sampleBriefing(qaCount = 60): BriefingPrint {
  return {
    title: 'สถานการณ์อุทกภัยอำเภอหาดใหญ่ ฉบับเร่งด่วน',
    occasion: 'แถลงข่าวสถานการณ์น้ำท่วม ณ ศาลากลางจังหวัดสงขลา',
    audience: 'สื่อมวลชนท้องถิ่นและส่วนกลาง ประชาชนในพื้นที่เสี่ยง',
    spokesperson: 'ผู้ว่าราชการจังหวัดสงขลา',
    situation: 'ฝนตกหนักต่อเนื่อง 3 วัน ระดับน้ำคลองอู่ตะเภาสูงกว่าตลิ่ง 1.20 เมตร น้ำท่วมขังในเขตเทศบาลนครหาดใหญ่',
    background: 'กรมอุตุนิยมวิทยาประกาศเตือนพายุดีเปรสชันตั้งแต่วันที่ 20 พฤศจิกายน 2569',
    coreMessage: 'จังหวัดสงขลาพร้อมดูแลประชาชนทุกครัวเรือน ขอให้ผู้อยู่ในพื้นที่เสี่ยงอพยพไปศูนย์พักพิงที่ใกล้ที่สุดทันที',
    keyMessages: [
      { text: 'ศูนย์พักพิงเปิดครบทุกอำเภอ', proofPoints: ['เปิดแล้ว 42 แห่ง รองรับได้ 8,000 คน', 'มีอาหาร น้ำดื่ม และแพทย์ประจำทุกแห่ง'] },
      { text: 'ติดตามประกาศเตือนภัยจากช่องทางทางการเท่านั้น', proofPoints: ['เพจประชาสัมพันธ์จังหวัดสงขลา', 'สถานีวิทยุกระจายเสียงแห่งประเทศไทย จังหวัดสงขลา'] },
      { text: 'สายด่วนช่วยเหลือ 1784 ตลอด 24 ชั่วโมง', proofPoints: ['รับแจ้งแล้ว 1,250 สาย ช่วยเหลือสำเร็จร้อยละ 96'] },
    ],
    facts: [
      { statement: 'ครัวเรือนได้รับผลกระทบ 12,480 ครัวเรือน', source: 'ปภ.จังหวัดสงขลา', asOf: '2026-11-23T06:00' },
      { statement: 'ปริมาณฝนสะสม 3 วัน 412 มิลลิเมตร', source: 'ศูนย์อุตุนิยมวิทยาภาคใต้ฝั่งตะวันออก', asOf: '2026-11-23T07:00' },
    ],
    qas: Array.from({ length: qaCount }, (_, i) => sampleQa(i)),
    doNotSay: 'อย่าคาดการณ์ว่าน้ำจะลดเมื่อใด และอย่าระบุจำนวนผู้เสียชีวิตก่อนได้รับการยืนยันจากโรงพยาบาล',
    routingNotes: [{ topic: 'ความเสียหายทางการเกษตร', agency: 'สำนักงานเกษตรจังหวัดสงขลา' }],
    contacts: [{ name: 'นางสาววิภาวรรณ ศรีสุข', role: 'ประสานสื่อมวลชน', phone: '081 234 5678' }],
    relatedReleases: ['ข่าวที่ 245/2569 จังหวัดสงขลาเปิดศูนย์พักพิง 42 แห่ง'],
    urgency: 'most-urgent',
    secrecy: 'confidential',
    status: 'approved',
    version: 2,
    approvedBy: 'นายสมชาย ใจดี',
    approvedAt: '2026-11-23T06:30:00.000Z',
    approvedByPosition: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
    checklist: [
      { text: 'ออกแถลงการณ์เบื้องต้นภายใน 1 ชั่วโมง', done: true },
      { text: 'ตั้งศูนย์ข้อมูลข่าวสารร่วม', done: false },
    ],
    holdingStatement: 'จังหวัดสงขลาทราบสถานการณ์แล้ว กำลังรวบรวมข้อมูลและจะแถลงรายละเอียดภายใน 2 ชั่วโมง',
    date: '2026-11-23',
  };
}

/** The conference of the samples: the pack's run sheet, the conference papers' heading. */
export const SAMPLE_RUN_SHEET: RunSheet = {
  title: 'แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา ครั้งที่ 2',
  startsAt: '2026-11-23T10:00',
  venue: 'ห้องประชุมศาลากลางจังหวัดสงขลา',
  speakers: ['ผู้ว่าราชการจังหวัดสงขลา', 'หัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสงขลา'],
  items: [
    { time: '09:30', item: 'ลงทะเบียนสื่อมวลชน' },
    { time: '10:00', item: 'ผู้ว่าราชการจังหวัดแถลงสถานการณ์' },
    { time: '10:20', item: 'ตอบข้อซักถาม' },
  ],
};

/** A briefing not yet approved (a first draft): it prints with ร่าง across every page. */
export function sampleDraftBriefingDocument(qaCount = 20): BriefingDocument {
  const briefing: BriefingPrint = { ...sampleBriefing(qaCount), status: 'draft', version: 1, approvedBy: '', approvedAt: '', approvedByPosition: '' };
  return { kind: 'briefing', officeName: SAMPLE_OFFICE.officeName, briefing };
}

export function sampleBriefingDocument(qaCount = 60): BriefingDocument {
  return { kind: 'briefing', officeName: SAMPLE_OFFICE.officeName, briefing: sampleBriefing(qaCount) };
}

export function sampleBriefingPack(): BriefingPackDocument {
  const second: BriefingPrint = {
    ...sampleBriefing(6),
    title: 'มาตรการเยียวยาผู้ประสบอุทกภัย',
    coreMessage: 'ผู้ประสบภัยทุกรายจะได้รับเงินช่วยเหลือตามระเบียบภายใน 15 วัน',
    urgency: 'urgent',
    secrecy: 'none',
    checklist: [],
    holdingStatement: '',
  };
  return {
    kind: 'briefing-pack',
    officeName: SAMPLE_OFFICE.officeName,
    runSheet: SAMPLE_RUN_SHEET,
    briefings: [sampleBriefing(12), second],
  };
}

export function briefingSamples(): PdfSample[] {
  return [
    { name: 'briefing-60-qa', request: { document: sampleBriefingDocument(), options: { thaiDigits: false } } },
    { name: 'briefing-draft', request: { document: sampleDraftBriefingDocument(), options: { thaiDigits: false } } },
  ];
}

export function briefingPackSamples(): PdfSample[] {
  return [{ name: 'briefing-pack', request: { document: sampleBriefingPack(), options: { thaiDigits: false } } }];
}
