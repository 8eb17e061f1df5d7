import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { bridgeOnlyInPlatform, databaseAccess, featureBoundary, layering } from './rules.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } }, ecmaVersion: 2022, sourceType: 'module' },
});

const R = '/repo/src-renderer';

describe('layering', () => {
  tester.run('layering', layering, {
    valid: [
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "import { PageHeader } from '../../ui/PageHeader';" },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "import { useAppData } from '../../session/app-data';" },
      { filename: `${R}/features/press/data/use-releases.ts`, code: "import { useDb } from '../../../data';" },
      { filename: `${R}/features/press/data/use-releases.ts`, code: "import { findReleases } from '../model/release-search';" },
      { filename: `${R}/app/router.tsx`, code: "const page = () => import('../features/press');" },
      { filename: `${R}/ui/PageHeader.tsx`, code: "import { mainProcess } from '../platform';" },
      { filename: `${R}/data/backup.ts`, code: "import { mainProcess } from '../platform';" },
      { filename: '/repo/src-main/main/index.ts', code: "import { channels } from './shared-ipc/channels';".replace('./shared-ipc', '..' + '/shared/ipc') },
      { filename: '/repo/src-main/preload/index.ts', code: "import type { IpcResult } from './shared-ipc/errors';".replace('./shared-ipc', '..' + '/shared/ipc') },
      // Code outside the app (tests, bench, scripts) may import anything.
      { filename: '/repo/tests/e2e/press.spec.ts', code: "import { x } from '../../src-renderer/app/App';" },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "import { Button } from '@mantine/core';" },
    ],
    invalid: [
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "import { router } from '../../app/router';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/ui/PageHeader.tsx`, code: "import { useAppData } from '../app/data-context';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/ui/PageHeader.tsx`, code: "import { PressPage } from '../features/press';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/data/backup.ts`, code: "import { useReleases } from '../features/press/data';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/data/backup.ts`, code: "import { useAppData } from '../session/app-data';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/platform/blobs.ts`, code: "import { PrDeskDb } from '../data';", errors: [{ messageId: 'upward' }] },
      // Re-exports and dynamic imports are imports too.
      { filename: `${R}/ui/index.ts`, code: "export { PressPage } from '../features/press';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/ui/index.ts`, code: "export * from '../app/router';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/data/sync.ts`, code: "const m = await import('../features/sync');", errors: [{ messageId: 'upward' }] },
      // A feature's data/ reads its own model, not its pages or another feature's pages.
      { filename: `${R}/features/press/data/use-releases.ts`, code: "import { ReleasePage } from '../ReleasePage';", errors: [{ messageId: 'upward' }] },
      { filename: `${R}/features/press/data/use-releases.ts`, code: "import { rows } from '../../complaints/model/rows';", errors: [{ messageId: 'upward' }] },
      { filename: '/repo/src-main/preload/index.ts', code: "import { handlers } from '../main/handlers';", errors: [{ messageId: 'upward' }] },
      { filename: '/repo/src-main/shared/ipc/api.ts', code: "import { db } from '../../../src-renderer/data';", errors: [{ messageId: 'upward' }] },
      { filename: '/repo/src-main/main/index.ts', code: "import { App } from '../../src-renderer/app/App';", errors: [{ messageId: 'upward' }] },
    ],
  });
});

describe('feature-boundary', () => {
  tester.run('feature-boundary', featureBoundary, {
    valid: [
      { filename: `${R}/features/complaints/ComplaintsPage.tsx`, code: "import { useAgencies } from '../agencies/data';" },
      { filename: `${R}/features/complaints/ComplaintsPage.tsx`, code: "import { MissionSelect } from '../missions';" },
      { filename: `${R}/features/complaints/ComplaintsPage.tsx`, code: "import { rows } from './model/complaint-rows';" },
      // The shell composes each feature's manifest.
      { filename: `${R}/app/features.ts`, code: "import { pressManifest } from '../features/press/manifest';" },
    ],
    invalid: [
      { filename: `${R}/features/complaints/ComplaintsPage.tsx`, code: "import { MissionPicker } from '../missions/MissionPicker';", errors: [{ messageId: 'cross' }] },
      { filename: `${R}/features/complaints/ComplaintsPage.tsx`, code: "export { useMissions } from '../missions/data/use-mission-data';", errors: [{ messageId: 'cross' }] },
      { filename: `${R}/features/complaints/ComplaintsPage.tsx`, code: "const p = import('../missions/MissionsPage');", errors: [{ messageId: 'cross' }] },
    ],
  });
});

describe('database-access', () => {
  tester.run('database-access', databaseAccess, {
    valid: [
      { filename: `${R}/features/press/data/use-releases.ts`, code: "import { useLiveQuery } from 'dexie-react-hooks'; import { useDb, liveRows } from '../../../data';" },
      { filename: `${R}/data/history.ts`, code: "import { Dexie } from 'dexie';" },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "import type { PressReleaseRecord } from '../../data';" },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "const { currentStaff, acting } = useAppData();" },
      // The start-up asks the data layer to open the database and hands it to its provider, unread.
      { filename: `${R}/app/Bootstrap.tsx`, code: "import { DatabaseProvider, startDatabase, type StartedDatabase } from '../data';" },
    ],
    invalid: [
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "import { useLiveQuery } from 'dexie-react-hooks';", errors: [{ messageId: 'dexieInTsx' }] },
      { filename: `${R}/features/press/data/ReleaseTable.tsx`, code: "import { useLiveQuery } from 'dexie-react-hooks';", errors: [{ messageId: 'dexieInTsx' }] },
      { filename: `${R}/app/Bootstrap.tsx`, code: "import { useLiveQuery } from 'dexie-react-hooks';", errors: [{ messageId: 'dexieInTsx' }] },
      { filename: `${R}/features/press/model/release-search.ts`, code: "import { Dexie } from 'dexie';", errors: [{ messageId: 'database' }] },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "import { pressReleaseRepo, type PrDeskDb } from '../../data';", errors: [{ messageId: 'database' }, { messageId: 'database' }] },
      { filename: `${R}/ui/RecordHistory.tsx`, code: "import { readHistory } from '../data';", errors: [{ messageId: 'database' }] },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "const { db, currentStaff } = useAppData();", errors: [{ messageId: 'dbFromContext' }] },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "const db = useAppData().db;", errors: [{ messageId: 'dbFromContext' }] },
      // No file of the shell touches the database, the start-up included: it calls startDatabase.
      { filename: `${R}/app/layout/AppLayout.tsx`, code: "import { officeProfileRepo } from '../../data';", errors: [{ messageId: 'database' }] },
      { filename: `${R}/app/Bootstrap.tsx`, code: "import { DatabaseContext, openPrDeskDb, type PrDeskDb } from '../data';", errors: [{ messageId: 'database' }, { messageId: 'database' }, { messageId: 'database' }] },
    ],
  });
});

describe('bridge-only-in-platform', () => {
  tester.run('bridge-only-in-platform', bridgeOnlyInPlatform, {
    valid: [
      { filename: `${R}/platform/main-process.ts`, code: 'const bridge = window.prDesk;' },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: 'const x = window.location;' },
    ],
    invalid: [
      { filename: `${R}/features/press/ReleasePage.tsx`, code: 'const bridge = window.prDesk;', errors: [{ messageId: 'bridge' }] },
      { filename: `${R}/features/press/ReleasePage.tsx`, code: "const bridge = globalThis['prDesk'];", errors: [{ messageId: 'bridge' }] },
      { filename: `${R}/app/App.tsx`, code: 'prDesk.invoke();', errors: [{ messageId: 'bridge' }] },
    ],
  });
});
