import type { Content, DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { AccessProcessing, AccessSection, SubjectAccessDocument } from '../../../shared/pdf/subject-access';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { signatureBlock } from '../layout/signature';
import { dataTable, type TableCell } from '../layout/table';

export const SUBJECT_ACCESS_TITLE = 'สำเนาข้อมูลส่วนบุคคลตามคำขอใช้สิทธิเข้าถึง';

/** Tables print at 14 pt so that a section of hundreds of records stays a readable length. */
const TABLE_FONT_SIZE = 14;
/**
 * A record estimated at this many printed lines or fewer stays on one page with its heading;
 * longer ones flow on (pdfmake silently drops an unbreakable block taller than a page).
 */
const KEEP_RECORD_TOGETHER_LINES = 20;
/** Characters that surely fit a line of each column at 14 pt (Thai marks take no width: fewer). */
const LABEL_CHARS_PER_LINE = 14;
const VALUE_CHARS_PER_LINE = 35;
const LABEL_WIDTH = cm(4.6);
const NO_DATA = 'ไม่มีข้อมูล';

const n = (value: number) => value.toLocaleString('en-US');

function estimatedLines(text: string, charsPerLine: number): number {
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(part.length / charsPerLine)), 0);
}

/** Printed lines of a record, generously: its heading, the table's header row, and each field's row. */
function recordLines(record: AccessSection['records'][number]): number {
  return record.fields.reduce(
    (lines, field) => lines + Math.max(estimatedLines(field.label, LABEL_CHARS_PER_LINE), estimatedLines(field.value, VALUE_CHARS_PER_LINE)),
    estimatedLines(record.heading, VALUE_CHARS_PER_LINE) + 1,
  );
}

function heading(text: string): Content {
  return { text, bold: true, fontSize: 18, headlineLevel: 1, margin: [0, cm(0.5), 0, cm(0.1)] };
}

function noData(): Content {
  return { text: NO_DATA, color: '#444444', margin: [cm(0.5), 0, 0, 0] };
}

/** One processing activity: its title, then what s.30 asks the office to tell, as label/value rows. */
function processingBlock(processing: AccessProcessing): Content[] {
  const rows: TableCell[][] = [
    ['วัตถุประสงค์', processing.purpose],
    ['ฐานทางกฎหมาย', processing.lawfulBasis],
    ['แหล่งที่มา', processing.source],
    ['ระยะเวลาเก็บรักษา', processing.retention],
    ['ผู้รับข้อมูล', processing.recipients],
  ];
  return [
    { text: processing.title, bold: true, margin: [0, cm(0.2), 0, 0] },
    dataTable(
      [
        { header: 'หัวข้อ', width: LABEL_WIDTH },
        { header: 'รายละเอียด', width: '*' },
      ],
      rows,
      { fontSize: TABLE_FONT_SIZE },
    ),
  ];
}

/**
 * One section: "N. title (k รายการ)", then each record as a small heading over a รายการ/ข้อมูล
 * table. The section's title stays with its first record, and a short record stays whole.
 */
function sectionBlock(section: AccessSection, index: number): Content[] {
  const title: Content = {
    text: `${index + 1}. ${section.title} (${n(section.records.length)} รายการ)`,
    bold: true,
    margin: [0, cm(0.3), 0, 0],
  };
  if (section.records.length === 0) return [{ stack: [title, noData()], unbreakable: true }];
  return section.records.map((record, i) => {
    const table: Content =
      record.fields.length === 0
        ? noData()
        : dataTable(
            [
              { header: 'รายการ', width: LABEL_WIDTH },
              { header: 'ข้อมูล', width: '*' },
            ],
            record.fields.map((field) => [field.label, field.value === '' ? '-' : field.value]),
            { fontSize: TABLE_FONT_SIZE },
          );
    const parts: Content[] = [{ text: record.heading, bold: true, fontSize: TABLE_FONT_SIZE + 1, margin: [0, cm(0.1), 0, 0] }, table];
    return { stack: i === 0 ? [title, ...parts] : parts, unbreakable: recordLines(record) + (i === 0 ? 1 : 0) <= KEEP_RECORD_TOGETHER_LINES };
  });
}

/**
 * สำเนาข้อมูลส่วนบุคคล (PDPA s.30): letterhead, the request and whose data it is, what the office
 * does with the data (from the ROPA), then every record the office holds about the person, signed.
 */
export function buildSubjectAccess(document: SubjectAccessDocument, options: RenderOptions): DocDefinition {
  const { request, subject } = document;
  const content: Content[] = [
    officeLetterhead(document.letterhead),
    { text: SUBJECT_ACCESS_TITLE, bold: true, fontSize: 20, alignment: 'center', margin: [0, cm(0.3), 0, 0] },
    { text: 'ตามมาตรา 30 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562', alignment: 'center' },
    { text: `จัดทำเมื่อ ${formatThaiDateLong(document.preparedOn)}`, alignment: 'center', margin: [0, 0, 0, cm(0.3)] },
    {
      stack: [
        { text: [{ text: 'คำขอเลขที่ ', bold: true }, request.reference, { text: '  รับเมื่อ ', bold: true }, formatThaiDateLong(request.receivedDate)] },
        { text: [{ text: 'ผู้ยื่นคำขอ ', bold: true }, request.requesterName] },
        { text: [{ text: 'เจ้าของข้อมูล ', bold: true }, `${subject.name} (${subject.kindLabel})`] },
      ],
    },
    {
      text: `สำเนานี้แสดงข้อมูลทุกรายการเกี่ยวกับ${subject.name}ที่ระบบ PR Desk ของ${document.letterhead.officeName}จัดเก็บไว้ ณ วันที่จัดทำ พร้อมวัตถุประสงค์ ฐานทางกฎหมาย แหล่งที่มา ระยะเวลาเก็บรักษา และผู้รับข้อมูล`,
      color: '#444444',
      margin: [0, cm(0.2), 0, 0],
    },
    heading('การประมวลผลข้อมูล'),
    ...(document.processing.length === 0 ? [noData()] : document.processing.flatMap(processingBlock)),
    heading('ข้อมูลที่สำนักงานเก็บรักษา'),
    ...(document.sections.length === 0 ? [noData()] : document.sections.flatMap(sectionBlock)),
    {
      stack: [
        { text: 'ลงชื่อ ...................................... ผู้ควบคุมข้อมูลส่วนบุคคล', alignment: 'center', margin: [TEXT_WIDTH * 0.2, cm(1.5), 0, 0] },
        signatureBlock(document.signer, { spaceToSign: cm(0.1) }),
      ],
      unbreakable: true,
    },
  ];
  const images: Record<string, string> = {};
  if (document.letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(document.letterhead.logo);
  return governmentDocument(
    content,
    {
      title: SUBJECT_ACCESS_TITLE,
      author: document.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: options.thaiDigits,
      runningFooter: `สำเนาข้อมูลส่วนบุคคล · ${subject.name} · เปิดเผยเฉพาะเจ้าของข้อมูล`,
    },
    images,
  );
}
