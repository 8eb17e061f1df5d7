import type { Page } from '@playwright/test';
import { seedInternsInPage } from './internships';
import { scaleForYears, type ProfileScale } from './scale';
import { seedTasksInPage } from './tasks';

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
  return { years, scale, written, ms: performance.now() - started };
}
