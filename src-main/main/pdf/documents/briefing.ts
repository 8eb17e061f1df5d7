import type { Content, DocDefinition, DynamicContent } from 'pdfmake';
import { BRIEFING_STATUS_LABELS } from '../../../shared/domain/briefing';
import { isApprovedBriefing } from '../../../shared/domain/briefing-workflow';
import {
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
  type RenderOptions,
  type Secrecy,
  type Urgency,
} from '../../../shared/pdf/document-parts';
import type { BriefingDocument, BriefingPackDocument, BriefingPrint, RunSheet } from '../../../shared/pdf/briefing';
import { formatThaiDateLong, formatThaiDateShort, formatThaiTime, officialClockText, toCalendarDate, toIsoDate } from '../../../shared/text/thai-date';
import { toThaiDigits } from '../../../shared/text/thai-digits';
import { FONT_FAMILY, MARK_RED, PAGE_MARGINS, cm } from '../layout/page';
import { cellPadding } from '../layout/cell-padding';
import { draftWatermark } from '../layout/draft-mark';
import { dataTable } from '../layout/table';
import { keepTogether } from '../../../shared/text/document-text';

/**
 * The director's briefing: read standing at a lectern, so the body is 18 pt, the core message
 * comes first in a box, and each question is bold with its answer below it. Urgency and secrecy
 * marks are printed in red at the top and bottom of EVERY page (a loose page is still marked),
 * with "หน้า x/y" so a dropped stack can be put back in order.
 */
export const BRIEFING_BODY_SIZE = 18;
const BRIEFING_LINE_HEIGHT = 0.8;
const HEADING_SIZE = 20;
const TITLE_SIZE = 24;
const MARK_SIZE = 18;
const BOX_FILL = '#f3f3f3';
/** A question with its answer shorter than this stays on one page; longer ones flow on. */
const KEEP_QA_TOGETHER_CHARS = 500;

export interface BriefingPageMarks {
  urgency: Urgency;
  secrecy: Secrecy;
  /** "ฉบับที่ 2 · 23 พฤศจิกายน 2569" */
  versionLine: string;
  thaiDigits: boolean;
  /** Not approved (a draft or in review): ร่าง across every page. */
  draft: boolean;
}

const digits = (text: string, thai: boolean) => (thai ? toThaiDigits(text) : text);

export function pageOfLine(page: number, count: number, thaiDigits: boolean): string {
  return digits(`หน้า ${page}/${count}`, thaiDigits);
}

function markRow(marks: BriefingPageMarks, page: number, count: number, top: boolean): Content {
  const urgency = URGENCY_LABELS[marks.urgency] ?? '';
  const secrecy = SECRECY_LABELS[marks.secrecy] ?? '';
  const red = { bold: true, color: MARK_RED, fontSize: MARK_SIZE };
  return {
    columns: [
      // Equal side columns keep the secrecy mark centred on the page.
      { width: cm(6), text: urgency, ...red },
      { width: '*', text: secrecy, alignment: 'center', ...red },
      { width: cm(6), text: top ? pageOfLine(page, count, marks.thaiDigits) : digits(marks.versionLine, marks.thaiDigits), alignment: 'right', fontSize: 12, color: '#333333' },
    ],
    margin: [PAGE_MARGINS.left, top ? cm(0.6) : cm(0.4), PAGE_MARGINS.right, 0],
  };
}

export function briefingHeader(marks: BriefingPageMarks): DynamicContent {
  return (page, count) => markRow(marks, page, count, true);
}
export function briefingFooter(marks: BriefingPageMarks): DynamicContent {
  return (page, count) => markRow(marks, page, count, false);
}

const heading = (text: string): Content => ({ text, bold: true, fontSize: HEADING_SIZE, margin: [0, cm(0.35), 0, cm(0.1)] });
const para = (text: string): Content => ({ text, margin: [0, 0, 0, cm(0.15)] });

/** A wall-clock date and time as typed ("2026-11-20T14:30", a fact's as-of): "20 พ.ย. 2569 14.30 น.". */
function dateTime(value: string): string {
  if (value === '') return '-';
  const [date, time] = value.split('T');
  return `${formatThaiDateShort(date ?? value)}${time ? ` ${time.slice(0, 5).replace(':', '.')} น.` : ''}`;
}

/**
 * An instant stored in UTC (an approval's timestamp), as Thai official style writes it: the
 * day and time in Bangkok, "23 พ.ย. 2569 13.30 น." (it printed the UTC hour with a colon).
 */
function instantDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return dateTime(iso.slice(0, 16));
  return `${formatThaiDateShort(toIsoDate(toCalendarDate(at)))} ${formatThaiTime(at)}`;
}

/** The core message in a box: the one thing to say if nothing else gets said. */
function coreMessageBox(text: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: 'สารหลัก', bold: true, fontSize: 16, color: '#444444' },
              { text: text === '' ? '(ยังไม่ได้กำหนดสารหลัก)' : text, bold: true, fontSize: 22 },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 2,
      vLineWidth: () => 2,
      hLineColor: () => '#000000',
      vLineColor: () => '#000000',
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 6,
      // the last line is the 22 pt message: its marks need its own descent clear of the 2 pt rule
      paddingBottom: () => cellPadding(22, BRIEFING_LINE_HEIGHT).bottom + 1,
      fillColor: () => BOX_FILL,
    },
    margin: [0, cm(0.2), 0, cm(0.3)],
  };
}

function qaBlock(qa: BriefingPrint['qas'][number], index: number): Content {
  const parts: Content[] = [
    { text: [`${index + 1}. `, ...(qa.hostile ? [{ text: '[คำถามเชิงลบ] ', color: MARK_RED }] : []), `ถาม: ${qa.question}`], bold: true },
    { text: `ตอบ: ${qa.answer}`, margin: [cm(0.8), cm(0.05), 0, 0] },
  ];
  if (qa.bridge !== '') parts.push({ text: `เชื่อมกลับ: ${qa.bridge}`, italics: true, color: '#333333', margin: [cm(0.8), cm(0.05), 0, 0] });
  const length = qa.question.length + qa.answer.length + qa.bridge.length;
  return { stack: parts, unbreakable: length <= KEEP_QA_TOGETHER_CHARS, margin: [0, cm(0.15), 0, cm(0.2)] };
}

/** One briefing's pages, in the order the director reads them. */
export function briefingContent(b: BriefingPrint, options: { pageBreakBefore: boolean }): Content[] {
  const content: Content[] = [
    {
      text: 'เอกสารประกอบการแถลงข่าว',
      fontSize: 16,
      color: '#444444',
      alignment: 'center',
      ...(options.pageBreakBefore ? { pageBreak: 'before' as const } : {}),
    },
    { text: b.title, bold: true, fontSize: TITLE_SIZE, alignment: 'center' },
    {
      text: `ฉบับที่ ${b.version} · ${keepTogether(formatThaiDateLong(b.date))} · สถานะ${BRIEFING_STATUS_LABELS[b.status]}${b.approvedBy ? ` · อนุมัติโดย ${b.approvedBy}${b.approvedByPosition ? ` (${b.approvedByPosition})` : ''}${b.approvedAt ? ` ${keepTogether(instantDateTime(b.approvedAt))}` : ''}` : ''}`,
      fontSize: 14,
      alignment: 'center',
      margin: [0, 0, 0, cm(0.2)],
    },
    coreMessageBox(b.coreMessage),
  ];
  const meta = [
    ['โอกาส', b.occasion],
    ['กลุ่มเป้าหมาย', b.audience],
    ['ผู้แถลง', b.spokesperson],
  ].filter(([, v]) => v !== '');
  if (meta.length > 0) content.push({ text: meta.map(([k, v]) => `${k}: ${v}`).join('\n'), fontSize: 16, margin: [0, 0, 0, cm(0.2)] });
  if (b.keyMessages.length > 0) {
    content.push(heading('ประเด็นสำคัญ'));
    b.keyMessages.forEach((m, i) => {
      content.push({ text: `${i + 1}. ${m.text}`, bold: true, margin: [0, cm(0.1), 0, 0] });
      for (const point of m.proofPoints) content.push({ text: `– ${point}`, margin: [cm(0.8), 0, 0, 0] });
    });
  }
  if (b.holdingStatement !== '') content.push(heading('แถลงการณ์เบื้องต้น (ระหว่างรอข้อมูล)'), para(b.holdingStatement));
  if (b.situation !== '') content.push(heading('สถานการณ์'), para(b.situation));
  if (b.background !== '') content.push(heading('ความเป็นมา'), para(b.background));
  if (b.facts.length > 0) {
    content.push(heading('ข้อเท็จจริงและตัวเลข'));
    content.push(
      dataTable(
        [
          { header: 'ข้อเท็จจริง', width: '*' },
          { header: 'แหล่งที่มา', width: cm(4) },
          { header: 'ข้อมูล ณ', width: cm(3.4) },
        ],
        b.facts.map((f) => [f.statement, f.source, dateTime(f.asOf)]),
        { fontSize: 16, lineHeight: BRIEFING_LINE_HEIGHT },
      ),
    );
  }
  if (b.qas.length > 0) {
    content.push(heading(`คำถามที่คาดว่าจะถูกถาม (${b.qas.length} ข้อ)`));
    b.qas.forEach((qa, i) => content.push(qaBlock(qa, i)));
  }
  if (b.doNotSay !== '') content.push(heading('สิ่งที่ไม่ควรพูด'), { text: b.doNotSay, color: MARK_RED, margin: [0, 0, 0, cm(0.15)] });
  if (b.routingNotes.length > 0) {
    content.push(heading('คำถามที่ควรส่งต่อ'));
    content.push(dataTable([{ header: 'เรื่อง', width: '*' }, { header: 'ส่งต่อหน่วยงาน', width: '*' }], b.routingNotes.map((r) => [r.topic, r.agency]), { fontSize: 16, lineHeight: BRIEFING_LINE_HEIGHT }));
  }
  if (b.checklist.length > 0) {
    content.push(heading('สิ่งที่ต้องทำใน 48 ชั่วโมงแรก'));
    // Laksaman has no ballot-box glyphs: done items say so in words.
    content.push({ text: b.checklist.map((c, i) => `${i + 1}. ${c.text}${c.done ? ' (ดำเนินการแล้ว)' : ''}`).join('\n'), fontSize: 16 });
  }
  if (b.contacts.length > 0) {
    content.push(heading('ผู้ประสานงาน'));
    content.push(dataTable([{ header: 'ชื่อ', width: '*' }, { header: 'หน้าที่', width: '*' }, { header: 'โทรศัพท์', width: cm(3.6) }], b.contacts.map((c) => [c.name, c.role, c.phone]), { fontSize: 16, lineHeight: BRIEFING_LINE_HEIGHT }));
  }
  if (b.relatedReleases.length > 0) {
    content.push(heading('ข่าวประชาสัมพันธ์ที่เกี่ยวข้อง'));
    content.push({ text: b.relatedReleases.map((r) => `• ${r}`).join('\n'), fontSize: 16 });
  }
  return content;
}

/** When and where a conference is, from its typed start: "23 พฤศจิกายน 2569 เวลา 10.00 น. ณ ศาลากลาง". */
export function conferenceWhenWhere(conference: Pick<RunSheet, 'startsAt' | 'venue'>): string {
  const [date, time] = conference.startsAt.split('T');
  return `${formatThaiDateLong(date ?? '')} เวลา ${officialClockText(time ?? '')} น.${conference.venue ? ` ณ ${conference.venue}` : ''}`;
}

function runSheetContent(sheet: RunSheet): Content[] {
  return [
    { text: 'กำหนดการแถลงข่าว', fontSize: 16, color: '#444444', alignment: 'center' },
    { text: sheet.title, bold: true, fontSize: TITLE_SIZE, alignment: 'center' },
    { text: conferenceWhenWhere(sheet), alignment: 'center', margin: [0, 0, 0, cm(0.3)] },
    ...(sheet.speakers.length > 0 ? [heading('ผู้แถลง'), { text: sheet.speakers.map((s) => `• ${s}`).join('\n') }] : []),
    ...(sheet.items.length > 0
      ? [heading('ลำดับกำหนดการ'), dataTable([{ header: 'เวลา', width: cm(2.6), alignment: 'center' }, { header: 'รายการ', width: '*' }], sheet.items.map((i) => [officialClockText(i.time), i.item]), { lineHeight: BRIEFING_LINE_HEIGHT, fontSize: BRIEFING_BODY_SIZE })]
      : []),
  ];
}

const maxOf = <T extends string>(levels: readonly T[], values: readonly T[]): T =>
  levels[Math.max(0, ...values.map((v) => levels.indexOf(v)))] ?? levels[0]!;

function briefingPages(content: Content[], title: string, author: string, marks: BriefingPageMarks): DocDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // Room at top and bottom for the marks on every page.
    pageMargins: [PAGE_MARGINS.left, cm(2.3), PAGE_MARGINS.right, cm(2)],
    defaultStyle: { font: FONT_FAMILY, fontSize: BRIEFING_BODY_SIZE, lineHeight: BRIEFING_LINE_HEIGHT },
    header: briefingHeader(marks),
    footer: briefingFooter(marks),
    content,
    images: {},
    ...draftWatermark(marks.draft),
    language: 'th-TH',
    info: { title, author, creator: 'PR Desk', producer: 'PR Desk (pdfmake)' },
  };
}

export function buildBriefing(doc: BriefingDocument, options: RenderOptions): DocDefinition {
  const b = doc.briefing;
  return briefingPages(briefingContent(b, { pageBreakBefore: false }), `เอกสารประกอบการแถลงข่าว ${b.title}`, doc.officeName, {
    urgency: b.urgency,
    secrecy: b.secrecy,
    versionLine: `ฉบับที่ ${b.version} · ${formatThaiDateLong(b.date)}`,
    thaiDigits: options.thaiDigits,
    draft: !isApprovedBriefing(b.status),
  });
}

/**
 * The pack is marked as urgent and as secret as its most urgent and most secret briefing, and is
 * a draft (ร่าง on every page, the run sheet's too) while any briefing in it is not approved.
 */
export function buildBriefingPack(doc: BriefingPackDocument, options: RenderOptions): DocDefinition {
  const content: Content[] = doc.runSheet ? runSheetContent(doc.runSheet) : [];
  doc.briefings.forEach((b, i) => content.push(...briefingContent(b, { pageBreakBefore: i > 0 || doc.runSheet !== null })));
  const first = doc.briefings[0];
  const date = doc.runSheet ? doc.runSheet.startsAt.slice(0, 10) : (first?.date ?? '');
  return briefingPages(content, `ชุดเอกสารประกอบการแถลงข่าว ${doc.runSheet?.title ?? first?.title ?? ''}`, doc.officeName, {
    urgency: maxOf(URGENCY_LEVELS, doc.briefings.map((b) => b.urgency)),
    secrecy: maxOf(SECRECY_LEVELS, doc.briefings.map((b) => b.secrecy)),
    versionLine: `ชุดเอกสาร ${doc.briefings.length} เรื่อง · ${date ? formatThaiDateShort(date) : ''}`,
    thaiDigits: options.thaiDigits,
    draft: doc.briefings.some((b) => !isApprovedBriefing(b.status)),
  });
}
