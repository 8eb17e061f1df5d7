import type { PdfDocumentKind, PdfRenderRequest } from '../../../shared/pdf/documents';
import { externalLetterSamples } from './external-letter-samples';
import { internEvaluationSamples, internshipCertificateSamples } from './internship-samples';
import { memoSamples } from './memo-samples';
import { missionReportSamples } from './mission-report-samples';
import { planReportSamples } from './plan-report-samples';
import { coverageReportSamples } from './coverage-report-samples';
import { dailyDigestSamples } from './daily-digest-samples';
import { complaintReportSamples } from './complaint-report-samples';
import { pressReleaseSamples } from './press-release-samples';
import { briefingPackSamples, briefingSamples } from './briefing-samples';
import { surveyReportSamples } from './survey-report-samples';
import { ropaRegisterSamples } from './ropa-register-samples';
import { subjectAccessSamples } from './subject-access-samples';
import { retentionListSamples } from './retention-list-samples';
import { conferenceAttendanceSamples, conferenceStatementsSamples } from './press-conference-samples';

export interface PdfSample {
  /** File name without extension, e.g. "memo-thai-digits". */
  name: string;
  request: PdfRenderRequest;
}

/**
 * Realistic samples of every document kind, for `npm run sample:pdfs` and the PDF tests. A new
 * kind fails to compile here until it has samples.
 */
export const PDF_SAMPLES: { [K in PdfDocumentKind]: () => PdfSample[] } = {
  memo: memoSamples,
  'external-letter': externalLetterSamples,
  'mission-report': missionReportSamples,
  'plan-report': planReportSamples,
  'coverage-report': coverageReportSamples,
  'daily-digest': dailyDigestSamples,
  'internship-certificate': internshipCertificateSamples,
  'intern-evaluation': internEvaluationSamples,
  'complaint-report': complaintReportSamples,
  'press-release': pressReleaseSamples,
  briefing: briefingSamples,
  'briefing-pack': briefingPackSamples,
  'survey-report': surveyReportSamples,
  'ropa-register': ropaRegisterSamples,
  'subject-access': subjectAccessSamples,
  'retention-list': retentionListSamples,
  'conference-statements': conferenceStatementsSamples,
  'conference-attendance': conferenceAttendanceSamples,
};

export function allPdfSamples(): PdfSample[] {
  return Object.values(PDF_SAMPLES).flatMap((samples) => samples());
}
