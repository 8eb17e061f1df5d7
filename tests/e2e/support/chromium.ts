import { RENDERER_JS_FLAGS } from '../../../src-main/main/renderer-heap';

/** Debian's Chromium (DESIGN.md §9): downloads are blocked here, so never a bundled browser. */
export const CHROMIUM_PATH = process.env.PR_DESK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  // The build machines have no network: stop Chromium's own background traffic.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The heap limit the app sets for its window (src-main/main/renderer-heap.ts).
  `--js-flags=${RENDERER_JS_FLAGS}`,
];
