// @ts-check
/**
 * The folders of the app and what each may import (docs/ARCHITECTURE.md). An allow-list: a
 * folder not named under a layer's `may` cannot be imported from it, so a new upward import is
 * a lint error rather than a review comment.
 */

/** @typedef {'shared' | 'preload' | 'main' | 'platform' | 'data' | 'session' | 'i18n' | 'ui' | 'feature-data' | 'features' | 'app' | 'resources'} Layer */

/** @type {Record<Layer, Layer[]>} */
export const MAY_IMPORT = {
  // Pure TypeScript shared by both processes.
  shared: ['shared'],
  // The sandboxed bridge: channel names and its own types only.
  preload: ['shared'],
  main: ['main', 'shared', 'resources'],
  // The renderer's only door to main (window.prDesk).
  platform: ['platform', 'shared'],
  // The database: schema, outbox, sync apply, backups, blob references.
  data: ['data', 'platform', 'shared', 'resources'],
  // Who is acting at this window.
  session: ['session', 'data', 'platform', 'shared'],
  // The Thai and English texts (react-i18next).
  i18n: ['i18n', 'shared'],
  // Components with no feature of their own.
  ui: ['ui', 'i18n', 'session', 'data', 'platform', 'shared'],
  // A feature's queries and commands: the only feature code that touches the database.
  'feature-data': ['feature-data', 'data', 'session', 'platform', 'shared', 'resources'],
  features: ['features', 'feature-data', 'ui', 'i18n', 'session', 'data', 'platform', 'shared', 'resources'],
  // The shell composes everything.
  app: ['app', 'features', 'feature-data', 'ui', 'i18n', 'session', 'data', 'platform', 'shared', 'resources'],
  resources: [],
};

/**
 * The layer of a file or an import target (posix path, absolute or relative to the repo), or
 * null for code outside the app (tests/, bench/, scripts/, configs): those may import anything.
 * @param {string} file
 * @returns {Layer | null}
 */
export function layerOf(file) {
  const f = file.replaceAll('\\', '/');
  if (/(^|\/)src-main\/shared(\/|$)/.test(f)) return 'shared';
  if (/(^|\/)src-main\/preload(\/|$)/.test(f)) return 'preload';
  if (/(^|\/)src-main\/main(\/|$)/.test(f)) return 'main';
  if (/(^|\/)src-renderer\/platform(\/|$)/.test(f)) return 'platform';
  if (/(^|\/)src-renderer\/data(\/|$)/.test(f)) return 'data';
  if (/(^|\/)src-renderer\/session(\/|$)/.test(f)) return 'session';
  if (/(^|\/)src-renderer\/i18n(\/|$)/.test(f)) return 'i18n';
  if (/(^|\/)src-renderer\/ui(\/|$)/.test(f)) return 'ui';
  if (/(^|\/)src-renderer\/features\/[^/]+\/data(\/|$)/.test(f)) return 'feature-data';
  if (/(^|\/)src-renderer\/features(\/|$)/.test(f)) return 'features';
  if (/(^|\/)src-renderer\/(app(\/|$)|main\.tsx?$)/.test(f)) return 'app';
  if (/(^|\/)resources(\/|$)/.test(f)) return 'resources';
  return null;
}

/** A feature's folder name, or null. @param {string} file */
export function featureOf(file) {
  return /(?:^|\/)src-renderer\/features\/([^/]+)/.exec(file.replaceAll('\\', '/'))?.[1] ?? null;
}
