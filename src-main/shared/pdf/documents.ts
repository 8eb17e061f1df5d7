import { z } from 'zod';
import { renderOptionsSchema } from './document-parts';
import { externalLetterDocumentSchema } from './external-letter';
import { memoDocumentSchema } from './memo';
import { missionReportDocumentSchema } from './mission-report';
import { planPeriodText, planReportDocumentSchema } from './plan-report';
import { COVERAGE_REPORT_TITLE, coverageReportDocumentSchema } from './coverage-report';
import { DAILY_DIGEST_TITLE, dailyDigestDocumentSchema, thaiDayHeading } from './daily-digest';
import { internEvaluationDocumentSchema, internshipCertificateDocumentSchema } from './internship';
import { complaintReportDocumentSchema } from './complaint-report';
import { pressReleaseDocumentSchema } from './press-release';
import { briefingDocumentSchema, briefingPackDocumentSchema } from './briefing';
import { surveyReportDocumentSchema } from './survey-report';
import { ropaRegisterDocumentSchema } from './ropa-register';
import { subjectAccessDocumentSchema } from './subject-access';
import { retentionListDocumentSchema } from './retention-list';
import { conferenceAttendanceDocumentSchema, conferenceStatementsDocumentSchema } from './press-conference';

/**
 * Every document the app prints, told apart by `kind`. A module adds its kind by writing its
 * schema beside memo.ts, adding it here, and adding a builder in src-main/main/pdf/documents/
 * (the builder registry there fails to compile until it does).
 */
export const pdfDocumentSchema = z.discriminatedUnion('kind', [
  memoDocumentSchema,
  externalLetterDocumentSchema,
  missionReportDocumentSchema,
  planReportDocumentSchema,
  coverageReportDocumentSchema,
  dailyDigestDocumentSchema,
  internshipCertificateDocumentSchema,
  internEvaluationDocumentSchema,
  complaintReportDocumentSchema,
  pressReleaseDocumentSchema,
  briefingDocumentSchema,
  briefingPackDocumentSchema,
  surveyReportDocumentSchema,
  ropaRegisterDocumentSchema,
  subjectAccessDocumentSchema,
  retentionListDocumentSchema,
  conferenceStatementsDocumentSchema,
  conferenceAttendanceDocumentSchema,
]);
export type PdfDocument = z.infer<typeof pdfDocumentSchema>;
export type PdfDocumentKind = PdfDocument['kind'];

/** What main needs to print one document. */
export const pdfRenderRequestSchema = z
  .object({
    document: pdfDocumentSchema,
    options: renderOptionsSchema,
  })
  .strict();
export type PdfRenderRequest = z.infer<typeof pdfRenderRequestSchema>;

/** A suggested file name; main makes it safe (see toSafePdfFileName) before using it. */
export const pdfFileNameSchema = z.string().trim().min(1).max(150);

/** A short human title for a document: PDF metadata, preview file names, default save names. */
export function documentTitle(document: PdfDocument): string {
  switch (document.kind) {
    case 'memo':
    case 'external-letter':
      return document.subject;
    case 'internship-certificate':
      return document.interns.length === 1 ? `หนังสือรับรองการฝึกงาน ${document.interns[0]?.fullName ?? ''}` : `หนังสือรับรองการฝึกงาน ${document.interns.length} คน`;
    case 'intern-evaluation':
      return `แบบประเมินผลการฝึกงาน ${document.intern.fullName}`;
    case 'mission-report':
      return `รายงานผลการดำเนินงานตามภารกิจ ปีงบประมาณ พ.ศ. ${document.period.fiscalYear}`;
    case 'plan-report':
      return `รายงานผลการดำเนินงานตามแผนประชาสัมพันธ์ ${planPeriodText(document)}`;
    case 'coverage-report':
      return `${COVERAGE_REPORT_TITLE} ${document.periodLabel}`;
    case 'daily-digest':
      return `${DAILY_DIGEST_TITLE} ${thaiDayHeading(document.date)}`;
    case 'complaint-report':
      return `รายงานสถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. ${document.period.fiscalYear}${document.period.half ? ` รอบ ${document.period.half === 1 ? '6 เดือนแรก' : '6 เดือนหลัง'}` : ''}`;
    case 'press-release':
      return [document.numberLabel, document.headline].filter(Boolean).join(' ');
    case 'briefing':
      return `เอกสารประกอบการแถลงข่าว ${document.briefing.title}`;
    case 'briefing-pack':
      return `ชุดเอกสารประกอบการแถลงข่าว ${document.runSheet?.title ?? document.briefings[0]?.title ?? ''}`;
    case 'survey-report':
      return `รายงานผลการสำรวจ ${document.title}`;
    case 'ropa-register':
      return `บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล ${document.letterhead.officeName}`;
    case 'subject-access':
      return `สำเนาข้อมูลส่วนบุคคล ${document.subject.name}`;
    case 'retention-list':
      return `บัญชีข้อมูลส่วนบุคคลที่ครบกำหนดเก็บรักษา ปีงบประมาณ พ.ศ. ${document.fiscalYear}`;
    case 'conference-statements':
      return `คำแถลงข่าว ${document.conference.title}`;
    case 'conference-attendance':
      return `รายชื่อผู้เข้าร่วมแถลงข่าว ${document.conference.title}`;
  }
}
