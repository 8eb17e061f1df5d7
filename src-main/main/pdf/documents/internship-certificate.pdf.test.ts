import { describe, expect, it } from 'vitest';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { internshipCertificateDocumentSchema, type InternshipCertificateDocument, type PrintedIntern } from '../../../shared/pdf/internship';
import { createPdfEngine } from '../engine';
import { prepareDocDefinition } from '../prepare-content';
import { SAMPLE_INTERNS, sampleInternshipCertificate } from '../samples/internship-samples';
import { SAMPLE_OFFICE } from '../samples/office';
import { compareExtractedText, pdfInfo, pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';
import { CERTIFICATE_TITLE, buildInternshipCertificate, certificateText } from './internship-certificate';

// Built and prepared exactly as documents/index.ts does for every kind, then really rendered.
const engine = createPdfEngine({ fontDir: FONT_DIR });
const render = (certificate: InternshipCertificateDocument, options: RenderOptions) =>
  engine.render(prepareDocDefinition(buildInternshipCertificate(internshipCertificateDocumentSchema.parse(certificate), options), options, engine));

// pdftotext reads a double space (and our no-break spaces in dates) as one space
const spaces = (text: string) => text.replace(/[ \u00a0]+/g, ' ');
const flat = (text: string) => text.replace(/\s+/g, '');
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim() !== '');

function expectedPage(certificate: InternshipCertificateDocument, intern: PrintedIntern): string {
  const { officeName, address, phone, email } = SAMPLE_OFFICE;
  return spaces(
    [
      officeName,
      address,
      `โทร. ${phone} อีเมล ${email}`,
      `ที่ ${certificate.documentNumber}`,
      CERTIFICATE_TITLE,
      certificateText(intern, officeName),
      'ให้ไว้ ณ วันที่ 14 กันยายน 2569',
      `(${certificate.signer.name})`,
      certificate.signer.position,
    ].join('\n'),
  );
}

describe('the internship certificate as a PDF', () => {
  it('prints one A4 page per intern that reads back exactly, Thai marks and all', async () => {
    const certificate = sampleInternshipCertificate();
    const pdf = await render(certificate, { thaiDigits: false });
    const info = await pdfInfo(pdf.bytes);
    expect(info).toMatchObject({ pages: 3 });
    expect(info.pageWidth).toBeCloseTo(595.28, 1);
    const pages = pagesOf(spaces(await pdfText(pdf.bytes)));
    expect(pages).toHaveLength(3);
    pages.forEach((page, i) => expect(compareExtractedText(page, expectedPage(certificate, SAMPLE_INTERNS[i]!)), `page ${i + 1}`).toBeNull());
  });

  it('prints a cohort of 30 as 30 pages, each intern on their own', async () => {
    const cohort = Array.from({ length: 30 }, (_, i): PrintedIntern => ({ ...SAMPLE_INTERNS[i % 3]!, studentId: `64101${String(i).padStart(5, '0')}` }));
    const pdf = await render({ ...sampleInternshipCertificate(), interns: cohort }, { thaiDigits: false });
    expect(pdf.pageCount).toBe(30);
    const pages = pagesOf(await pdfText(pdf.bytes));
    expect(pages).toHaveLength(30);
    pages.forEach((page, i) => {
      expect(flat(page)).toContain(flat(`${cohort[i]!.fullName} รหัสนักศึกษา ${cohort[i]!.studentId}`));
      expect(page).not.toMatch(/^- \d+ -$/m);
    });
  });

  it('prints Thai digits everywhere but in Latin names and addresses when the office chose them', async () => {
    const pdf = await render({ ...sampleInternshipCertificate(), documentNumber: '' }, { thaiDigits: true });
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('ให้ไว้ ณ วันที่ ๑๔ กันยายน ๒๕๖๙');
    expect(flat(text)).toContain(flat('รวมระยะเวลาฝึกงานทั้งสิ้น ๒๘๗ ชั่วโมง ๓๐ นาที'));
    expect(text).toContain(`ที่ ${'.'.repeat(30)}`);
    expect(text.replace(/\S*[A-Za-z@]\S*/g, '')).not.toMatch(/[0-9]/);
  });
});
