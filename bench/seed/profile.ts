import type { Page } from '@playwright/test';
import { seedInternsInPage } from './internships';
import { seedPress } from './press';
import { makeBaseJpegs, writePhotoFiles, type PhotoFile, type PhotoVolume } from './photo-files';
import { seedReleasePhotosInPage } from './release-photos';
import { scaleForYears, type ProfileScale } from './scale';
import { seedSurveysInPage } from './surveys';
import { seedTasksInPage } from './tasks';

/** Photos when the caller names no volume: enough for lists to show thumbnails. */
const DEFAULT_PHOTOS = 100;
/** Surveys the responses are spread over (the evaluation group runs about one a year). */
const SURVEYS = 10;

export interface SeededProfile {
  years: number;
  scale: ProfileScale;
  /** Records written per table family, as the seeders report them. */
  written: Record<string, number>;
  /** The photo files written into the blob store (each referenced by one release). */
  photos: PhotoFile[];
  ms: number;
}

export interface PhotoOptions {
  /** The workstation's blob store folder (`<userData>/blobstore`, see localBlobStore). */
  storeDir: string;
  volume?: PhotoVolume;
}

/**
 * Fills the app's database (the page must be on the app's origin, with the app opened once so
 * the schema exists) with `years` of realistic Thai data, module by module. Each seeder writes
 * raw IndexedDB records shaped exactly as the app stores them; the app reads them on next load.
 * Photos are files in the workstation's blob store (main's), referenced by the releases.
 */
export async function seedProfile(page: Page, years: number, photoOptions: PhotoOptions): Promise<SeededProfile> {
  const scale = scaleForYears(years);
  const started = performance.now();
  const written: Record<string, number> = {};
  written.tasks = await page.evaluate(seedTasksInPage, scale.tasks);
  written.interns = await page.evaluate(seedInternsInPage, scale.interns);
  const press = await seedPress(page, { releases: scale.releases, agencies: 80, outlets: Math.max(10, Math.round(scale.mediaContacts / 12)), contacts: scale.mediaContacts });
  written.releases = press.releases;
  written.mediaContacts = press.contacts;
  written.pickups = press.pickups;
  const files = await writePhotoFiles(photoOptions.storeDir, await makeBaseJpegs(page), photoOptions.volume ?? { count: DEFAULT_PHOTOS });
  const referenced = await page.evaluate(seedReleasePhotosInPage, files.photos);
  if (referenced.photos !== files.photos.length) throw new Error(`only ${referenced.photos} of ${files.photos.length} photos found a release`);
  written.photos = files.photos.length;
  written.photoBytes = files.bytes;
  written.illustratedReleases = referenced.releases;
  const surveys = Math.max(1, Math.min(SURVEYS, Math.round(years)));
  written.surveys = (await page.evaluate(seedSurveysInPage, { surveys, responsesPerSurvey: Math.round(scale.surveyResponses / surveys) })).length;
  written.surveyResponses = Math.round(scale.surveyResponses / surveys) * surveys;
  return { years, scale, written, photos: files.photos, ms: performance.now() - started };
}
