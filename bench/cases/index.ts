import type { BenchCase } from '../types';
import { pdfThaiTenPages } from './pdf-thai-10-pages';
import { taskViews } from './task-views';
import { surveyStats } from './survey-stats';
import { surveyReport } from './survey-report';

/** Every benchmark case, in the order `npm run bench` runs them. Add new cases here. */
export const BENCH_CASES: BenchCase[] = [pdfThaiTenPages, taskViews, surveyStats, surveyReport];
