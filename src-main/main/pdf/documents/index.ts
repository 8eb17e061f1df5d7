import type { DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { PdfDocument, PdfRenderRequest } from '../../../shared/pdf/documents';
import { prepareDocDefinition, type PrintText } from '../prepare-content';
import { buildExternalLetter } from './external-letter';
import { buildInternEvaluation } from './intern-evaluation';
import { buildInternshipCertificate } from './internship-certificate';
import { buildMemo } from './memo';
import { buildMissionReport } from './mission-report';
import { buildPlanReport } from './plan-report';
import { buildCoverageReport } from './coverage-report';
import { buildDailyDigest } from './daily-digest';
import { buildComplaintReport } from './complaint-report';
import { buildPressRelease } from './press-release';
import { buildBriefing, buildBriefingPack } from './briefing';
import { buildSurveyReport } from './survey-report';
import { buildRopaRegister } from './ropa-register';
import { buildSubjectAccess } from './subject-access';
import { buildRetentionList } from './retention-list';
import { buildConferenceAttendance, buildConferenceStatements } from './press-conference';

/**
 * One builder per document kind. The switch has no default: adding a kind to the schema
 * without a case here fails to compile (the function would not always return).
 */
function buildFor(document: PdfDocument, options: RenderOptions): DocDefinition {
  switch (document.kind) {
    case 'memo':
      return buildMemo(document, options);
    case 'external-letter':
      return buildExternalLetter(document, options);
    case 'mission-report':
      return buildMissionReport(document, options);
    case 'coverage-report':
      return buildCoverageReport(document, options);
    case 'daily-digest':
      return buildDailyDigest(document, options);
    case 'plan-report':
      return buildPlanReport(document, options);
    case 'internship-certificate':
      return buildInternshipCertificate(document, options);
    case 'intern-evaluation':
      return buildInternEvaluation(document, options);
    case 'complaint-report':
      return buildComplaintReport(document, options);
    case 'press-release':
      return buildPressRelease(document, options);
    case 'briefing':
      return buildBriefing(document, options);
    case 'briefing-pack':
      return buildBriefingPack(document, options);
    case 'survey-report':
      return buildSurveyReport(document, options);
    case 'ropa-register':
      return buildRopaRegister(document, options);
    case 'subject-access':
      return buildSubjectAccess(document, options);
    case 'retention-list':
      return buildRetentionList(document, options);
    case 'conference-statements':
      return buildConferenceStatements(document, options);
    case 'conference-attendance':
      return buildConferenceAttendance(document, options);
  }
}

/**
 * The document definition for a validated request, with every string prepared for print
 * (`text` is the engine's: widths to fit text into table columns, fonts for other scripts).
 */
export function buildDocument(request: PdfRenderRequest, text: PrintText): DocDefinition {
  return prepareDocDefinition(buildFor(request.document, request.options), request.options, text);
}
