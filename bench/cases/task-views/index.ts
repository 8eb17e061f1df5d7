import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { RENDERER_DIR } from '../../../tests/e2e/support/paths';
import { startRendererServer } from '../../../tests/e2e/support/renderer-server';
import { startSignedInWorkstation } from '../../support/signed-in-workstation';
import { median, ratio } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';
import { seedTasksInPage } from '../../seed/tasks';

const LARGE = 5_000;
const SMALL = 20;

/** Budgets (2-core office PC): first rows within 300 ms of navigation; DOM stays small. */
const BUDGET_FIRST_ROWS_MS = 300;
const BUDGET_DOM_ROWS = 60;
const BUDGET_SEARCH_MS = 150;

/** In the page: go from the dashboard to a task view and time until its first row is on screen. */
async function timeToFirstRow(page: Page, hash: string, selector: string): Promise<number> {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByTestId('dashboard-today').waitFor();
  return page.evaluate(
    ({ hash: target, selector: rowSelector }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        location.hash = target;
        const check = () => (document.querySelector(rowSelector) ? resolve(performance.now() - started) : requestAnimationFrame(check));
        check();
      }),
    { hash, selector },
  );
}

/** Scrolls the list to the end and back, returning the most rows the DOM held at once. */
async function maxRowsWhileScrolling(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const list = document.querySelector('[data-testid="task-list"]');
    if (!list) return -1;
    let most = 0;
    for (let step = 0; step <= 20; step++) {
      list.scrollTop = (list.scrollHeight * step) / 20;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      most = Math.max(most, document.querySelectorAll('[data-testid="task-row"]').length);
    }
    list.scrollTop = 0;
    return most;
  });
}

/** Time from typing a search to the count on screen changing. */
async function searchLatency(page: Page, text: string): Promise<number> {
  await page.evaluate(() => {
    location.hash = '#/missions';
  });
  const box = page.getByRole('textbox', { name: 'ค้นหา' });
  await box.waitFor();
  await box.fill('');
  const before = await page.getByTestId('task-count').textContent();
  const started = performance.now();
  await box.fill(text);
  await page.waitForFunction((previous) => document.querySelector('[data-testid="task-count"]')?.textContent !== previous, before);
  return performance.now() - started;
}

export const taskViews: BenchCase = {
  name: 'task-views-5000',
  description: `task list and board with ${LARGE.toLocaleString('en-US')} tasks vs ${SMALL} tasks, same browser, same run`,
  async run({ runs }) {
    const server = await startRendererServer(RENDERER_DIR);
    const root = await mkdtemp(join(tmpdir(), 'pr-desk-bench-tasks-'));
    try {
      const measure = async (label: string, count: number) => {
        const app = await startSignedInWorkstation(server.origin, root, null, label);
        try {
          await app.page.getByTestId('sidebar').waitFor();
          await app.page.evaluate(seedTasksInPage, count);
          await app.page.reload();
          await app.page.getByTestId('sidebar').waitFor();
          const list: number[] = [];
          const board: number[] = [];
          const search: number[] = [];
          await timeToFirstRow(app.page, '#/missions', '[data-testid="task-row"]'); // warm-up: loads the module
          for (let i = 0; i < runs; i++) {
            list.push(await timeToFirstRow(app.page, '#/missions', '[data-testid="task-row"]'));
            board.push(await timeToFirstRow(app.page, '#/missions?view=board', '[data-testid="board-card"]'));
            search.push(await searchLatency(app.page, i % 2 === 0 ? 'วิทยุ' : 'น้ำท่วม'));
          }
          await timeToFirstRow(app.page, '#/missions', '[data-testid="task-row"]');
          const domRows = await maxRowsWhileScrolling(app.page);
          await timeToFirstRow(app.page, '#/missions?view=board', '[data-testid="board-card"]');
          const boardCards = await app.page.locator('[data-testid="board-card"]').count();
          return { list: median(list), board: median(board), search: median(search), domRows, boardCards };
        } finally {
          await app.close();
        }
      };
      const small = await measure('small', SMALL);
      const large = await measure('large', LARGE);
      const result = (name: string, value: number, reference: number, unit: BenchResult['unit'], budget: number | null): BenchResult => ({
        name,
        value,
        unit,
        reference,
        ratio: ratio(value, reference),
        budget,
      });
      return [
        result('tasks: list first rows, 5,000 vs 20 tasks', large.list, small.list, 'ms', BUDGET_FIRST_ROWS_MS),
        result('tasks: board first cards, 5,000 vs 20 tasks', large.board, small.board, 'ms', BUDGET_FIRST_ROWS_MS),
        result('tasks: search to results, 5,000 vs 20 tasks', large.search, small.search, 'ms', BUDGET_SEARCH_MS),
        result('tasks: most list rows in the DOM while scrolling 5,000', large.domRows, small.domRows, 'rows', BUDGET_DOM_ROWS),
        result('tasks: board cards in the DOM with 5,000', large.boardCards, small.boardCards, 'rows', BUDGET_DOM_ROWS),
      ];
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  },
};
