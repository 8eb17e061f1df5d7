import type { Content, DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { InternshipCertificateDocument, PrintedIntern } from '../../../shared/pdf/internship';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { officeLetterhead } from '../layout/letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { bodyParagraphs } from '../layout/paragraphs';
import { signatureBlock } from '../layout/signature';
import { hoursText, internshipPeriod, letterheadImages, studyText } from './internship-parts';

export const CERTIFICATE_TITLE = 'หนังสือรับรองการฝึกงาน';

/** Dots to write the number on by hand when the certificate is printed before one is issued. */
const NUMBER_BLANK = '.'.repeat(30);

/**
 * The certifying paragraph, in the words Thai offices use: who, from where, at which office,
 * for how long and how many hours, and in which group of the office.
 */
export function certificateText(intern: PrintedIntern, officeName: string): string {
  const study = studyText(intern);
  return [
    `หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า ${intern.fullName} รหัสนักศึกษา ${intern.studentId}`,
    study ? `นักศึกษา${study} ${intern.institution}` : `นักศึกษา${intern.institution}`,
    `ได้เข้ารับการฝึกงาน ณ ${officeName} ${internshipPeriod(intern)}`,
    `รวมระยะเวลาฝึกงานทั้งสิ้น ${hoursText(intern.hours)}`,
    ...(intern.workGroup ? [`โดยปฏิบัติงานใน${intern.workGroup}`] : []),
  ].join(' ');
}

/** "หนังสือรับรองการฝึกงาน นางสาวกนกวรรณ ศรีสุข", or the cohort's size when there are several. */
export function certificateTitle(certificate: InternshipCertificateDocument): string {
  const [only] = certificate.interns;
  return certificate.interns.length === 1 && only ? `${CERTIFICATE_TITLE} ${only.fullName}` : `${CERTIFICATE_TITLE} ${certificate.interns.length} คน`;
}

function certificatePage(certificate: InternshipCertificateDocument, intern: PrintedIntern): Content[] {
  return [
    officeLetterhead(certificate.letterhead),
    { text: `ที่ ${certificate.documentNumber || NUMBER_BLANK}` },
    { text: CERTIFICATE_TITLE, bold: true, fontSize: 22, alignment: 'center', margin: [0, cm(0.5), 0, cm(0.5)] },
    ...bodyParagraphs([certificateText(intern, certificate.letterhead.officeName)]),
    // Where the regulation's หนังสือรับรอง puts it: under the text, starting mid-page.
    { text: `ให้ไว้ ณ วันที่ ${formatThaiDateLong(certificate.date)}`, margin: [TEXT_WIDTH * 0.4, cm(0.8), 0, 0], alignment: 'center' },
    signatureBlock(certificate.signer),
  ];
}

/**
 * หนังสือรับรองการฝึกงาน: one page per intern, each a certificate of its own on the office
 * letterhead, so a cohort prints (and is handed out) in one go.
 */
export function buildInternshipCertificate(certificate: InternshipCertificateDocument, options: RenderOptions): DocDefinition {
  const content = certificate.interns.map(
    (intern, i): Content => ({ stack: certificatePage(certificate, intern), ...(i > 0 ? { pageBreak: 'before' as const } : {}) }),
  );
  const definition = governmentDocument(
    content,
    {
      title: certificateTitle(certificate),
      author: certificate.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: options.thaiDigits,
    },
    letterheadImages(certificate.letterhead),
  );
  // Every page is a separate certificate: "- 2 -" would wrongly join one intern's to the next.
  return { ...definition, header: () => null };
}
