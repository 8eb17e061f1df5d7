import type { Content } from 'pdfmake';
import type { Letterhead } from '../../../shared/pdf/document-parts';
import { TEXT_WIDTH, cm } from './page';

/** The name the letterhead's logo has in DocDefinition.images. */
export const LOGO_IMAGE = 'logo';

export const MEMO_TITLE = 'บันทึกข้อความ';
export const MEMO_TITLE_FONT_SIZE = 29;
/** The Garuda (or office logo) on a memo is 1.5 cm tall. */
const MEMO_LOGO_SIZE = cm(1.5);

/**
 * Top of a บันทึกข้อความ: the logo at the left margin and the title centred on the text
 * width (a blank column the logo's width on the right keeps it centred).
 */
export function memoHeading(letterhead: Letterhead): Content {
  const logo: Content = letterhead.logo
    ? { image: LOGO_IMAGE, fit: [MEMO_LOGO_SIZE, MEMO_LOGO_SIZE], width: MEMO_LOGO_SIZE }
    : { text: '', width: MEMO_LOGO_SIZE };
  return {
    columns: [
      logo,
      {
        width: '*',
        text: MEMO_TITLE,
        bold: true,
        fontSize: MEMO_TITLE_FONT_SIZE,
        alignment: 'center',
        margin: [0, cm(0.1), 0, 0],
      },
      { text: '', width: MEMO_LOGO_SIZE },
    ],
    margin: [0, 0, 0, cm(0.2)],
  };
}

/**
 * The letterhead of documents the office sends out (briefings, reports, certificates): the
 * logo centred, then the office's name, address and contacts.
 */
export function officeLetterhead(letterhead: Letterhead): Content {
  const contacts = [
    letterhead.phone ? `โทร. ${letterhead.phone}` : '',
    letterhead.email ? `อีเมล ${letterhead.email}` : '',
  ].filter(Boolean);
  const stack: Content[] = [];
  if (letterhead.logo) stack.push({ image: LOGO_IMAGE, fit: [cm(3), cm(3)], alignment: 'center', margin: [0, 0, 0, cm(0.2)] });
  stack.push({ text: letterhead.officeName, bold: true, fontSize: 20, alignment: 'center' });
  if (letterhead.address) stack.push({ text: letterhead.address, alignment: 'center' });
  if (contacts.length > 0) stack.push({ text: contacts.join('  '), alignment: 'center' });
  stack.push({
    canvas: [{ type: 'line', x1: 0, y1: 4, x2: TEXT_WIDTH, y2: 4, lineWidth: 0.75 }],
    margin: [0, 0, 0, cm(0.4)],
  });
  return { stack };
}
