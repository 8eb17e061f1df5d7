import type { Content, DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { RetentionListDocument } from '../../../shared/pdf/retention-list';
import { formatThaiDateLong, formatThaiDateShort } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { bodyParagraphs } from '../layout/paragraphs';
import { signatureBlock } from '../layout/signature';
import { dataTable } from '../layout/table';

export const RETENTION_LIST_TITLE = 'บัญชีข้อมูลส่วนบุคคลที่ครบกำหนดเก็บรักษา';
export const NO_DUE_ITEMS = 'ไม่มีรายการที่ครบกำหนด';

/** The rules table prints at 14 pt, as report tables do. */
const TABLE_FONT_SIZE = 14;
/**
 * The list itself has five columns on a portrait page and Laksaman is a wide face: at 12 pt
 * most full names fit their column on one line and a row mostly takes two lines (about 15 rows
 * a page), where at 14 pt names broke inside the surname and rows took three or four lines.
 */
const ITEMS_FONT_SIZE = 12;
/**
 * The foot of each page holds the running footer (two lines at 12 pt) and the ลับ mark at
 * 24 pt; the usual 2 cm bottom margin drops the mark, so this document's is 2.9 cm.
 */
const BOTTOM_MARGIN = cm(2.9);

const n = (value: number) => value.toLocaleString('en-US');

function heading(text: string): Content {
  return { text, bold: true, fontSize: 18, headlineLevel: 1, margin: [0, cm(0.5), 0, cm(0.1)] };
}

/** A "ลงชื่อ ... <role>" line, centred over the signature block under it as in subject-access. */
function signLine(role: string, top: number): Content {
  return { text: `ลงชื่อ ...................................... ${role}`, alignment: 'center', margin: [TEXT_WIDTH * 0.2, top, 0, 0] };
}

/**
 * The yearly list of records whose retention has ended, for the director to approve before the
 * office erases them: letterhead, what approval means, the rules, every record (the table's
 * header repeats on each page), then the preparer's and the approver's signatures, kept whole.
 */
export function buildRetentionList(document: RetentionListDocument, options: RenderOptions): DocDefinition {
  const { fiscalYear, letterhead } = document;
  const items: Content =
    document.items.length === 0
      ? { text: NO_DUE_ITEMS, color: '#444444', margin: [cm(0.5), 0, 0, 0] }
      : dataTable(
          [
            // Widths (cell padding comes on top) fit at 12 pt: "ลำดับ" and "5,000" (Thai
            // digits are wider: "๕,๐๐๐"); "ผู้ร้องเรียน" (นักศึกษา/ฝึกงาน on two lines); most
            // full names with their title on one line; "26 เม.ย. 2570" ("๒๖ เม.ย. ๒๕๗๐"). The
            // reference takes the rest, about 4.6 cm (two lines, often three).
            { header: 'ลำดับ', width: cm(options.thaiDigits ? 1.3 : 1.05), alignment: 'center' },
            { header: 'ประเภท', width: cm(1.8) },
            { header: 'ชื่อ', width: cm(4.6) },
            { header: 'รายการ', width: '*' },
            { header: 'ครบกำหนดเมื่อ', width: cm(options.thaiDigits ? 2.9 : 2.55), alignment: 'center' },
          ],
          document.items.map((item, i) => [n(i + 1), item.kindLabel, item.name, item.reference, formatThaiDateShort(item.dueDate)]),
          { fontSize: ITEMS_FONT_SIZE },
        );
  const content: Content[] = [
    officeLetterhead(letterhead),
    { text: RETENTION_LIST_TITLE, bold: true, fontSize: 20, alignment: 'center', margin: [0, cm(0.3), 0, 0] },
    { text: `ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`, alignment: 'center' },
    { text: `จัดทำเมื่อ ${formatThaiDateLong(document.preparedOn)}`, alignment: 'center', margin: [0, 0, 0, cm(0.3)] },
    ...bodyParagraphs([
      `รายการข้างล่างนี้เป็นข้อมูลส่วนบุคคลที่ครบกำหนดระยะเวลาเก็บรักษาภายในวันที่ 30 กันยายน ${fiscalYear} ` +
        `ตามหลักเกณฑ์การเก็บรักษาข้อมูลของ${letterhead.officeName} เมื่อได้รับอนุมัติ สำนักงานจะลบข้อมูลส่วนบุคคลในรายการเหล่านี้` +
        'ออกจากเครื่องคอมพิวเตอร์ทุกเครื่อง โฟลเดอร์ซิงค์ที่ใช้ร่วมกัน และข้อมูลสำรอง ' +
        '(ระบบ PR Desk คงไว้เฉพาะข้อมูลที่กฎหมายหรือระเบียบกำหนดให้เก็บ เช่น ข้อมูลสถิติที่ไม่ระบุตัวบุคคล) และบันทึกการลบทุกครั้งไว้เป็นหลักฐาน',
    ]),
    heading('ระยะเวลาเก็บรักษา'),
    dataTable(
      [
        { header: 'ประเภท', width: cm(3.2) },
        { header: 'ระยะเวลา', width: cm(5) },
        { header: 'อ้างอิง', width: '*' },
      ],
      document.rules.map((rule) => [rule.kindLabel, rule.period, rule.basis]),
      { fontSize: TABLE_FONT_SIZE },
    ),
    heading(`รายการที่ครบกำหนด (${n(document.items.length)} รายการ)`),
    items,
    {
      // Kept whole, and saying how many records it approves: it may stand on a page of its own.
      stack: [
        { text: `รวมทั้งสิ้น ${n(document.items.length)} รายการ`, bold: true, margin: [0, cm(0.3), 0, 0] },
        signLine('ผู้จัดทำ', cm(1)),
        signatureBlock(document.preparer, { spaceToSign: cm(0.1) }),
        { text: 'ความเห็น   (   ) อนุมัติให้ลบข้อมูลตามบัญชี   (   ) ไม่อนุมัติ', margin: [0, cm(0.7), 0, 0] },
        signLine('ผู้อนุมัติ', cm(1)),
        signatureBlock(document.approver, { spaceToSign: cm(0.1) }),
        { text: 'วันที่ ......................................', alignment: 'center', margin: [TEXT_WIDTH * 0.4, cm(0.1), 0, 0] },
      ],
      unbreakable: true,
    },
  ];
  const images: Record<string, string> = {};
  if (letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(letterhead.logo);
  const page = governmentDocument(
    content,
    {
      title: `${RETENTION_LIST_TITLE} ปีงบประมาณ พ.ศ. ${fiscalYear}`,
      author: letterhead.officeName,
      urgency: 'normal',
      // It lists people's names: ลับ at the head and foot of every page.
      secrecy: 'confidential',
      thaiDigits: options.thaiDigits,
      runningFooter: `${RETENTION_LIST_TITLE} ปีงบประมาณ พ.ศ. ${fiscalYear} · ${letterhead.officeName}`,
    },
    images,
  );
  const [left, top, right] = page.pageMargins ?? [0, 0, 0, 0];
  return { ...page, pageMargins: [left, top, right, BOTTOM_MARGIN] };
}
