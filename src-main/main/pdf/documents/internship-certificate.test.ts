import type { Content } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { internshipCertificateDocumentSchema } from '../../../shared/pdf/internship';
import { A4, cm } from '../layout/page';
import { SAMPLE_INTERNS, sampleInternshipCertificate } from '../samples/internship-samples';
import { SAMPLE_OFFICE } from '../samples/office';
import { CERTIFICATE_TITLE, buildInternshipCertificate, certificateText, certificateTitle } from './internship-certificate';

const certificate = internshipCertificateDocumentSchema.parse(sampleInternshipCertificate());
const size = { width: A4.width, height: A4.height };
const office = SAMPLE_OFFICE.officeName;
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

/** Every string in a piece of a definition, in order (texts, and also names such as alignments). */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  return node !== null && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
}

describe('the internship certificate', () => {
  it('certifies the intern in the office’s words, hours without a trailing .0', () => {
    expect(spaced(certificateText(SAMPLE_INTERNS[0]!, office))).toBe(
      'หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า นางสาวกนกวรรณ ศรีสุข รหัสนักศึกษา 6410110123 ' +
        'นักศึกษาคณะวิทยาการจัดการ สาขาวิชานิเทศศาสตร์ มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตหาดใหญ่ ' +
        `ได้เข้ารับการฝึกงาน ณ ${office} ตั้งแต่วันที่ 1 มิถุนายน 2569 ถึงวันที่ 31 กรกฎาคม 2569 ` +
        'รวมระยะเวลาฝึกงานทั้งสิ้น 312 ชั่วโมง โดยปฏิบัติงานในกลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร',
    );
    expect(certificateText(SAMPLE_INTERNS[1]!, office)).toContain('287 ชั่วโมง 30 นาที');
  });

  it('leaves out study and work group when they were not recorded, without stray spaces', () => {
    const bare = { ...SAMPLE_INTERNS[0]!, faculty: '', programme: '', workGroup: '' };
    const text = spaced(certificateText(bare, office));
    expect(text).toContain('6410110123 นักศึกษามหาวิทยาลัยสงขลานครินทร์ วิทยาเขตหาดใหญ่ ได้เข้ารับ');
    expect(text.endsWith('รวมระยะเวลาฝึกงานทั้งสิ้น 312 ชั่วโมง')).toBe(true);
    expect(text).not.toMatch(/ {2}/);
  });

  it('gives each intern a page of their own, every page a whole certificate', () => {
    const dd = buildInternshipCertificate(certificate, { thaiDigits: false });
    expect(dd.content).toHaveLength(3);
    dd.content.forEach((page, i) => {
      const intern = SAMPLE_INTERNS[i]!;
      expect(typeof page === 'object' && 'pageBreak' in page ? page.pageBreak : undefined).toBe(i === 0 ? undefined : 'before');
      const order = [
        office,
        SAMPLE_OFFICE.address,
        'ที่ สข 0017/255',
        CERTIFICATE_TITLE,
        certificateText(intern, office),
        'ให้ไว้ ณ วันที่ 14 กันยายน 2569',
        `(${SAMPLE_OFFICE.directorName})`,
        SAMPLE_OFFICE.directorTitle,
      ];
      const text = strings(page);
      const positions = order.map((part) => text.indexOf(part));
      expect(positions.every((p) => p >= 0), JSON.stringify(text)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  });

  it('leaves dots to write the number on when none was issued', () => {
    const dd = buildInternshipCertificate({ ...certificate, documentNumber: '' }, { thaiDigits: false });
    expect(strings(dd.content[0] as Content)).toContain(`ที่ ${'.'.repeat(30)}`);
  });

  it('prints no page numbers and no marks: the pages are separate certificates', () => {
    const dd = buildInternshipCertificate(certificate, { thaiDigits: true });
    expect(dd.header?.(2, 3, size)).toBeNull();
    expect(dd.footer?.(2, 3, size)).toBeNull();
    expect(dd.images?.logo).toMatch(/^data:image\/png;base64,/);
    expect(dd.pageMargins).toEqual([cm(3), cm(2.5), cm(2), cm(2)]);
    expect(dd.info).toMatchObject({ title: `${CERTIFICATE_TITLE} 3 คน`, author: office });
  });

  it('is titled by the intern’s name when there is only one', () => {
    expect(certificateTitle({ ...certificate, interns: [SAMPLE_INTERNS[2]!] })).toBe(`${CERTIFICATE_TITLE} นางสาวปิ่นมณีญ์ ธรรมรักษ์ชำนาญกิจ`);
  });
});
