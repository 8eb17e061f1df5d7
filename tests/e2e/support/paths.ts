import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
export const OUT_DIR = resolve(PROJECT_ROOT, 'out');
export const RENDERER_DIR = resolve(OUT_DIR, 'renderer');
export const PRELOAD_BUNDLE = resolve(OUT_DIR, 'preload/index.cjs');
export const FIXTURES_DIR = resolve(PROJECT_ROOT, 'tests/fixtures');
export const SCREENSHOT_DIR = resolve(PROJECT_ROOT, 'test-results/screenshots');
