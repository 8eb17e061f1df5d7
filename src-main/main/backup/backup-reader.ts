import type { BackupPreview } from '../../shared/ipc/channels/backup';
import { MAX_BLOB_BYTES } from '../../shared/ipc/channels/blob';
import { IpcError } from '../../shared/ipc/errors';
import type { BlobStore } from '../blobs/blob-store';
import { toIpcError } from '../files/fs-errors';
import type { BackupFs } from './backup-fs';
import type { BackupKeyring } from './backup-keyring';
import { openBlobInto, sealedSizeOf, type BackupCrypto } from './backup-seal';
import type { Pins } from './pins';
import { blobIdsOf, blobListIntact, isPlain, readPartBytes, readStoredPart, storeNameOf } from './set-contents';
import { infoOf, readSet, type BackupSet } from './sets';
import type { BackupLayout } from './layout';
import { join } from 'node:path';

export { MAX_PART_BYTES } from './set-contents';

export interface BackupReaderDeps {
  fs: BackupFs;
  layout: BackupLayout;
  local: BlobStore;
  backupStore: BlobStore;
  pins: Pins;
  keyring: BackupKeyring;
}

interface RestoreRun {
  set: BackupSet;
  crypto: BackupCrypto;
  ids: AsyncIterator<string>;
  done: number;
  total: number;
  bytes: number;
}

/**
 * Reading a backup back: the preview (every record part hashed, every listed blob looked for),
 * one verified part at a time, and the blobs copied back into this workstation's store, each
 * checked against its hash. Nothing here changes a backup.
 */
export function createBackupReader(deps: BackupReaderDeps) {
  const { fs, layout } = deps;
  const restoring = new Map<string, RestoreRun>();

  async function setOrThrow(name: string, crypto: BackupCrypto): Promise<BackupSet> {
    const set = await readSet(fs, layout, name, crypto);
    if (!set) throw new IpcError({ code: 'not-found', detail: name });
    return set;
  }

  /** Size of a set's photo as the backup store holds it (sealed, in format 3), or null. */
  const storedSize = (set: BackupSet, crypto: BackupCrypto, id: string) => deps.backupStore.sizeOf(storeNameOf(set.manifest, crypto, id));

  return {
    async open(name: string): Promise<BackupPreview> {
      try {
        const crypto = await deps.keyring.current();
        const set = await setOrThrow(name, crypto);
        deps.pins.pin(name); // being looked at: likely restored next
        const dir = layout.setDir(name);
        const tables: BackupPreview['tables'] = [];
        for (const [table, { rows, parts }] of Object.entries(set.manifest.tables)) {
          let damagedParts = 0;
          for (const part of parts) if (!(await readStoredPart(fs, dir, part))) damagedParts += 1;
          tables.push({ table, rows, parts: parts.length, damagedParts });
        }
        let blobsAbsent = 0;
        if (!(await blobListIntact(fs, dir, set.manifest, crypto))) {
          // The list itself is damaged: none of its photos can be trusted to be complete.
          blobsAbsent = set.manifest.blobs.count;
        } else {
          for await (const id of blobIdsOf(fs, dir, set.manifest, crypto)) if ((await storedSize(set, crypto, id)) === null) blobsAbsent += 1;
        }
        return { ...infoOf(set), schemaVersion: set.manifest.schemaVersion, deviceId: set.manifest.deviceId, tables, blobsAbsent };
      } catch (error) {
        throw toIpcError(error);
      }
    },

    async readRows({ name, table, part }: { name: string; table: string; part: number }): Promise<{ ndjsonUtf8: Uint8Array<ArrayBuffer> }> {
      try {
        const crypto = await deps.keyring.current();
        const set = await setOrThrow(name, crypto);
        const entry = Object.hasOwn(set.manifest.tables, table) ? set.manifest.tables[table]?.parts[part] : undefined;
        if (!entry) throw new IpcError({ code: 'not-found', detail: `${table}.${part}` });
        return { ndjsonUtf8: await readPartBytes(fs, layout.setDir(name), set.manifest, crypto, entry) };
      } catch (error) {
        throw toIpcError(error);
      }
    },

    /**
     * Copies the next `maxFiles` of the backup's blobs into this workstation's store. Blobs
     * already there are skipped; one that is absent from the backup store or fails its hash is
     * reported as damaged (the restore goes on: the records still come back). Called again
     * until `finished`; the next call after that starts over.
     */
    async restoreBlobs({ name, maxFiles }: { name: string; maxFiles: number }) {
      try {
        deps.pins.pin(name);
        let run = restoring.get(name);
        if (!run) {
          const crypto = await deps.keyring.current();
          const set = await setOrThrow(name, crypto);
          run = { set, crypto, ids: blobIdsOf(fs, layout.setDir(name), set.manifest, crypto)[Symbol.asyncIterator](), done: 0, total: set.manifest.blobs.count, bytes: 0 };
          restoring.set(name, run);
        }
        const ids: string[] = [];
        let finished = false;
        while (ids.length < maxFiles) {
          const next = await run.ids.next();
          if (next.done) {
            finished = true;
            break;
          }
          ids.push(next.value);
        }
        const { set, crypto } = run;
        // Eight files at a time: each is read, (opened,) hashed and written in one streaming pass.
        const outcomes: ('copied' | 'present' | 'damaged')[] = new Array<'copied' | 'present' | 'damaged'>(ids.length).fill('damaged');
        const sizes: number[] = new Array<number>(ids.length).fill(0);
        let nextIndex = 0;
        const worker = async () => {
          for (let i = nextIndex++; i < ids.length; i = nextIndex++) {
            const id = ids[i] as string;
            const source = deps.backupStore.pathOf(storeNameOf(set.manifest, crypto, id));
            const size = await fs.fileSize(source);
            // Absent from the backup store but already on this workstation: nothing is missing.
            if (size === null) outcomes[i] = (await deps.local.has(id)) ? 'present' : 'damaged';
            else if (isPlain(set.manifest)) {
              sizes[i] = size;
              outcomes[i] = await deps.local.importVerified(source, id);
            } else if (await deps.local.has(id)) outcomes[i] = 'present';
            else {
              sizes[i] = Math.max(0, size - sealedSizeOf(0));
              const opened = await openBlobInto(fs, crypto, id, source, deps.local.pathOf(id), join(deps.local.dir, 'tmp'), MAX_BLOB_BYTES);
              outcomes[i] = opened === 'damaged' ? 'damaged' : 'copied';
            }
          }
        };
        await Promise.all(Array.from({ length: Math.min(8, ids.length) }, worker));
        const damaged = ids.filter((_, i) => outcomes[i] === 'damaged');
        for (const [i, outcome] of outcomes.entries()) if (outcome === 'copied') run.bytes += sizes[i] ?? 0;
        run.done += ids.length;
        if (finished) restoring.delete(name);
        return { done: run.done, total: Math.max(run.total, run.done), bytes: run.bytes, finished, damaged };
      } catch (error) {
        restoring.delete(name);
        throw toIpcError(error);
      }
    },
  };
}
