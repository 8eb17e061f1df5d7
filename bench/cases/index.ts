import type { BenchCase } from '../types';
import { dataImport } from './data-import';
import { pdfThaiTenPages } from './pdf-thai-10-pages';
import { taskViews } from './task-views';
import { pressReleases } from './press-releases';

/** Every benchmark case, in the order `npm run bench` runs them. Add new cases here. */
export const BENCH_CASES: BenchCase[] = [pdfThaiTenPages, taskViews, dataImport, pressReleases];
