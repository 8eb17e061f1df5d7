import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** tests/fixtures/thai-text.json (docs/DESIGN.md §9): strings every text path must carry unchanged. */
export interface ThaiTextFixtures {
  stackedMarks: string[];
  saraAm: string[];
  mixedScript: string[];
  thaiDigits: string[];
  longNoSpace: string;
  names: string[];
  agencies: string[];
  dates: { iso: string; thaiLong: string; thaiShort: string; fiscalYear: number }[];
  hostile: string[];
}

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../../..');
export const FONT_DIR = resolve(PROJECT_ROOT, 'resources/fonts');

export function loadThaiFixtures(): ThaiTextFixtures {
  return JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/thai-text.json'), 'utf8')) as ThaiTextFixtures;
}

/** Every string of the fixture file that is real text (all but the hostile ones), in file order. */
export function fixtureTexts(fixtures: ThaiTextFixtures): string[] {
  return [
    ...fixtures.stackedMarks,
    ...fixtures.saraAm,
    ...fixtures.mixedScript,
    ...fixtures.thaiDigits,
    fixtures.longNoSpace,
    ...fixtures.names,
    ...fixtures.agencies,
    ...fixtures.dates.flatMap((d) => [d.thaiLong, d.thaiShort]),
  ];
}
