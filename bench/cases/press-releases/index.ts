import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { RENDERER_DIR } from '../../../tests/e2e/support/paths';
import { startRendererServer } from '../../../tests/e2e/support/renderer-server';
import { startSignedInWorkstation } from '../../support/signed-in-workstation';
import { seedPress } from '../../seed/press';
import { median, ratio } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

/** = FIND_RELEASES_MEASURE in features/press/data/release-search.ts (the User Timing entry findReleases writes). */
const FIND_RELEASES_MEASURE = 'press:find-releases';
/** = RELEASE_INDEX_BUILD_MEASURE in features/press/data/release-index-session.ts. */
const INDEX_BUILD_MEASURE = 'press:release-index-build';
/** = RELEASE_TERMS_MARK in features/press/model/release-terms.ts: the last term of terms made by the current rules. */
const TERMS_MARK = '\u0001terms-v2';

/**
 * In the page: how many releases still carry terms an older version made (there is no index on
 * terms since schema v11, so every release is read: the poll is every few seconds).
 */
function staleReleaseCount(mark: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pr-desk');
    open.onerror = () => reject(new Error('cannot open the database'));
    open.onsuccess = () => {
      const request = open.result.transaction('pressReleases').objectStore('pressReleases').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve((request.result as { terms: string[] }[]).filter((r) => r.terms[r.terms.length - 1] !== mark).length);
      };
      request.onerror = () => reject(new Error('cannot read the releases'));
    };
  });
}

const LARGE = 20_000;
const SMALL = 200;

/** Budgets (2-core office PC): search answers in 50 ms at p95; first rows within 300 ms; DOM stays small. */
const BUDGET_SEARCH_P95_MS = 50;
const BUDGET_SEARCH_P50_MS = 50;
const BUDGET_FIRST_ROWS_MS = 300;
const BUDGET_DOM_ROWS = 60;

/**
 * What staff type: a place or a person from the middle of a body (tens to hundreds of
 * releases), two-word queries, a release number, and a common word found in thousands.
 */
const QUERIES = ['ปาดังเบซาร์', 'เกาะยอ', 'ทุ่งตำเสา', 'จันทร์เพ็ญ', 'ไพโรจน์ ขุนทอง', 'ลำไพล', 'ข่าวที่ 15', 'ป่าชายเลน หาดใหญ่', 'ฉลุง', 'สุดารัตน์', 'คลองหอยโข่ง', 'นิทรรศการ'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function timeToFirstRow(page: Page): Promise<number> {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByTestId('dashboard-today').waitFor();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        location.hash = '#/press';
        const check = () => (document.querySelector('[data-testid="release-row"]') ? resolve(performance.now() - started) : requestAnimationFrame(check));
        check();
      }),
  );
}

interface SearchTiming {
  /** Query landing in the search box → result count/rows on screen changed. */
  screen: number;
  /** The data-layer query alone: `findReleases` as the list called it (its User Timing measure). */
  data: number;
}

/** Time from the query landing in the search box to the result count on screen changing, and the data layer's part of it. */
async function searchLatency(page: Page, text: string): Promise<SearchTiming> {
  const box = page.getByTestId('release-search');
  await box.fill('');
  await page.waitForFunction(() => !document.querySelector('[data-testid="release-count"]')?.textContent?.startsWith('…'));
  await page.waitForTimeout(50);
  const screen = await page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="release-search"]');
        const count = document.querySelector('[data-testid="release-count"]');
        const rows = () => Array.from(document.querySelectorAll('[data-testid="release-row"]'), (r) => r.getAttribute('aria-label')).join('|');
        if (!input || !count) return resolve(-1);
        const before = `${count.textContent}#${rows()}`;
        // React tracks the input's value: set it the way typing does, through the prototype setter.
        const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
        const started = performance.now();
        // eslint-disable-next-line @typescript-eslint/unbound-method -- the setter is applied to the input itself
        Reflect.apply(descriptor?.set ?? (() => undefined), input, [query]);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const check = () => {
          const now = document.querySelector('[data-testid="release-count"]');
          if (now && `${now.textContent}#${rows()}` !== before) resolve(performance.now() - started);
          else if (performance.now() - started > 5_000) resolve(5_000);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    text,
  );
  const data = await page.evaluate(
    ([name, query]) => {
      const entries = performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];
      const mine = entries.filter((e) => (e.detail as { query?: string } | null)?.query === query);
      return mine.at(-1)?.duration ?? -1;
    },
    [FIND_RELEASES_MEASURE, text] as const,
  );
  return { screen, data };
}

async function maxRowsWhileScrolling(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const list = document.querySelector('[data-testid="release-list"]');
    if (!list) return -1;
    let most = 0;
    for (let step = 0; step <= 20; step++) {
      list.scrollTop = (list.scrollHeight * step) / 20;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      most = Math.max(most, document.querySelectorAll('[data-testid="release-row"]').length);
    }
    list.scrollTop = 0;
    return most;
  });
}

export const pressReleases: BenchCase = {
  name: 'press-releases-20000',
  description: `press releases: Thai word search, first rows and scrolling with ${LARGE.toLocaleString('en-US')} vs ${SMALL} releases, same browser, same run`,
  async run({ runs }) {
    const server = await startRendererServer(RENDERER_DIR);
    const root = await mkdtemp(join(tmpdir(), 'pr-desk-bench-press-'));
    try {
      const measure = async (label: string, releases: number) => {
        const app = await startSignedInWorkstation(server.origin, root, null, label);
        try {
          await app.page.getByTestId('sidebar').waitFor();
          await seedPress(app.page, { releases, agencies: 150, outlets: 200, contacts: 2_000 });
          await app.page.reload();
          await app.page.getByTestId('sidebar').waitFor();
          await timeToFirstRow(app.page); // warm-up: loads the module
          const firstRows: number[] = [];
          for (let i = 0; i < runs; i++) firstRows.push(await timeToFirstRow(app.page));
          const search: number[] = [];
          const data: number[] = [];
          await searchLatency(app.page, 'ประชุม'); // warm-up
          for (let i = 0; i < Math.max(runs, 4); i++)
            for (const query of QUERIES) {
              const timing = await searchLatency(app.page, query);
              search.push(timing.screen);
              data.push(timing.data);
            }
          await app.page.getByTestId('release-search').fill('');
          await app.page.waitForTimeout(300);
          const indexBuild = await app.page.evaluate((name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? -1, INDEX_BUILD_MEASURE);
          const domRows = await maxRowsWhileScrolling(app.page);
          return { firstRows: median(firstRows), p50: percentile(search, 50), p95: percentile(search, 95), dataP50: percentile(data, 50), dataP95: percentile(data, 95), indexBuild, domRows };
        } finally {
          await app.close();
        }
      };
      /**
       * The one-time cost after an upgrade that changed the search rules: every release's terms
       * made again behind the screen, from the list opening to the last step; and a search
       * meanwhile (the old terms answer it).
       */
      const refresh = async (label: string, releases: number) => {
        const app = await startSignedInWorkstation(server.origin, root, null, label);
        try {
          await app.page.getByTestId('sidebar').waitFor();
          await seedPress(app.page, { releases, agencies: 150, outlets: 200, contacts: 200, staleTerms: true });
          await app.page.reload();
          await app.page.getByTestId('sidebar').waitFor();
          const started = performance.now();
          await timeToFirstRow(app.page);
          const during = await searchLatency(app.page, 'ปาดังเบซาร์');
          // Done when no release is left without the version mark (read straight from IndexedDB, ±3 s).
          for (;;) {
            const stale = await app.page.evaluate(staleReleaseCount, TERMS_MARK);
            if (stale === 0) break;
            if (performance.now() - started > 600_000) throw new Error(`terms refresh: ${stale} releases still stale after 10 minutes`);
            await app.page.waitForTimeout(3_000);
          }
          const total = performance.now() - started;
          return { total, searchDuring: during.screen };
        } finally {
          await app.close();
        }
      };
      const small = await measure('small', SMALL);
      const large = await measure('large', LARGE);
      const refreshSmall = await refresh('refresh-small', SMALL);
      const refreshLarge = await refresh('refresh-large', LARGE);
      const result = (name: string, value: number, reference: number, unit: BenchResult['unit'], budget: number | null): BenchResult => ({ name, value, unit, reference, ratio: ratio(value, reference), budget });
      return [
        result('press: search data layer (findReleases) p50, 20,000 vs 200 releases', large.dataP50, small.dataP50, 'ms', BUDGET_SEARCH_P50_MS),
        result('press: search data layer (findReleases) p95, 20,000 vs 200 releases', large.dataP95, small.dataP95, 'ms', BUDGET_SEARCH_P95_MS),
        result('press: Thai word search to results on screen p50, 20,000 vs 200 releases', large.p50, small.p50, 'ms', BUDGET_SEARCH_P50_MS),
        result('press: Thai word search to results on screen p95, 20,000 vs 200 releases', large.p95, small.p95, 'ms', BUDGET_SEARCH_P95_MS),
        result('press: in-memory search index build, once per session (in the background after the list opens)', large.indexBuild, small.indexBuild, 'ms', null),
        result('press: list first rows after navigation, 20,000 vs 200', large.firstRows, small.firstRows, 'ms', BUDGET_FIRST_ROWS_MS),
        result('press: most release rows in the DOM while scrolling', large.domRows, small.domRows, 'rows', BUDGET_DOM_ROWS),
        result('press: search terms made again after an upgrade, behind the screen, 20,000 vs 200 releases (once)', refreshLarge.total, refreshSmall.total, 'ms', null),
        result('press: a search while the terms are being made again, to results on screen, 20,000 vs 200', refreshLarge.searchDuring, refreshSmall.searchDuring, 'ms', BUDGET_SEARCH_P95_MS),
      ];
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  },
};
