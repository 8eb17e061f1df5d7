import type { BenchCase } from '../types';
import { dataImport } from './data-import';
import { officeScale } from './office-scale';
import { pdfThaiTenPages } from './pdf-thai-10-pages';
import { syncScale } from './sync-scale';
import { joinNewWorkstation } from './sync-scale/join';
import { taskViews } from './task-views';
import { complaintRows } from './complaint-rows';
import { pressReleases } from './press-releases';
import { briefingPack } from './briefing-pack';
import { surveyStats } from './survey-stats';
import { surveyReport } from './survey-report';
import { photoScale, photosOneAndAHalfGib } from './photo-scale';
import { pdpaErasure } from './pdpa-erasure';
import { thaiSearch } from './thai-search';
import { planReportCase } from './plan-report';
import { coverageReportCase } from './coverage-report';

/** Every benchmark case, in the order `npm run bench` runs them. Add new cases here. */
export const BENCH_CASES: BenchCase[] = [pdfThaiTenPages, taskViews, thaiSearch, pressReleases, briefingPack, surveyStats, surveyReport, complaintRows, planReportCase, coverageReportCase, dataImport, syncScale, joinNewWorkstation, officeScale, pdpaErasure, photosOneAndAHalfGib, photoScale];
