import { createRecordingPdfDeps } from '../../pdf/testing/recording-deps';
import { identityProtector } from '../../workspace/local-store';
import { noInflateWorker } from '../../workspace/testing/inflate-worker';
import type { MainDeps } from '../index';

/** scrypt parameters cheap enough for tests (the app's are far costlier: workspace/keys.ts). */
export const FAST_KDF = { N: 2 ** 14, r: 8, p: 1 };

/**
 * What main's handler table needs, for a test on a temp folder: no dialogs (every picker
 * answers "cancelled"), no OS key store, no worker, PDFs recorded instead of opened, exports
 * written nowhere. A test overrides what it looks at (the clock, a picker, the kiosk store…).
 */
export function testMainDeps(userDataDir: string, overrides: Partial<MainDeps> = {}): MainDeps {
  return {
    userDataDir,
    hostname: 'PR-PC-01',
    appInfo: { name: 'PR Desk', version: '1.0.0', platform: 'linux' },
    openExternal: () => Promise.resolve(),
    chooseFolder: () => Promise.resolve(null),
    chooseOpenFile: () => Promise.resolve(null),
    protector: identityProtector,
    createInflateWorker: noInflateWorker,
    kdf: FAST_KDF,
    pdf: createRecordingPdfDeps({ saveDir: null, saved: [], opened: [], printed: [] }, userDataDir),
    exports: { chooseExportPath: () => Promise.resolve(null), writeFile: () => Promise.resolve() },
    ...overrides,
  };
}
