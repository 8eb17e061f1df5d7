import type { Content, DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { PressReleaseDocument } from '../../../shared/pdf/press-release';
import { formatThaiDateLong, formatThaiTime } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { MARK_RED, TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { bodyParagraphs } from '../layout/paragraphs';

const PHOTO_GAP = cm(0.5);
const PHOTO_WIDTH = (TEXT_WIDTH - PHOTO_GAP) / 2;
const PHOTO_HEIGHT = cm(6);

function photoName(index: number): string {
  return `photo-${index}`;
}

/** One photo with its caption and credit under it, kept together on a page. */
function photoCell(doc: PressReleaseDocument, index: number): Content {
  const photo = doc.photos[index];
  if (!photo) return { text: '' };
  const caption = [photo.caption, photo.credit ? `(ภาพ: ${photo.credit})` : ''].filter(Boolean).join(' ');
  return {
    stack: [{ image: photoName(index), fit: [PHOTO_WIDTH, PHOTO_HEIGHT], alignment: 'center' }, ...(caption ? [{ text: caption, fontSize: 13, alignment: 'center' as const, margin: [0, cm(0.1), 0, 0] as [number, number, number, number] }] : [])],
    unbreakable: true,
    width: PHOTO_WIDTH,
  };
}

/** Photos two to a row after the text. */
function photoRows(doc: PressReleaseDocument): Content[] {
  const rows: Content[] = [];
  for (let i = 0; i < doc.photos.length; i += 2) {
    rows.push({ columns: [photoCell(doc, i), i + 1 < doc.photos.length ? photoCell(doc, i + 1) : { text: '', width: PHOTO_WIDTH }], columnGap: PHOTO_GAP, margin: [0, cm(0.3), 0, 0] });
  }
  return rows;
}

/** ผู้อนุมัติ: name, position and date from the approval record, kept with the last lines. */
function approvalBlock(approval: NonNullable<PressReleaseDocument['approval']>): Content {
  const at = new Date(approval.at);
  return {
    stack: [
      { text: `อนุมัติโดย ${approval.name}` },
      ...(approval.position ? [{ text: `ตำแหน่ง ${approval.position}` }] : []),
      { text: `เมื่อวันที่ ${formatThaiDateLong(at)} เวลา ${formatThaiTime(at)}` },
    ],
    fontSize: 14,
    margin: [0, cm(0.4), 0, 0],
    unbreakable: true,
  };
}

export function buildPressRelease(doc: PressReleaseDocument, options: RenderOptions): DocDefinition {
  const content: Content[] = [officeLetterhead(doc.letterhead)];
  // A draft carries ร่าง across every page (the watermark, below) AND keeps this red line on the
  // first page: the watermark is pale so the text stays readable, and a pale grey is what a
  // photocopier or fax loses first; the red line in words says why it is a draft, on any copy.
  if (doc.draft) content.push({ text: 'ร่าง — ยังไม่ได้รับอนุมัติ', color: MARK_RED, bold: true, alignment: 'center' });
  content.push(
    { text: 'ข่าวประชาสัมพันธ์', bold: true, fontSize: 22, alignment: 'center' },
    {
      columns: [
        { width: '*', text: doc.numberLabel },
        { width: 'auto', text: `วันที่ ${formatThaiDateLong(doc.date)}` },
      ],
      margin: [0, cm(0.2), 0, cm(0.2)],
    },
  );
  if (doc.embargoNote) content.push({ text: doc.embargoNote, color: MARK_RED, bold: true });
  content.push({ text: doc.headline, bold: true, fontSize: 20, margin: [0, cm(0.2), 0, cm(0.3)] });
  const lead = [doc.dateline ? `${doc.dateline} -` : '', doc.lead].filter(Boolean).join(' ');
  content.push(...bodyParagraphs([...(lead ? [lead] : []), ...doc.paragraphs]));
  for (const quote of doc.quotes) {
    content.push({ text: [{ text: `“${quote.text}”`, italics: true }, { text: ` ${quote.speaker}` }], margin: [cm(1), cm(0.2), cm(1), 0] });
  }
  content.push(...photoRows(doc));
  content.push({ text: `${doc.letterhead.officeName}`, alignment: 'right', margin: [0, cm(0.5), 0, 0] });
  if (doc.approval) content.push(approvalBlock(doc.approval));

  const images: Record<string, string> = {};
  if (doc.letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(doc.letterhead.logo);
  doc.photos.forEach((photo, i) => (images[photoName(i)] = imageDataUrl(photo.image)));
  return governmentDocument(
    content,
    { title: [doc.numberLabel, doc.headline].filter(Boolean).join(' '), author: doc.letterhead.officeName, urgency: 'normal', secrecy: 'none', thaiDigits: options.thaiDigits, draft: doc.draft },
    images,
  );
}
