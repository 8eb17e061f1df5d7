/**
 * Injected before the app: records when the dashboard first shows figures read from the
 * database (not its empty first render), checked every animation frame from navigation start.
 */
export const FIRST_SCREEN_PROBE = `(() => {
  if (window.top !== window) return;
  const check = () => {
    if (document.querySelector('[data-testid="dashboard-today-count"][data-ready="true"]')) {
      window.__prDeskFirstScreen = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Read in the page after the first screen: its time, first contentful paint, and the JS fetched before that paint and before that screen. */
export const READ_FIRST_SCREEN = `new Promise((resolve) => {
  const done = () => {
    const firstScreen = window.__prDeskFirstScreen;
    if (firstScreen === undefined) return requestAnimationFrame(done);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js'));
    const before = fcp === null ? [] : scripts.filter((r) => r.responseEnd <= fcp);
    resolve({
      firstScreen,
      fcp,
      jsBeforePaint: before.reduce((sum, r) => sum + r.encodedBodySize, 0),
      jsBeforeFirstScreen: scripts.filter((r) => r.responseEnd <= firstScreen).reduce((sum, r) => sum + r.encodedBodySize, 0),
      jsLoaded: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
    });
  };
  done();
})`;

export interface FirstScreen {
  firstScreen: number;
  fcp: number | null;
  jsBeforePaint: number;
  /** Everything the dashboard needed before it showed its figures (the modules' cards load after). */
  jsBeforeFirstScreen: number;
  jsLoaded: number;
}
