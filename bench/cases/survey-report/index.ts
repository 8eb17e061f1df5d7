import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInProcessRenderer } from '../../../src-main/main/pdf/pool';
import { sampleSurveyReport } from '../../../src-main/main/pdf/samples/survey-report-samples';
import type { SurveyReportDocument } from '../../../src-main/shared/pdf/survey-report';
import { median, ratio, timed } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

const NAME = 'survey-report-200-pages';
/** A 200-page report may take this long on a 2-core office PC (it renders off the UI thread). */
const BUDGET_LONG_MS = 15_000;

/** The long sample cut down to about ten pages: the same kinds of content, fewer of each. */
function tenPages(long: SurveyReportDocument): SurveyReportDocument {
  return {
    ...long,
    ratingSections: long.ratingSections.slice(0, 5),
    choices: long.choices.slice(0, 4),
    openEnded: long.openEnded.map((o) => ({ ...o, answers: o.answers.slice(0, 120) })),
  };
}

/** The ~200-page survey report vs a ~10-page one through the same engine, same run. */
export const surveyReport: BenchCase = {
  name: NAME,
  description: 'survey report PDF: ~200 pages (50,000 respondents, 4,400 comments) vs ~10 pages',
  async run({ projectRoot, outDir, runs }) {
    const renderer = createInProcessRenderer({ fontDir: join(projectRoot, 'resources/fonts') });
    const long = sampleSurveyReport(true);
    const short = tenPages(long);
    const measure = async (document: SurveyReportDocument) => {
      const once = () => renderer.render({ document, options: { thaiDigits: false } });
      let pdf = await once(); // warm-up
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await timed(once);
        times.push(run.ms);
        pdf = run.value;
      }
      return { ms: median(times), pdf };
    };
    const small = await measure(short);
    const large = await measure(long);
    await writeFile(join(outDir, `${NAME}.pdf`), large.pdf.bytes);
    await renderer.close();
    const row = (name: string, value: number, reference: number, unit: BenchResult['unit'], budget: number | null): BenchResult => ({
      name,
      value,
      unit,
      reference,
      ratio: ratio(value, reference),
      budget,
    });
    return [
      row(`${NAME}: render time, long vs ten-page`, large.ms, small.ms, 'ms', BUDGET_LONG_MS),
      row(`${NAME}: pages`, large.pdf.pageCount, small.pdf.pageCount, 'pages', null),
      row(`${NAME}: size`, large.pdf.bytes.byteLength, small.pdf.bytes.byteLength, 'bytes', null),
    ];
  },
};
