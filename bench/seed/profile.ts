import type { Page } from '@playwright/test';
import { seedInternsInPage } from './internships';
import { seedPressInPage } from './press';
import { seedReleasePhotosInPage } from './release-photos';
import { scaleForYears, type ProfileScale } from './scale';
import { seedSurveysInPage } from './surveys';
import { seedTasksInPage } from './tasks';

/** Distinct photos shared by the seeded releases (each release shows 1–3 of them). */
const DISTINCT_PHOTOS = 100;
/** Surveys the responses are spread over (the evaluation group runs about one a year). */
const SURVEYS = 10;

export interface SeededProfile {
  years: number;
  scale: ProfileScale;
  /** Records written per table family, as the seeders report them. */
  written: Record<string, number>;
  ms: number;
}

/**
 * Fills the app's database (the page must be on the app's origin, with the app opened once so
 * the schema exists) with `years` of realistic Thai data, module by module. Each seeder writes
 * raw IndexedDB records shaped exactly as the app stores them; the app reads them on next load.
 */
export async function seedProfile(page: Page, years: number): Promise<SeededProfile> {
  const scale = scaleForYears(years);
  const started = performance.now();
  const written: Record<string, number> = {};
  written.tasks = await page.evaluate(seedTasksInPage, scale.tasks);
  written.interns = await page.evaluate(seedInternsInPage, scale.interns);
  const press = await page.evaluate(seedPressInPage, { releases: scale.releases, agencies: 80, outlets: Math.max(10, Math.round(scale.mediaContacts / 12)), contacts: scale.mediaContacts });
  written.releases = press.releases;
  written.mediaContacts = press.contacts;
  written.pickups = press.pickups;
  const photos = await page.evaluate(seedReleasePhotosInPage, Math.min(DISTINCT_PHOTOS, Math.max(1, scale.releases)));
  written.photos = photos.photos;
  written.photoBytes = photos.bytes;
  const surveys = Math.max(1, Math.min(SURVEYS, Math.round(years)));
  written.surveys = (await page.evaluate(seedSurveysInPage, { surveys, responsesPerSurvey: Math.round(scale.surveyResponses / surveys) })).length;
  written.surveyResponses = Math.round(scale.surveyResponses / surveys) * surveys;
  return { years, scale, written, ms: performance.now() - started };
}
