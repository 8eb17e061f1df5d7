import type { Attendance, Institution, InternEvaluation, Intern } from '../../../../src-main/shared/domain/internship';
import { summarizeHours } from '../../../../src-main/shared/domain/internship-hours';
import type { Letterhead, Signature } from '../../../../src-main/shared/pdf/document-parts';
import type { InternEvaluationDocument, InternshipCertificateDocument, PrintedIntern } from '../../../../src-main/shared/pdf/internship';

type WithId<T> = T & { id: string };

export interface PrintContext {
  institutions: ReadonlyMap<string, Institution>;
  attendance: ReadonlyMap<string, readonly Attendance[]>;
  workGroupName: (group: Intern['workGroup']) => string;
  today: string;
}

const ENGLISH_TITLES: Record<string, string> = { นาย: 'Mr.', นางสาว: 'Miss', นาง: 'Mrs.' };

/** The intern as documents print them, with hours from attendance as of today. */
export function printedIntern(intern: WithId<Intern>, context: PrintContext): PrintedIntern {
  const institution = context.institutions.get(intern.institutionId);
  const hours = summarizeHours(context.attendance.get(intern.id) ?? [], intern.requiredHours, intern, context.today).hours;
  const english = [intern.firstNameEn, intern.lastNameEn].filter(Boolean).join(' ');
  return {
    fullName: `${intern.title}${intern.firstName} ${intern.lastName}`.trim(),
    fullNameEn: english ? `${ENGLISH_TITLES[intern.title] ?? ''} ${english}`.trim() : '',
    studentId: intern.studentId,
    institution: institution?.name ?? '-',
    faculty: institution?.faculty ?? '',
    programme: intern.programme,
    startDate: intern.startDate,
    endDate: intern.endDate,
    hours,
    workGroup: context.workGroupName(intern.workGroup),
  };
}

export function buildCertificates(
  interns: readonly WithId<Intern>[],
  context: PrintContext,
  office: { letterhead: Letterhead; signer: Signature; documentNumber: string },
): InternshipCertificateDocument {
  return {
    kind: 'internship-certificate',
    letterhead: office.letterhead,
    documentNumber: office.documentNumber,
    date: context.today,
    interns: interns.map((i) => printedIntern(i, context)),
    signer: office.signer,
  };
}

/** The evaluation on the institution's criteria, in the form's order; unscored items print 0. */
export function buildEvaluationDocument(
  intern: WithId<Intern>,
  evaluation: InternEvaluation,
  context: PrintContext,
  office: { letterhead: Letterhead; evaluator: Signature },
): InternEvaluationDocument {
  const criteria = context.institutions.get(intern.institutionId)?.criteria ?? [];
  const scores = new Map(evaluation.scores.map((s) => [s.criterionId, s]));
  return {
    kind: 'intern-evaluation',
    letterhead: office.letterhead,
    intern: printedIntern(intern, context),
    date: evaluation.date,
    rows: criteria.map((c) => ({
      criterion: c.name,
      maxScore: c.maxScore,
      score: Math.min(c.maxScore, scores.get(c.id)?.score ?? 0),
      comment: scores.get(c.id)?.comment ?? '',
    })),
    overallComment: evaluation.overallComment,
    evaluator: office.evaluator,
  };
}
