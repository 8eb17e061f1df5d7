import { join } from 'node:path';
import { createMainIpc } from '../../src-main/main/ipc/create-main-ipc';
import type { MainDeps } from '../../src-main/main/handlers';
import { createRecordingPdfDeps } from '../../src-main/main/pdf/testing/recording-deps';
import { createPrDeskBridge, createPrDeskClient } from '../../src-main/shared/ipc/api';
import { openPrDeskDb } from '../../src-renderer/data';
import { localBlobStore } from '../../src-main/main/blobs/blob-store';
import { FAST_KDF, TEST_PASSPHRASE } from '../../src-main/main/sync/testing/workspace';
import { identityProtector } from '../../src-main/main/workspace/local-store';
import { testInflateWorker } from '../../src-main/main/workspace/testing/inflate-worker';

/**
 * The renderer's sync engine against the real main-process handlers and a real folder, in
 * Node (fake-indexeddb): what the app does, minus the window.
 */
export async function workstation(
  root: string,
  label: string,
  /**
   * A PC of its own: its own safeStorage secret, its own folder picker (backup export/import
   * tests), or a share whose writes fail (share-faults tests).
   */
  overrides: Partial<Pick<MainDeps, 'chooseFolder' | 'chooseOpenFile' | 'protector' | 'shareFs' | 'clearAppDatabases'>> = {},
) {
  const userDataDir = join(root, label);
  /** What main's (stub) folder and file pickers answer: null is the person cancelling. */
  const picker: { folder: string | null; file: string | null } = { folder: null, file: null };
  const ipc = createMainIpc(
    {
      userDataDir,
      hostname: label,
      appInfo: { name: 'PR Desk', version: 'test', platform: 'linux' },
      openExternal: () => Promise.resolve(),
      chooseFolder: () => Promise.resolve(picker.folder),
      chooseOpenFile: () => Promise.resolve(picker.file),
      protector: identityProtector,
      createInflateWorker: await testInflateWorker(),
      kdf: FAST_KDF,
      ...overrides,
      // Previews in this workstation's own temp folder: an erasure clears them, and only them.
      pdf: createRecordingPdfDeps({ saveDir: null, saved: [], opened: [], printed: [] }, join(userDataDir, 'tmp')),
      exports: { chooseExportPath: () => Promise.resolve(null), writeFile: () => Promise.resolve() },
    },
    { protocol: 'app:', host: 'prdesk' },
  );
  const main = createPrDeskClient(
    createPrDeskBridge((channel, payload) => ipc.dispatch(channel, payload, { url: 'app://prdesk/index.html', isMainFrame: true })),
  );
  const { deviceId } = await main.deviceGetIdentity();
  const db = await openPrDeskDb({ name: `engine-${label}-${Date.now()}`, deviceId, getActor: () => `actor-${label}`, acting: 'not-checked' });
  // The same content-addressed store main's handlers use for this workstation's files.
  const files = localBlobStore(userDataDir);
  /** Picks `folder` in main's folder dialog, as the person does with เลือกโฟลเดอร์…: answers its token. */
  const chooseFolder = async (folder: string) => {
    picker.folder = folder;
    const { token } = await main.syncChooseFolder();
    if (!token) throw new Error('the folder picker answered no token');
    return token;
  };
  return {
    main,
    db,
    userDataDir,
    files,
    picker,
    chooseFolder,
    /** สร้างโฟลเดอร์ซิงค์ใหม่ in `folder`, picked in the dialog first (main takes no typed path). */
    createShare: async (folder: string, passphrase = TEST_PASSPHRASE) => main.syncCreateFolder({ token: await chooseFolder(folder), passphrase }),
    /** เข้าร่วมโฟลเดอร์ที่มีอยู่ in `folder`, picked in the dialog first, with the passphrase or the key sheet. */
    joinShare: async (folder: string, secret: { passphrase: string } | { officeKey: string } = { passphrase: TEST_PASSPHRASE }) =>
      main.syncJoinFolder({ token: await chooseFolder(folder), ...secret }),
  };
}

