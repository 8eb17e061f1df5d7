import { join } from 'node:path';
import { SNAPSHOT_PART_CHARS } from '../../shared/ipc/channels/sync';
import { IpcError } from '../../shared/ipc/errors';
import type { HandlerTable } from '../ipc/dispatch';
import { createFolderTransport, createSyncFolder, joinSyncFolder } from '../sync/folder-transport';
import { createPartUploads } from './part-uploads';
import { createSyncTargetStore } from './sync-target-store';

export interface SyncHandlerDeps {
  userDataDir: string;
  /** The OS folder picker; resolves null when the user cancels. */
  chooseFolder: () => Promise<string | null>;
  now?: () => Date;
}

type SyncChannels =
  | 'sync:get-target'
  | 'sync:choose-folder'
  | 'sync:create-folder'
  | 'sync:join-folder'
  | 'sync:leave-folder'
  | 'sync:publish'
  | 'sync:pull'
  | 'sync:put-blob'
  | 'sync:get-blob'
  | 'sync:write-snapshot'
  | 'sync:read-snapshot';

export function createSyncHandlers(deps: SyncHandlerDeps): Pick<HandlerTable, SyncChannels> {
  const store = createSyncTargetStore(deps.userDataDir);
  const transport = createFolderTransport(deps.now ? { now: deps.now } : {});
  const uploads = createPartUploads(join(deps.userDataDir, 'snapshot-uploads'));
  let reading: { deviceId: string; json: string } | null = null;
  const target = async () => {
    const current = await store.get();
    if (!current) throw new IpcError({ code: 'sync-folder-missing', detail: 'no sync folder set up' });
    return current;
  };
  return {
    'sync:get-target': () => store.get(),
    'sync:choose-folder': async () => ({ folder: await deps.chooseFolder() }),
    'sync:create-folder': async ({ folder }) => {
      const created = await createSyncFolder(folder, deps.now?.() ?? new Date());
      await store.set(created);
      return created;
    },
    'sync:join-folder': async ({ folder }) => {
      const joined = await joinSyncFolder(folder);
      await store.set(joined);
      return joined;
    },
    'sync:leave-folder': async () => {
      await store.clear();
      return { left: true };
    },
    'sync:publish': async (request) => transport.publish(await target(), request),
    'sync:pull': async (request) => transport.pull(await target(), request),
    'sync:put-blob': async ({ id, bytes }) => {
      await transport.putBlob(await target(), id, bytes);
      return { stored: true };
    },
    'sync:get-blob': async ({ id }) => ({ bytes: await transport.getBlob(await target(), id) }),
    'sync:write-snapshot': async (request) => {
      const json = await uploads.receive(request);
      if (json === null) return { written: false };
      await transport.writeSnapshot(await target(), { deviceId: request.deviceId, covered: request.covered, json });
      return { written: true };
    },
    'sync:read-snapshot': async ({ offset }) => {
      // The first part reads the folder's best snapshot; the following parts slice the same one.
      if (offset === 0 || !reading) reading = await transport.readBestSnapshot(await target());
      if (!reading) return null;
      const part = { deviceId: reading.deviceId, text: reading.json.slice(offset, offset + SNAPSHOT_PART_CHARS), total: reading.json.length };
      if (offset + SNAPSHOT_PART_CHARS >= reading.json.length) reading = null;
      return part;
    },
  };
}
