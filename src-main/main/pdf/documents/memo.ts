import type { Content, DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { MemoDocument } from '../../../shared/pdf/memo';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { fieldPair, labelledField } from '../layout/fields';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, memoHeading } from '../layout/letterhead';
import { isDraftLetter } from '../layout/draft-mark';
import { cm, governmentDocument } from '../layout/page';
import { bodyParagraphs } from '../layout/paragraphs';
import { signatureBlock } from '../layout/signature';

/**
 * บันทึกข้อความ as the ระเบียบงานสารบรรณ lays it out: heading with the logo, ส่วนราชการ,
 * ที่ and วันที่ on one line, เรื่อง, then เรียน, the body and the signature.
 */
export function buildMemo(memo: MemoDocument, options: RenderOptions): DocDefinition {
  const content: Content[] = [
    memoHeading(memo.letterhead),
    labelledField('ส่วนราชการ', memo.department),
    fieldPair(labelledField('ที่', memo.documentNumber), labelledField('วันที่', formatThaiDateLong(memo.date))),
    { ...labelledField('เรื่อง', memo.subject), margin: [0, 0, 0, cm(0.4)] },
    { text: `เรียน  ${memo.addressee}`, margin: [0, 0, 0, cm(0.2)] },
    ...bodyParagraphs(memo.paragraphs),
    signatureBlock(memo.signer),
  ];
  const images: Record<string, string> = {};
  if (memo.letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(memo.letterhead.logo);
  return governmentDocument(
    content,
    {
      title: memo.subject,
      author: memo.letterhead.officeName,
      urgency: memo.urgency,
      secrecy: memo.secrecy,
      thaiDigits: options.thaiDigits,
      draft: isDraftLetter(memo),
    },
    images,
  );
}
