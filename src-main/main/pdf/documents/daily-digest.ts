import type { Content, DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { DAILY_DIGEST_TITLE, thaiDayHeading, type DailyDigestDocument } from '../../../shared/pdf/daily-digest';
import { LOGO_IMAGE } from '../layout/letterhead';
import { officeReport } from '../layout/office-report';
import { TEXT_WIDTH, cm } from '../layout/page';

/** A size that keeps a usual day on one page; still the body face, read at arm's length. */
const LINE_SIZE = 15;

const LOGO_SIZE = cm(1.8);

/**
 * The office, the title and the day beside a small logo, over a rule: a daily note to the
 * executives, not a letter, so the full letterhead (address, phone) would only push the day's
 * items onto a second page.
 */
function compactHeading(digest: DailyDigestDocument, day: string): Content {
  const logo: Content = digest.letterhead.logo ? { image: LOGO_IMAGE, fit: [LOGO_SIZE, LOGO_SIZE], width: LOGO_SIZE } : { text: '', width: LOGO_SIZE };
  return {
    stack: [
      {
        columns: [
          logo,
          {
            width: '*',
            stack: [
              { text: digest.letterhead.officeName, bold: true, alignment: 'center' },
              { text: DAILY_DIGEST_TITLE, bold: true, fontSize: 22, alignment: 'center' },
              { text: day, bold: true, alignment: 'center' },
            ],
          },
          { text: '', width: LOGO_SIZE },
        ],
      },
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: TEXT_WIDTH, y2: 4, lineWidth: 0.75 }], margin: [0, 0, 0, cm(0.1)] },
    ],
  };
}

/** A bullet line whose wrapped lines hang under the text, not under the bullet. */
function bullet(line: string): Content {
  return { columns: [{ width: cm(0.5), text: '•' }, { width: '*', text: line }], fontSize: LINE_SIZE, margin: [cm(0.4), 0, 0, 0] };
}

/**
 * สรุปข่าวประจำวัน for the governor and the director: one A4 page when it fits — the office's
 * letterhead, the day with its weekday, each section as a heading and bullet lines, and who
 * prepared it. A heading is kept with its first line; the lines are the office's edited text.
 */
export function buildDailyDigest(digest: DailyDigestDocument, options: RenderOptions): DocDefinition {
  const day = thaiDayHeading(digest.date);
  const content: Content[] = [compactHeading(digest, day)];
  digest.sections.forEach((section, i) => {
    const [first, ...rest] = section.lines;
    const heading: Content = { text: `${i + 1}. ${section.title}`, bold: true, fontSize: 16, margin: [0, cm(0.15), 0, 0] };
    if (first === undefined) {
      content.push(heading);
      return;
    }
    content.push({ stack: [heading, bullet(first)], unbreakable: true });
    content.push(...rest.map(bullet));
  });
  if (digest.preparedBy) {
    content.push({
      stack: [
        { text: `ผู้จัดทำ ${digest.preparedBy.name}`, alignment: 'right' },
        { text: digest.preparedBy.position, alignment: 'right' },
      ],
      unbreakable: true,
      fontSize: LINE_SIZE,
      margin: [0, cm(0.4), 0, 0],
    });
  }
  return officeReport(content, { title: DAILY_DIGEST_TITLE, period: day, letterhead: digest.letterhead, thaiDigits: options.thaiDigits });
}
