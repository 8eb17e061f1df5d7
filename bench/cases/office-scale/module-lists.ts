import type { Page } from '@playwright/test';

/** Each module's main list with a 10-year profile: where it is and what one of its rows is. */
export const MODULE_LISTS: readonly { module: string; hash: string; row: string }[] = [
  { module: 'tasks', hash: '#/missions', row: '[data-testid="task-row"]' },
  { module: 'news releases', hash: '#/press', row: '[data-testid="release-row"]' },
  { module: 'media contacts', hash: '#/press/media', row: '[data-testid="contact-list"] tbody tr' },
  { module: 'interns', hash: '#/internships', row: '[data-testid="intern-row"]' },
  { module: 'surveys', hash: '#/surveys', row: '[data-testid="survey-list"] tbody tr' },
];

/** From the dashboard, navigates to `hash` and times (in the page) until the first row is on screen. */
export async function firstRowMs(page: Page, hash: string, row: string): Promise<number> {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.locator('[data-testid="dashboard-today-count"][data-ready="true"]').waitFor();
  return page.evaluate(
    ({ target, selector }) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        location.hash = target;
        const check = () => {
          if (document.querySelector(selector)) resolve(performance.now() - started);
          else if (performance.now() - started > 30_000) reject(new Error(`no ${selector} within 30 s`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { target: hash, selector: row },
  );
}

/** Scrolls the list's scroll container (or the page) to the end and back; the most rows the DOM held. */
export async function mostRowsWhileScrolling(page: Page, row: string): Promise<number> {
  return page.evaluate(async (selector) => {
    const first = document.querySelector(selector);
    let box: Element | null = first?.parentElement ?? null;
    while (box && !(box.scrollHeight > box.clientHeight + 4 && ['auto', 'scroll'].includes(getComputedStyle(box).overflowY))) box = box.parentElement;
    const scroller = box ?? document.scrollingElement ?? document.documentElement;
    let most = 0;
    for (let step = 0; step <= 20; step++) {
      scroller.scrollTop = (scroller.scrollHeight * step) / 20;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      most = Math.max(most, document.querySelectorAll(selector).length);
    }
    scroller.scrollTop = 0;
    return most;
  }, row);
}
