import type { Content, DocDefinition } from 'pdfmake';
import { statementHeading } from '../../../shared/domain/press-conference';
import { typedParagraphs, type Letterhead, type RenderOptions } from '../../../shared/pdf/document-parts';
import type { ConferenceAttendanceDocument, ConferenceHeading, ConferenceStatementsDocument, PrintedStatement } from '../../../shared/pdf/press-conference';
import { keepTogether } from '../../../shared/text/document-text';
import { formatThaiDateLong, formatThaiTime } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { cm, governmentDocument } from '../layout/page';
import { bodyParagraphs } from '../layout/paragraphs';
import { dataTable } from '../layout/table';
import { conferenceWhenWhere } from './briefing';

/** "ก ข และค": a Thai list, และ before the last item. */
function thaiList(items: readonly string[]): string {
  const last = items.at(-1) ?? '';
  return items.length < 2 ? last : `${items.slice(0, -1).join(' ')} และ${last}`;
}

/** The paper's name, then the conference: title, "วันที่ … เวลา 10.00 น. ณ …", its speakers. */
function conferenceHeading(paper: string, conference: ConferenceHeading): Content[] {
  const content: Content[] = [
    { text: paper, bold: true, fontSize: 22, alignment: 'center' },
    { text: conference.title, bold: true, fontSize: 18, alignment: 'center' },
    { text: `วันที่ ${conferenceWhenWhere(conference)}`, alignment: 'center' },
  ];
  if (conference.speakers.length > 0) content.push({ text: `ผู้แถลง ${thaiList(conference.speakers)}`, alignment: 'center' });
  content.push({ text: '', margin: [0, 0, 0, cm(0.3)] });
  return content;
}

function letterheadImages(letterhead: Letterhead): Record<string, string> {
  return letterhead.logo ? { [LOGO_IMAGE]: imageDataUrl(letterhead.logo) } : {};
}

/** "แถลงการณ์ ฉบับที่ 2 เรื่อง …", when and by whom it was issued, then its text. */
function statementBlock(statement: PrintedStatement, first: boolean): Content[] {
  const at = new Date(statement.issuedAt);
  const issued = `ออกเมื่อวันที่ ${keepTogether(formatThaiDateLong(at))} เวลา ${keepTogether(formatThaiTime(at))}${statement.issuedBy ? ` โดย ${statement.issuedBy}` : ''}`;
  return [
    // A heading is never left alone at the foot of a page (keepHeadingWithNext).
    { text: `${statementHeading(statement.number)} เรื่อง ${statement.title}`, bold: true, fontSize: 18, headlineLevel: 1, margin: [0, first ? 0 : cm(0.5), 0, 0] },
    { text: issued, fontSize: 14, color: '#444444', margin: [0, 0, 0, cm(0.15)] },
    ...bodyParagraphs(typedParagraphs(statement.body)),
  ];
}

/** คำแถลงข่าว: the conference, then each แถลงการณ์ in number order with its text. */
export function buildConferenceStatements(doc: ConferenceStatementsDocument, options: RenderOptions): DocDefinition {
  const statements = [...doc.statements].sort((a, b) => a.number - b.number);
  const content: Content[] = [officeLetterhead(doc.letterhead), ...conferenceHeading('คำแถลงข่าว', doc.conference)];
  statements.forEach((statement, i) => content.push(...statementBlock(statement, i === 0)));
  content.push({ text: doc.letterhead.officeName, alignment: 'right', margin: [0, cm(0.6), 0, 0] });
  return governmentDocument(
    content,
    { title: `คำแถลงข่าว ${doc.conference.title}`, author: doc.letterhead.officeName, urgency: 'normal', secrecy: 'none', thaiDigits: options.thaiDigits },
    letterheadImages(doc.letterhead),
  );
}

/**
 * The sheet is what the office lays on the registration table: media pass it along and sign
 * against their own name, so it is printed as a Thai sign-in sheet (ใบลงชื่อ) is: ที่, name,
 * outlet, position, and a ลายมือชื่อ column wide enough to sign in.
 * - Everyone invited is listed, in the order invited, except those recorded as not coming.
 * - Blank numbered rows follow, at least BLANK_ROWS_MIN and enough to fill SHEET_ROWS: media
 *   nobody invited always turn up, and they write themselves in below the list.
 * - Telephone numbers are NOT printed: the sheet passes through every journalist's hands, and
 *   their numbers are personal data the office already keeps in its media network (PDPA:
 *   print no more than the sheet needs).
 * - The count under the table is of the names listed; the line below it says how many were
 *   invited and how many the office has ticked as come, so the sheet also serves as the record.
 */
const BLANK_ROWS_MIN = 5;
const SHEET_ROWS = 12;
const SHEET_FONT_SIZE = 14;

export function buildConferenceAttendance(doc: ConferenceAttendanceDocument, options: RenderOptions): DocDefinition {
  const listed = doc.attendees.filter((a) => a.status !== 'absent');
  const came = doc.attendees.filter((a) => a.status === 'attended').length;
  const absent = doc.attendees.length - listed.length;
  const blank = Math.max(BLANK_ROWS_MIN, SHEET_ROWS - listed.length);
  const rows = [
    ...listed.map((a, i) => [String(i + 1), a.name, a.outletName, a.position, '']),
    ...Array.from({ length: blank }, (_, i) => [String(listed.length + i + 1), '', '', '', '']),
  ];
  const summary = [`ได้รับเชิญ ${doc.attendees.length} ราย`, `มาร่วมงานตามที่บันทึกไว้ ${came} ราย`, ...(absent > 0 ? [`แจ้งไม่มา ${absent} ราย (ไม่พิมพ์ในรายชื่อ)`] : [])];
  const content: Content[] = [
    officeLetterhead(doc.letterhead),
    ...conferenceHeading('รายชื่อผู้เข้าร่วมแถลงข่าว', doc.conference),
    dataTable(
      [
        // The name's column has a fixed width: a name is kept whole (thai-units.ts), and only in
        // a measured column does a long one break at its surname rather than push the table
        // past the margin. The outlet takes what is left; its words wrap anywhere.
        { header: 'ที่', width: cm(1), alignment: 'center' },
        { header: 'ชื่อ - สกุล', width: cm(3.8) },
        { header: 'สื่อ / สังกัด', width: '*' },
        { header: 'ตำแหน่ง', width: cm(2.8) },
        { header: 'ลายมือชื่อ', width: cm(3.2) },
      ],
      rows,
      { fontSize: SHEET_FONT_SIZE },
    ),
    { text: `รวมรายชื่อสื่อมวลชน ${listed.length} ราย`, bold: true, margin: [0, cm(0.2), 0, 0] },
    { text: summary.join(' · '), fontSize: SHEET_FONT_SIZE },
  ];
  return governmentDocument(
    content,
    {
      title: `รายชื่อผู้เข้าร่วมแถลงข่าว ${doc.conference.title}`,
      author: doc.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: options.thaiDigits,
      runningFooter: `รายชื่อผู้เข้าร่วมแถลงข่าว ${doc.conference.title}`,
    },
    letterheadImages(doc.letterhead),
  );
}
