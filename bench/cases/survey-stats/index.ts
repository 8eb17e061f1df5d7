import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { surveySchema, type Survey } from '../../../src-main/shared/domain/survey';
import { computeSurveyStats, type ResponseLike } from '../../../src-renderer/features/surveys/model/statistics';
import { surveyFromTemplate } from '../../../src-renderer/features/surveys/model/templates';
import { RENDERER_DIR } from '../../../tests/e2e/support/paths';
import { startRendererServer } from '../../../tests/e2e/support/renderer-server';
import { startSignedInWorkstation } from '../../support/signed-in-workstation';
import { seedSurveysInPage } from '../../seed/surveys';
import { median, ratio, timed } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

const LARGE = 50_000;
const SMALL = 500;
/** Budgets on a 2-core office PC: recompute well under a frame budget of a click; page under 3 s. */
const BUDGET_RECOMPUTE_MS = 150;
const BUDGET_PAGE_MS = 3_000;

function responses(count: number): ResponseLike[] {
  return Array.from({ length: count }, (_, i) => ({
    status: 'final',
    answers: {
      sex: 1 + (i % 2),
      age: 1 + (i % 6),
      occupation: 1 + (i % 7),
      district: 1 + (i % 2),
      q1: 5 - (i % 3),
      q2: 4 + (i % 2),
      q3: 5 - (i % 5),
      q4: 3 + (i % 3),
      q5: 1 + (i % 5),
      ...(i % 20 === 0 ? { comment: 'ควรเพิ่มที่จอดรถ' } : {}),
    },
  }));
}

/** Median ms of computeSurveyStats over `count` responses (one warm-up). */
async function recompute(survey: Survey, count: number, runs: number): Promise<number> {
  const data = responses(count);
  computeSurveyStats(survey, data);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(() => Promise.resolve(computeSurveyStats(survey, data)))).ms);
  return median(times);
}

/** From the dashboard to the statistics page's mean/S.D. table on screen. */
async function timeToStats(page: Page, surveyId: string): Promise<number> {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByTestId('dashboard-today').waitFor();
  return page.evaluate(
    (target) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        location.hash = target;
        const check = () => (document.querySelector('[data-testid="rating-table"]') ? resolve(performance.now() - started) : requestAnimationFrame(check));
        check();
      }),
    `#/surveys/s/${surveyId}/stats`,
  );
}

export const surveyStats: BenchCase = {
  name: 'survey-stats-50000',
  description: `survey statistics over ${LARGE.toLocaleString('en-US')} vs ${SMALL} responses: the pure recompute, and the statistics page in the browser`,
  async run({ runs }) {
    const survey = surveySchema.parse({ ...surveyFromTemplate('satisfaction'), version: 1, previousVersionId: null, locked: true, superseded: false });
    const computeLarge = await recompute(survey, LARGE, runs);
    const computeSmall = await recompute(survey, SMALL, runs);

    const server = await startRendererServer(RENDERER_DIR);
    const root = await mkdtemp(join(tmpdir(), 'pr-desk-bench-surveys-'));
    try {
      const measure = async (label: string, count: number) => {
        const app = await startSignedInWorkstation(server.origin, root, null, label);
        try {
          await app.page.getByTestId('sidebar').waitFor();
          const [surveyId] = await app.page.evaluate(seedSurveysInPage, { surveys: 1, responsesPerSurvey: count });
          if (!surveyId) throw new Error('seeding failed');
          await app.page.reload();
          await app.page.getByTestId('sidebar').waitFor();
          await timeToStats(app.page, surveyId); // warm-up: loads the module
          const times: number[] = [];
          for (let i = 0; i < runs; i++) times.push(await timeToStats(app.page, surveyId));
          return median(times);
        } finally {
          await app.close();
        }
      };
      const pageSmall = await measure('small', SMALL);
      const pageLarge = await measure('large', LARGE);
      const result = (name: string, value: number, reference: number, budget: number | null): BenchResult => ({
        name,
        value,
        unit: 'ms',
        reference,
        ratio: ratio(value, reference),
        budget,
      });
      return [
        result('surveys: statistics recompute, 50,000 vs 500 responses', computeLarge, computeSmall, BUDGET_RECOMPUTE_MS),
        result('surveys: statistics page on screen, 50,000 vs 500 responses', pageLarge, pageSmall, BUDGET_PAGE_MS),
      ];
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  },
};
