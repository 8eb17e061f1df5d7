import type { Content, DocDefinition } from 'pdfmake';
import type { Letterhead, Signature } from '../../../shared/pdf/document-parts';
import { imageDataUrl } from './images';
import { LOGO_IMAGE } from './letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from './page';
import { signatureBlock } from './signature';

/**
 * The foot of an office report: the reporter's line to sign over the director's name and
 * position, kept together so a page break never parts the line from the name under it.
 * (The mission, complaint and survey reports write the same block; they may use this.)
 */
export function reporterSignOff(signer: Signature): Content {
  return {
    stack: [
      { text: 'ลงชื่อ ..................................................... ผู้รายงาน', alignment: 'center', margin: [TEXT_WIDTH * 0.3, cm(1.5), 0, 0] },
      signatureBlock(signer, { spaceToSign: cm(0.1) }),
    ],
    unbreakable: true,
  };
}

/** An office report in government form: the letterhead's logo, and a running footer naming the report and the office. */
export function officeReport(content: Content[], report: { title: string; period: string; letterhead: Letterhead; thaiDigits: boolean }): DocDefinition {
  const images: Record<string, string> = {};
  if (report.letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(report.letterhead.logo);
  return governmentDocument(
    content,
    {
      title: `${report.title} ${report.period}`,
      author: report.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: report.thaiDigits,
      runningFooter: `${report.title} · ${report.letterhead.officeName}`,
    },
    images,
  );
}
