import type { Letterhead, RenderOptions } from '../../../shared/pdf/document-parts';
import type { InternEvaluationDocument, InternshipCertificateDocument, PrintedIntern } from '../../../shared/pdf/internship';
import { SAMPLE_OFFICE, sampleLogo } from './office';

/**
 * A sample of one kind. Structurally a PdfSample once the internship kinds are in
 * pdfDocumentSchema; typed by its own document so this file compiles before that.
 */
export interface KindSample<D> {
  name: string;
  request: { document: D; options: RenderOptions };
}

const KANOKWAN: PrintedIntern = {
  fullName: 'นางสาวกนกวรรณ ศรีสุข',
  fullNameEn: 'Miss Kanokwan Srisuk',
  studentId: '6410110123',
  institution: 'มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตหาดใหญ่',
  faculty: 'คณะวิทยาการจัดการ',
  programme: 'นิเทศศาสตร์',
  startDate: '2026-06-01',
  endDate: '2026-07-31',
  hours: 312,
  workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร',
};
const NATTAPHONG: PrintedIntern = {
  fullName: 'นายณัฐพงศ์ แก้วประเสริฐฤทธิ์',
  fullNameEn: 'Mr. Nattaphong Kaewprasertrit',
  studentId: '653040217-4',
  institution: 'มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย',
  faculty: 'คณะศิลปศาสตร์',
  programme: 'การสื่อสารมวลชนและนวัตกรรมสื่อดิจิทัลเพื่อการพัฒนาท้องถิ่น',
  startDate: '2026-05-18',
  endDate: '2026-08-14',
  hours: 287.5,
  workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร',
};
const PINMANEE: PrintedIntern = {
  fullName: 'นางสาวปิ่นมณีญ์ ธรรมรักษ์ชำนาญกิจ',
  fullNameEn: '',
  studentId: '66114640013',
  institution: 'มหาวิทยาลัยราชภัฏนครศรีธรรมราช',
  faculty: 'คณะมนุษยศาสตร์และสังคมศาสตร์',
  programme: '',
  startDate: '2026-06-15',
  endDate: '2026-09-11',
  hours: 301.25,
  workGroup: 'กลุ่มงานอำนวยการและบริหารงานทั่วไป',
};
/**
 * A cohort from three universities with long names, stacked tone marks and SARA AM in the
 * names, half and quarter hours (printed as "287 ชั่วโมง 30 นาที" and "301 ชั่วโมง 15 นาที"), and one intern whose
 * English name and programme were not recorded.
 */
export const SAMPLE_INTERNS: readonly PrintedIntern[] = [KANOKWAN, NATTAPHONG, PINMANEE];

export function sampleLetterhead(): Letterhead {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return { officeName, province, address, phone, email, logo: sampleLogo() };
}

export function sampleInternshipCertificate(): InternshipCertificateDocument {
  return {
    kind: 'internship-certificate',
    letterhead: sampleLetterhead(),
    documentNumber: 'สข 0017/255',
    date: '2026-09-14',
    interns: [...SAMPLE_INTERNS],
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
}

/** Eight criteria of mixed weights, half points, long and empty comments. */
export const SAMPLE_EVALUATION_ROWS: InternEvaluationDocument['rows'] = [
  { criterion: 'ความรับผิดชอบและการตรงต่อเวลา', maxScore: 10, score: 9.5, comment: 'มาปฏิบัติงานก่อนเวลาทุกวัน ไม่เคยขาดหรือลาโดยไม่แจ้งล่วงหน้า' },
  { criterion: 'ความรู้ความสามารถทางวิชาการด้านนิเทศศาสตร์และการประชาสัมพันธ์', maxScore: 15, score: 12, comment: 'เข้าใจหลักการเขียนข่าวแบบพีระมิดหัวกลับ แต่ควรศึกษาระเบียบงานสารบรรณเพิ่มเติม' },
  {
    criterion: 'ทักษะการปฏิบัติงานประชาสัมพันธ์ (เขียนข่าว ถ่ายภาพ ตัดต่อวิดีโอ)',
    maxScore: 20,
    score: 18,
    comment:
      'เขียนข่าวประชาสัมพันธ์ได้ถูกต้องตามรูปแบบของกรมประชาสัมพันธ์ ถ่ายภาพกิจกรรมของผู้ว่าราชการจังหวัดได้คมชัดและสื่อความหมาย ตัดต่อคลิปวิดีโอสั้นลง Facebook และ TikTok ของสำนักงานได้ยอดผู้ชมกว่า 12,000 ครั้ง',
  },
  { criterion: 'ความกระตือรือร้นในการเรียนรู้และการแสวงหาความรู้ใหม่', maxScore: 10, score: 9, comment: 'ซักถามเมื่อไม่เข้าใจ และอาสารับงานใหม่เสมอ' },
  { criterion: 'การทำงานร่วมกับผู้อื่นและการสื่อสารภายในองค์กร', maxScore: 10, score: 8.5, comment: '' },
  { criterion: 'บุคลิกภาพ มารยาท และการแต่งกาย', maxScore: 10, score: 10, comment: 'แต่งกายสุภาพเรียบร้อยเหมาะสมกับการปฏิบัติงานในศาลากลางจังหวัด' },
  {
    criterion: 'ความคิดริเริ่มสร้างสรรค์',
    maxScore: 15,
    score: 12.5,
    comment:
      'เสนอแนวคิดทำอินโฟกราฟิกสรุปสถานการณ์อุทกภัยรายวัน ซึ่งสำนักงานนำไปใช้จริงตลอดช่วงน้ำท่วมอำเภอหาดใหญ่ และได้รับคำชมจากผู้ว่าราชการจังหวัด',
  },
  { criterion: 'คุณธรรม จริยธรรม และการรักษาความลับของทางราชการ', maxScore: 10, score: 10, comment: 'ไม่เผยแพร่ข้อมูลก่อนได้รับอนุญาต' },
];

export function sampleInternEvaluation(): InternEvaluationDocument {
  return {
    kind: 'intern-evaluation',
    letterhead: sampleLetterhead(),
    intern: KANOKWAN,
    date: '2026-07-31',
    rows: SAMPLE_EVALUATION_ROWS,
    overallComment:
      'นักศึกษามีความตั้งใจและความรับผิดชอบสูง ปรับตัวเข้ากับการทำงานของสำนักงานได้รวดเร็ว สามารถผลิตข่าวและสื่อประชาสัมพันธ์ได้ด้วยตนเองภายในสัปดาห์ที่สาม หากพัฒนาทักษะการเขียนหนังสือราชการเพิ่มเติม จะเป็นนักประชาสัมพันธ์ที่มีคุณภาพในอนาคต',
    evaluator: { name: 'นางปิยะนุช แก้วมณี', position: 'นักประชาสัมพันธ์ชำนาญการ พี่เลี้ยงนักศึกษาฝึกงาน' },
  };
}

export function internshipCertificateSamples(): KindSample<InternshipCertificateDocument>[] {
  const cohort = sampleInternshipCertificate();
  return [
    { name: 'internship-certificate', request: { document: cohort, options: { thaiDigits: false } } },
    // Printed before a number was issued: the number is left as dots to write on.
    { name: 'internship-certificate-thai-digits', request: { document: { ...cohort, documentNumber: '' }, options: { thaiDigits: true } } },
  ];
}

export function internEvaluationSamples(): KindSample<InternEvaluationDocument>[] {
  const evaluation = sampleInternEvaluation();
  return [
    { name: 'intern-evaluation', request: { document: evaluation, options: { thaiDigits: false } } },
    { name: 'intern-evaluation-thai-digits', request: { document: { ...evaluation, intern: PINMANEE }, options: { thaiDigits: true } } },
  ];
}
