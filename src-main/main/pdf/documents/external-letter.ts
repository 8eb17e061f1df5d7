import type { Content, DocDefinition, TextNode } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { ExternalLetterDocument } from '../../../shared/pdf/external-letter';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE } from '../layout/letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { bodyParagraphs } from '../layout/paragraphs';

/** Labels of a หนังสือภายนอก are in the body's size (larger labels belong to the บันทึกข้อความ form). */
function field(label: string, value: string): TextNode {
  return { text: `${label}  ${value}` };
}

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
  content.push(
    { text: '', margin: [0, cm(0.2), 0, 0] },
    ...bodyParagraphs(letter.paragraphs),
    {
      stack: [
        { text: 'ขอแสดงความนับถือ', alignment: 'center' },
        { text: `(${letter.signer.name})`, alignment: 'center', margin: [0, cm(1.6), 0, 0] },
        { text: letter.signer.position, alignment: 'center' },
      ],
      margin: [TEXT_WIDTH * 0.4, cm(0.5), 0, 0],
      // The closing and the signature are read together: never split across pages.
      unbreakable: true,
    },
  );
  if (letter.ownerUnit) content.push({ text: letter.ownerUnit, margin: [0, cm(1.2), 0, 0] });
  const contacts = [letterhead.phone ? `โทร. ${letterhead.phone}` : '', letterhead.email ? `ไปรษณีย์อิเล็กทรอนิกส์ ${letterhead.email}` : ''].filter(Boolean);
  if (contacts.length > 0) content.push({ text: contacts.join('\n') });

  const images: Record<string, string> = {};
  if (letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(letterhead.logo);
  return governmentDocument(
    content,
    { title: letter.subject, author: letterhead.officeName, urgency: letter.urgency, secrecy: letter.secrecy, thaiDigits: options.thaiDigits },
    images,
  );
}
