import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import { countNdjsonLines } from '../../shared/text/ndjson-bytes';
import type { SnapshotCommit, SyncTarget } from '../../shared/sync/transport';
import type { AuthSession } from '../auth/session';
import { createChosenPaths, type ChosenPaths } from '../security/chosen-paths';
import { localBlobStore } from '../blobs/blob-store';
import type { HandlerTable } from '../ipc/dispatch';
import { createFolderTransport, createSyncFolder, joinSyncFolder } from '../sync/folder-transport';
import { knownBlobsCache } from '../sync/known-blobs';
import { createWorkspaceSecrets } from '../sync/workspace-context';
import { createInflater } from '../workspace/inflate-client';
import type { ScryptParams } from '../workspace/keys';
import type { Protector } from '../workspace/local-store';
import type { ShareWriteFs } from '../sync/atomic-file';
import type { Worker } from 'node:worker_threads';
import { createDeviceIdentityStore, type DeviceIdentityStore } from './device-identity';
import { createSyncAdminHandlers } from './sync-admin-handlers';
import { createSyncTargetStore } from './sync-target-store';

export interface SyncHandlerDeps {
  userDataDir: string;
  /** The OS folder picker; resolves null when the user cancels. */
  chooseFolder: () => Promise<string | null>;
  now?: () => Date;
  /** Wraps the office key and device key at rest (Electron's safeStorage in the app). */
  protector: Protector;
  /** Starts the decompression worker (out/main/inflate-worker.js in the app). */
  createInflateWorker: () => Worker;
  /** This workstation's device identity (shared with the app handlers). */
  identity?: DeviceIdentityStore;
  hostname?: string;
  /** scrypt cost of a new workspace's passphrase (tests lower it). */
  kdf?: ScryptParams;
  /** The writes into the share (node:fs in the app; tests make the share full or read-only). */
  shareFs?: ShareWriteFs;
  /** Who is signed in (issue 19): the workspace-administration channels require an administrator. */
  session: AuthSession;
  /** The folders the user picked in main's dialog, behind one-time tokens (tests move its clock). */
  chosenPaths?: ChosenPaths;
}

type SyncChannels =
  | 'sync:get-target'
  | 'sync:choose-folder'
  | 'sync:create-folder'
  | 'sync:join-folder'
  | 'sync:leave-folder'
  | 'sync:publish'
  | 'sync:pull'
  | 'sync:upload-blobs'
  | 'sync:fetch-blobs'
  | 'sync:write-snapshot-part'
  | 'sync:commit-snapshot'
  | 'sync:list-snapshots'
  | 'sync:open-snapshot'
  | 'sync:read-snapshot-part'
  | 'sync:redact-own-files'
  | 'sync:list-devices'
  | 'sync:revoke-device'
  | 'sync:change-passphrase'
  | 'sync:export-key-sheet'
  | 'sync:repair-own-files';

export function createSyncHandlers(deps: SyncHandlerDeps): Pick<HandlerTable, SyncChannels> {
  const store = createSyncTargetStore(deps.userDataDir);
  const identity = deps.identity ?? createDeviceIdentityStore({ userDataDir: deps.userDataDir, hostname: deps.hostname ?? '' });
  const secrets = createWorkspaceSecrets(deps.userDataDir, deps.protector);
  const inflater = createInflater({ createWorker: deps.createInflateWorker });
  const transport = createFolderTransport({
    ...(deps.now ? { now: deps.now } : {}),
    inflater,
    dataDir: deps.userDataDir,
    ...(deps.shareFs ? { shareFs: deps.shareFs } : {}),
    context: async (target) => secrets.context(target, await identity.get()),
  });
  const localBlobs = localBlobStore(deps.userDataDir);
  // Which blobs each workspace's share holds, so a sync does not stat 100,000 files over SMB.
  const known = knownBlobsCache(join(deps.userDataDir, 'sync-known-blobs'));
  const writing = new Map<string, Map<number, SnapshotCommit['parts'][number]>>();
  const target = async () => {
    const current = await store.get();
    if (!current) throw new IpcError({ code: 'sync-folder-missing', detail: 'no sync folder set up' });
    return current;
  };
  const context = async (current: SyncTarget) => secrets.context(current, await identity.get());
  // Create and join act only on a folder picked in main's dialog (issue 19): the renderer hands
  // back the token 'sync:choose-folder' issued, never a path. Used up when the action succeeds;
  // a wrong passphrase or a non-empty folder keeps it, so the person retypes without re-picking.
  const chosen = deps.chosenPaths ?? createChosenPaths();
  return {
    ...createSyncAdminHandlers({ target, context, now: () => deps.now?.() ?? new Date(), kdf: deps.kdf, session: deps.session }),
    'sync:get-target': () => store.get(),
    'sync:choose-folder': async () => {
      const folder = await deps.chooseFolder();
      if (folder === null) return { folder: null, token: null };
      return { folder, token: chosen.issue('sync-folder', folder) };
    },
    'sync:create-folder': ({ token, passphrase }) =>
      chosen.use('sync-folder', token, async (folder) => {
        const created = await createSyncFolder(folder, passphrase, secrets, await identity.get(), deps.now?.() ?? new Date(), deps.kdf);
        await store.set({ folder: created.folder, workspaceId: created.workspaceId });
        return created;
      }),
    'sync:join-folder': ({ token, passphrase, officeKey }) =>
      chosen.use('sync-folder', token, async (folder) => {
        const joined = await joinSyncFolder(folder, { passphrase, officeKey }, secrets, await identity.get(), deps.now?.() ?? new Date());
        await store.set(joined);
        return joined;
      }),
    'sync:leave-folder': async () => {
      await store.clear();
      return { left: true };
    },
    'sync:publish': async (request) => {
      // Checked before the share is touched: the renderer may publish this workstation's ops only,
      // under this workstation's id (a compromised page cannot write into another device's log).
      const own = (await identity.get()).deviceId;
      if (request.deviceId !== own || request.ops.some((o) => o.op.deviceId !== own)) {
        throw new IpcError({ code: 'not-allowed', detail: 'publish-other-device' });
      }
      return transport.publish(await target(), request);
    },
    'sync:pull': async (request) => transport.pull(await target(), request),
    'sync:upload-blobs': async ({ ids }) => {
      const current = await target();
      return transport.uploadBlobs(current, ids, localBlobs, known(current.workspaceId));
    },
    'sync:fetch-blobs': async ({ ids }) => {
      const current = await target();
      return transport.fetchBlobs(current, ids, localBlobs, known(current.workspaceId));
    },
    'sync:write-snapshot-part': async (part) => {
      // Refused here, not at every workstation that later joins from this snapshot.
      if (!isUtf8(part.ndjsonUtf8)) throw new IpcError({ code: 'invalid-payload', detail: `snapshot part ${part.index} is not UTF-8` });
      const lines = countNdjsonLines(part.ndjsonUtf8);
      if (lines !== part.rows) throw new IpcError({ code: 'invalid-payload', detail: `snapshot part says ${part.rows} rows but holds ${lines}` });
      const written = await transport.writeSnapshotPart(await target(), part);
      // Main, not the renderer, vouches for each part's hash in the manifest.
      const parts = part.index === 0 ? new Map<number, SnapshotCommit['parts'][number]>() : writing.get(part.snapshotId);
      if (!parts) throw new IpcError({ code: 'invalid-payload', detail: 'snapshot part without its first part' });
      parts.set(part.index, { index: part.index, table: part.table, rows: part.rows, ...written });
      writing.clear(); // one snapshot is written at a time: an abandoned one is forgotten
      writing.set(part.snapshotId, parts);
      return { written: true as const };
    },
    'sync:commit-snapshot': async ({ deviceId, snapshotId, schemaVersion, vector, replaceAll }) => {
      const parts = writing.get(snapshotId);
      if (!parts) throw new IpcError({ code: 'invalid-payload', detail: 'no parts written for this snapshot' });
      writing.delete(snapshotId);
      return transport.commitSnapshot(await target(), { deviceId, snapshotId, schemaVersion, vector, parts: [...parts.values()], ...(replaceAll ? { replaceAll } : {}) });
    },
    'sync:redact-own-files': async (request) => {
      if (request.deviceId !== (await identity.get()).deviceId) throw new IpcError({ code: 'not-allowed', detail: 'redact-other-device' });
      return transport.redactOwnFiles(await target(), request);
    },
    'sync:list-snapshots': async () => transport.listSnapshots(await target()),
    'sync:open-snapshot': async ({ key }) => transport.openSnapshot(await target(), key),
    'sync:read-snapshot-part': async ({ key, index }) => ({ gz: await transport.readSnapshotPart(await target(), key, index) }),
    'sync:repair-own-files': async () => transport.repairOwnFiles(await target()),
  };
}
