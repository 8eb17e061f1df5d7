import type { Content, DocDefinition, TextNode } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { ExternalLetterDocument } from '../../../shared/pdf/external-letter';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE } from '../layout/letterhead';
import { isDraftLetter } from '../layout/draft-mark';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { bodyParagraphs } from '../layout/paragraphs';
import { dataTable } from '../layout/table';

/** Labels of a หนังสือภายนอก are in the body's size (larger labels belong to the บันทึกข้อความ form). */
function field(label: string, value: string): TextNode {
  return { text: `${label}  ${value}` };
}

/** A last paragraph this short or shorter moves with the signature to the next page rather than leave it alone. */
const KEEP_WITH_SIGNATURE_MAX_CHARS = 600;

/** The Garuda (or office logo) heading a หนังสือภายนอก is 3 cm tall. */
const EMBLEM = cm(3);

/**
 * หนังสือภายนอก as the ระเบียบงานสารบรรณ lays it out: ที่ at the left and the office's address
 * at the right of the emblem, the date from the middle of the page, then เรื่อง, เรียน,
 * อ้างถึง, สิ่งที่ส่งมาด้วย, the body, ขอแสดงความนับถือ with the signature, and the owning unit.
 */
export function buildExternalLetter(letter: ExternalLetterDocument, options: RenderOptions): DocDefinition {
  const { letterhead } = letter;
  const emblem: Content = letterhead.logo
    ? { image: LOGO_IMAGE, fit: [EMBLEM, EMBLEM], alignment: 'center' }
    : { text: '', margin: [0, EMBLEM, 0, 0] };
  const content: Content[] = [
    emblem,
    {
      columns: [
        { width: '*', text: `ที่ ${letter.documentNumber || '.........................'}` },
        { width: cm(7), stack: [letterhead.officeName, letterhead.address].filter(Boolean).map((text) => ({ text, alignment: 'left' as const })) },
      ],
      margin: [0, -cm(0.8), 0, cm(0.2)],
    },
    { text: formatThaiDateLong(letter.date), margin: [TEXT_WIDTH / 2 - cm(1), 0, 0, cm(0.3)] },
    field('เรื่อง', letter.subject),
    { ...field('เรียน', letter.addressee), margin: [0, cm(0.1), 0, 0] },
  ];
  if (letter.reference) content.push(field('อ้างถึง', letter.reference));
  if (letter.enclosures.length > 0) {
    const list = letter.enclosures.length === 1 ? (letter.enclosures[0] ?? '') : letter.enclosures.map((e, i) => `${i + 1}. ${e}`).join('\n');
    content.push(field('สิ่งที่ส่งมาด้วย', list));
  }
  const closing: Content = {
    stack: [
      { text: 'ขอแสดงความนับถือ', alignment: 'center' },
      { text: `(${letter.signer.name})`, alignment: 'center', margin: [0, cm(1.6), 0, 0] },
      { text: letter.signer.position, alignment: 'center' },
    ],
    margin: [TEXT_WIDTH * 0.4, cm(0.5), 0, 0],
  };
  const paragraphs = bodyParagraphs(letter.paragraphs);
  // The last paragraph ("จึงเรียนมาเพื่อโปรดทราบ") goes with the closing and the signature: a
  // signature alone at the top of a page signs nothing. A very long last paragraph stays
  // breakable (an unbreakable block taller than a page would be lost), the closing still whole.
  const last = letter.paragraphs.length > 1 && (letter.paragraphs.at(-1)?.length ?? 0) <= KEEP_WITH_SIGNATURE_MAX_CHARS ? paragraphs.pop() : undefined;
  const table = letter.table;
  const body: Content[] = table
    ? [
        ...paragraphs.slice(0, table.afterParagraph - 1),
        // The paragraph that introduces the table never ends a page without it (keepHeadingWithNext).
        ...bodyParagraphs(letter.paragraphs.slice(table.afterParagraph - 1, table.afterParagraph)).map((p): Content => Object.assign({}, p, { headlineLevel: 1 })),
        dataTable(
          table.headers.map((header, i) => {
            const width = table.widths[i] ?? '*';
            // Wide columns hold names and text (left); narrow ones numbers, ids and dates (centred).
            return { header, width: width === '*' ? width : cm(width), alignment: width === '*' || width >= 5 ? 'left' : 'center' };
          }),
          table.rows,
          { fontSize: 14 },
        ),
        ...paragraphs.slice(table.afterParagraph),
      ]
    : paragraphs;
  // The owning unit and its contacts close the letter on the signature's page, never alone on a page.
  const contacts = [letterhead.phone ? `โทร. ${letterhead.phone}` : '', letterhead.email ? `ไปรษณีย์อิเล็กทรอนิกส์ ${letterhead.email}` : ''].filter(Boolean);
  const foot: Content[] = [
    ...(letter.ownerUnit ? [{ text: letter.ownerUnit, margin: [0, cm(1.2), 0, 0] } as Content] : []),
    ...(contacts.length > 0 ? [{ text: contacts.join('\n') }] : []),
  ];
  content.push(
    { text: '', margin: [0, cm(0.2), 0, 0] },
    ...body,
    // The closing and the signature are read together: never split across pages.
    { stack: [...(last ? [last] : []), closing, ...foot], unbreakable: true },
  );

  const images: Record<string, string> = {};
  if (letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(letterhead.logo);
  return governmentDocument(
    content,
    // No ที่ yet: the letter has not been through สารบรรณ, so it prints as ร่าง (isDraftLetter).
    { title: letter.subject, author: letterhead.officeName, urgency: letter.urgency, secrecy: letter.secrecy, thaiDigits: options.thaiDigits, draft: isDraftLetter(letter) },
    images,
  );
}
