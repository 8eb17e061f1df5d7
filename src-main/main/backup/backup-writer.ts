import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/ipc/channels/backup';
import { IpcError } from '../../shared/ipc/errors';
import type { BlobStore } from '../blobs/blob-store';
import { toIpcError } from '../files/fs-errors';
import type { BackupFs } from './backup-fs';
import { BlobCopier, type CopyProgress } from './blob-copy';
import type { BackupLayout } from './layout';
import type { Pins } from './pins';
import { SetBuilder } from './set-builder';
import { collectStoreGarbage, infoOf, rotate } from './sets';

export interface BackupWriterDeps {
  fs: BackupFs;
  layout: BackupLayout;
  local: BlobStore;
  backupStore: BlobStore;
  now: () => Date;
  pins: Pins;
  log?: (message: string, error?: unknown) => void;
}

interface Session {
  reason: BackupReason;
  builder: SetBuilder;
  copier: BlobCopier;
  lastUsed: number;
  /** Calls on one backup run one after another, whatever the renderer sends. */
  queue: Promise<unknown>;
}

/** A backup left open this long (a window closed mid-backup) is abandoned and removed. */
const ABANDONED_MS = 60 * 60 * 1000;

/**
 * The streamed backup protocol: begin → write-rows… → copy-blobs… → commit, or abort.
 * Any failure on the way removes the temp folder and forgets the backup (the renderer gets a
 * translated error); nothing half-written is ever listed as a backup.
 */
export function createBackupWriter(deps: BackupWriterDeps) {
  const { fs, layout } = deps;
  const sessions = new Map<string, Session>();
  /** Temp folders of imports and conversions in progress (not protocol sessions). */
  const held = new Set<string>();
  const log = deps.log ?? ((message, error) => console.error(message, error ?? ''));

  async function drop(token: string): Promise<boolean> {
    const session = sessions.get(token);
    if (!session) return false;
    sessions.delete(token);
    await session.builder.discard().catch((error: unknown) => log('could not remove a cancelled backup', error));
    return true;
  }

  /** Runs one step of a backup; on failure the whole backup is thrown away. */
  function step<T>(token: string, action: (session: Session) => Promise<T>): Promise<T> {
    const session = sessions.get(token);
    if (!session) return Promise.reject(new IpcError({ code: 'not-found', detail: 'no such backup in progress' }));
    const run = session.queue.then(async () => {
      if (sessions.get(token) !== session) throw new IpcError({ code: 'not-found', detail: 'backup was cancelled' });
      session.lastUsed = deps.now().getTime();
      try {
        return await action(session);
      } catch (error) {
        await drop(token);
        throw toIpcError(error);
      }
    });
    session.queue = run.catch(() => undefined);
    return run;
  }

  /** Temp folders of backups that are not running (a crash, a closed window) are removed. */
  async function cleanStale(): Promise<void> {
    const now = deps.now().getTime();
    for (const [token, session] of sessions) {
      if (Math.abs(now - session.lastUsed) > ABANDONED_MS) await drop(token);
    }
    for (const name of await fs.list(layout.tmp)) {
      if (!sessions.has(name) && !held.has(name)) await fs.remove(join(layout.tmp, name));
    }
  }

  return {
    async begin(reason: BackupReason): Promise<{ token: string }> {
      try {
        await cleanStale();
        const builder = await SetBuilder.begin(fs, layout);
        const copier = new BlobCopier(fs, deps.local, deps.backupStore, builder.blobList);
        sessions.set(builder.token, { reason, builder, copier, lastUsed: deps.now().getTime(), queue: Promise.resolve() });
        return { token: builder.token };
      } catch (error) {
        throw toIpcError(error);
      }
    },

    writeRows(input: { token: string; table: string; part: number; rows: number; ndjson: string }): Promise<{ written: true }> {
      return step(input.token, async ({ builder }) => {
        const lines = input.ndjson.length === 0 ? 0 : input.ndjson.split('\n').filter((line) => line.length > 0).length;
        if (lines !== input.rows) throw new IpcError({ code: 'not-allowed', detail: `part says ${input.rows} rows but holds ${lines}` });
        await builder.writePart(input.table, input.part, input.rows, input.ndjson);
        return { written: true as const };
      });
    },

    copyBlobs(input: { token: string; maxFiles: number }): Promise<CopyProgress> {
      return step(input.token, ({ copier }) => copier.step(input.maxFiles));
    },

    commit(input: { token: string; keep: number; schemaVersion: number; deviceId: string }): Promise<BackupInfo> {
      return step(input.token, async (session) => {
        if (!session.copier.finished) throw new IpcError({ code: 'not-allowed', detail: 'blobs not copied yet' });
        const set = await session.builder.commit({
          reason: session.reason,
          createdAt: deps.now().toISOString(),
          schemaVersion: input.schemaVersion,
          deviceId: input.deviceId,
        });
        sessions.delete(input.token);
        // The backup is made; tidying up afterwards must not report it as failed.
        try {
          await rotate(fs, layout, session.reason, input.keep, deps.pins.isPinned);
          // A backup still being written has copied blobs that no list names yet: collect later.
          if (sessions.size === 0 && held.size === 0) await collectStoreGarbage(fs, layout, deps.backupStore);
        } catch (error) {
          log('backup rotation failed', error);
        }
        return infoOf(set);
      });
    },

    async abort(token: string): Promise<{ aborted: boolean }> {
      const session = sessions.get(token);
      if (!session) return { aborted: false };
      await session.queue;
      return { aborted: await drop(token) };
    },

    /** Keeps another writer's temp folder (an import) from being cleaned as stale while it runs. */
    hold(token: string): () => void {
      held.add(token);
      return () => held.delete(token);
    },

    /** True while any backup or import is being written: the store's GC must wait. */
    get busy(): boolean {
      return sessions.size > 0 || held.size > 0;
    },
  };
}

export type BackupWriter = ReturnType<typeof createBackupWriter>;
