import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncTarget } from '../../../shared/sync/transport';
import { createInflater, type Inflater } from '../../workspace/inflate-client';
import type { ScryptParams } from '../../workspace/keys';
import { identityProtector } from '../../workspace/local-store';
import { blobShareName, seal } from '../../workspace/sealed-file';
import { testInflateWorker } from '../../workspace/testing/inflate-worker';
import { createFolderTransport, createSyncFolder, joinSyncFolder, type FolderTransport } from '../folder-transport';
import { createWorkspaceSecrets, type WorkspaceContext, type WorkspaceSecrets } from '../workspace-context';

/** The office passphrase the tests type (Thai, ≥ 12 characters). */
export const TEST_PASSPHRASE = 'ข่าวสารจังหวัดเพื่อประชาชน 2569';
/** scrypt at its lowest accepted cost: a test joins in milliseconds, not half a second. */
export const FAST_KDF: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };

export interface TestDevice {
  deviceId: string;
  deviceName: string;
  secrets: WorkspaceSecrets;
  /** Its data folder (keys, copies of its own published files). */
  dataDir: string;
  transport: FolderTransport;
  /** Its keys for the workspace (after it created or joined it). */
  context(target: SyncTarget): Promise<WorkspaceContext>;
}

let inflater: Inflater | null = null;
async function sharedInflater(): Promise<Inflater> {
  inflater ??= createInflater({ createWorker: await testInflateWorker() });
  return inflater;
}

/** A workstation for transport tests: its own data folder (keys), its own transport. */
export async function testDevice(deviceId: string, deviceName = deviceId.slice(-4), now: () => Date = () => new Date()): Promise<TestDevice> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pr-desk-device-'));
  const secrets = createWorkspaceSecrets(dataDir, identityProtector);
  const device = { deviceId, deviceName };
  const context = (target: SyncTarget) => secrets.context(target, device);
  const transport = createFolderTransport({ now, inflater: await sharedInflater(), context, dataDir });
  return { ...device, secrets, dataDir, transport, context };
}

/** The first device creates the workspace in `folder`; the others join with the passphrase. */
export async function testWorkspace(folder: string, devices: readonly TestDevice[]): Promise<SyncTarget> {
  const [first, ...others] = devices;
  if (!first) throw new Error('at least one device');
  const created = await createSyncFolder(folder, TEST_PASSPHRASE, first.secrets, first, new Date(), FAST_KDF);
  const target = { folder: created.folder, workspaceId: created.workspaceId };
  for (const device of others) await joinSyncFolder(folder, { passphrase: TEST_PASSPHRASE }, device.secrets, device);
  return target;
}

/** The office key a test workstation saved (identityProtector: the file holds it as is). */
export function officeKeyOf(userDataDir: string, workspaceId: string): Buffer {
  return readFileSync(join(userDataDir, 'workspaces', workspaceId, 'office-key.bin'));
}

/** Where blob `id` lies on the share, and its sealed bytes as a workstation would write them. */
export function shareBlob(folder: string, workspaceId: string, officeKey: Buffer, id: string): { path: string; sealedOf(bytes: Uint8Array): Buffer } {
  const name = blobShareName(officeKey, id);
  const relative = `blobs/${name.slice(0, 2)}/${name}`;
  return { path: join(folder, relative), sealedOf: (bytes) => seal(officeKey, { workspaceId, kind: 'blob', path: relative }, bytes) };
}

/** Every file in the share with its bytes: a refused request must leave all of it as it was. */
export function shareState(folder: string): Record<string, string> {
  const files = (readdirSync(folder, { recursive: true }) as string[]).filter((path) => statSync(join(folder, path)).isFile()).sort();
  return Object.fromEntries(files.map((path) => [path, readFileSync(join(folder, path)).toString('base64')]));
}
