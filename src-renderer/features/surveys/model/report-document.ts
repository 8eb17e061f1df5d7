import type { Survey } from '../../../../src-main/shared/domain/survey';
import type { Letterhead, Signature } from '../../../../src-main/shared/pdf/document-parts';
import type { SurveyFrequency, SurveyReportDocument } from '../../../../src-main/shared/pdf/survey-report';
import { surveyBands, type MeanSd, type QuestionStats, type SurveyStats } from './statistics';
import { writeThaiSummary } from './summary';

function level(r: MeanSd | null) {
  return r?.meanRounded != null ? { mean: r.meanRounded, sd: r.sd, band: r.band ?? '' } : null;
}

function frequencyRows(q: QuestionStats): SurveyFrequency['rows'] {
  return q.rows.map((r) => ({ code: r.code, label: r.label, count: r.count, percent: r.percent }));
}

function frequency(q: QuestionStats): SurveyFrequency {
  return { question: q.question.text, n: q.n, rows: frequencyRows(q) };
}

/** "4.51–5.00 หมายถึง มากที่สุด", … from the survey's band scheme. */
export function bandCriteria(survey: Survey): string[] {
  const bands = surveyBands(survey);
  const top = bands.length * 100;
  return bands.map((band, i) => {
    const upper = i === 0 ? top : (bands[i - 1]?.fromHundredths ?? top + 1) - 1;
    return `${(band.fromHundredths / 100).toFixed(2)}–${(upper / 100).toFixed(2)} หมายถึง ${band.label}`;
  });
}

/** The report PDF's content from the statistics (the letterhead is loaded when printing). */
export function surveyReportDocument(
  survey: Survey,
  stats: SurveyStats,
  { letterhead, signer, preparedOn }: { letterhead: Letterhead; signer: Signature; preparedOn: string },
): SurveyReportDocument {
  return {
    kind: 'survey-report',
    letterhead,
    title: survey.title,
    preparedOn,
    respondents: stats.respondents,
    bandCriteria: bandCriteria(survey),
    profile: stats.questions.filter((q) => q.question.profile).map(frequency),
    ratingSections: stats.sections
      .filter((s) => s.rating)
      .map((s) => ({
        title: s.title,
        n: s.rating?.n ?? 0,
        level: level(s.rating),
        items: stats.questions
          .filter((q) => q.question.sectionId === s.sectionId && q.rating)
          .map((q) => ({ text: q.question.text, n: q.n, level: level(q.rating), rows: frequencyRows(q) })),
      })),
    overall: level(stats.overall),
    choices: stats.questions.filter((q) => !q.question.profile && (q.question.type === 'single' || q.question.type === 'multiple')).map(frequency),
    openEnded: stats.questions.filter((q) => q.texts.length > 0).map((q) => ({ question: q.question.text, answers: q.texts })),
    summary: writeThaiSummary(survey.title.replace(/^แบบสอบถาม/, ''), stats),
    signer,
  };
}
