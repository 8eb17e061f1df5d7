import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/ipc/channels/backup';
import { IpcError } from '../../shared/ipc/errors';
import { countNdjsonLines } from '../../shared/text/ndjson-bytes';
import type { BlobStore } from '../blobs/blob-store';
import { toIpcError } from '../files/fs-errors';
import type { BackupFs } from './backup-fs';
import { BlobCopier, type CopyProgress } from './blob-copy';
import type { BackupLayout } from './layout';
import type { Pins } from './pins';
import { SetBuilder } from './set-builder';
import { collectStoreGarbage, infoOf, listSets, rotate, type BackupSet } from './sets';
import type { BackupKeyring } from './backup-keyring';
import type { BackupCrypto } from './backup-seal';
import { isPlain, readStoredPart } from './set-contents';

export interface BackupWriterDeps {
  fs: BackupFs;
  layout: BackupLayout;
  local: BlobStore;
  backupStore: BlobStore;
  now: () => Date;
  pins: Pins;
  keyring: BackupKeyring;
  log?: (message: string, error?: unknown) => void;
}

interface Session {
  crypto: BackupCrypto;
  reason: BackupReason;
  builder: SetBuilder;
  copier: BlobCopier;
  lastUsed: number;
  /** Record calls on one backup run one after another, whatever the renderer sends. */
  queue: Promise<unknown>;
  /** Photo copy steps, likewise, beside the record calls. */
  copyQueue: Promise<unknown>;
  /** The complete backups when the first table was offered for reuse (listed once per backup). */
  earlier?: BackupSet[];
}

const NOT_REUSED = { reused: false, rows: 0 } as const;

export interface ReuseRequest {
  table: string;
  gen: string;
  schemaVersion: number;
  deviceId: string;
}

/**
 * Copies a table's parts from the newest complete backup of the same workstation and schema
 * that recorded the same change token for it into the set being written, each part verified
 * against that backup's hash first (a damaged part must not be carried into every later
 * backup). When none fits, or a part is amiss, nothing is adopted: the renderer sends the rows.
 */
async function reuseTableParts(deps: Pick<BackupWriterDeps, 'fs' | 'layout'>, session: Session, input: ReuseRequest): Promise<{ reused: boolean; rows: number }> {
  session.earlier ??= await listSets(deps.fs, deps.layout, session.crypto).catch(() => []);
  // Only backups this computer wrote itself (an imported folder is someone else's bytes),
  // sealed with this key (a format-2 part is plain: it is read again, and sealed).
  const set = session.earlier.find(
    (s) =>
      s.reason !== 'imported' &&
      !isPlain(s.manifest) &&
      s.manifest.deviceId === input.deviceId &&
      s.manifest.schemaVersion === input.schemaVersion &&
      s.manifest.tableGens?.[input.table] === input.gen,
  );
  if (!set) return NOT_REUSED;
  const table = set.manifest.tables[input.table];
  // A table with no rows has no parts, in that backup and in this one.
  if (!table) return { reused: true, rows: 0 };
  const dir = deps.layout.setDir(set.name);
  // Every part is checked before any is taken (a part at a time: memory stays at one part).
  for (const entry of table.parts) {
    if (!(await readStoredPart(deps.fs, dir, entry).catch(() => null))) return NOT_REUSED;
  }
  for (const [part, entry] of table.parts.entries()) {
    const sealed = await readStoredPart(deps.fs, dir, entry);
    if (!sealed) throw new IpcError({ code: 'damaged-file', detail: `${entry.file} changed while being reused` });
    await session.builder.adoptPart(input.table, part, entry, sealed);
  }
  return { reused: true, rows: table.rows };
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

  /**
   * Runs one step of a backup; on failure the whole backup is thrown away. Record steps run
   * one after another on `queue`; photo copies on `copyQueue`, alongside them (the copy waits
   * on the disk, the records on the renderer: overlapped, a first backup takes about as long
   * as the longer of the two, not their sum). Commit waits for both.
   */
  function step<T>(token: string, action: (session: Session) => Promise<T>, lane: 'queue' | 'copyQueue' = 'queue'): Promise<T> {
    const session = sessions.get(token);
    if (!session) return Promise.reject(new IpcError({ code: 'not-found', detail: 'no such backup in progress' }));
    const waitFor = session[lane];
    const run = waitFor.then(async () => {
      if (sessions.get(token) !== session) throw new IpcError({ code: 'not-found', detail: 'backup was cancelled' });
      session.lastUsed = deps.now().getTime();
      try {
        return await action(session);
      } catch (error) {
        await drop(token);
        throw toIpcError(error);
      }
    });
    session[lane] = run.catch(() => undefined);
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
    // Copies cut off by a crash leave temp files in the store's own tmp folder.
    if (sessions.size === 0 && held.size === 0) await fs.remove(join(deps.backupStore.dir, 'tmp'));
  }

  return {
    async begin(reason: BackupReason): Promise<{ token: string }> {
      try {
        const crypto = await deps.keyring.current();
        await cleanStale();
        const builder = await SetBuilder.begin(fs, layout, crypto);
        const copier = new BlobCopier(fs, deps.local, deps.backupStore, builder.blobList, crypto);
        sessions.set(builder.token, { crypto, reason, builder, copier, lastUsed: deps.now().getTime(), queue: Promise.resolve(), copyQueue: Promise.resolve() });
        return { token: builder.token };
      } catch (error) {
        throw toIpcError(error);
      }
    },

    writeRows(input: { token: string; table: string; part: number; rows: number; ndjsonUtf8: Uint8Array }): Promise<{ written: true }> {
      return step(input.token, async ({ builder }) => {
        // Refused here, not half-way through a restore (which decodes strictly) after earlier parts were committed.
        if (!isUtf8(input.ndjsonUtf8)) throw new IpcError({ code: 'invalid-payload', detail: `part ${input.table}.${input.part} is not UTF-8` });
        const lines = countNdjsonLines(input.ndjsonUtf8);
        if (lines !== input.rows) throw new IpcError({ code: 'not-allowed', detail: `part says ${input.rows} rows but holds ${lines}` });
        await builder.writePart(input.table, input.part, input.rows, input.ndjsonUtf8);
        return { written: true as const };
      });
    },

    reuseTable(input: ReuseRequest & { token: string }): Promise<{ reused: boolean; rows: number }> {
      return step(input.token, (session) => reuseTableParts(deps, session, input));
    },

    copyBlobs(input: { token: string; maxFiles: number }): Promise<CopyProgress> {
      return step(input.token, ({ copier }) => copier.step(input.maxFiles), 'copyQueue');
    },

    commit(input: { token: string; keep: number; schemaVersion: number; deviceId: string; tableGens?: Record<string, string> }): Promise<BackupInfo> {
      return step(input.token, async (session) => {
        await session.copyQueue;
        if (!session.copier.finished) throw new IpcError({ code: 'not-allowed', detail: 'blobs not copied yet' });
        const set = await session.builder.commit({
          reason: session.reason,
          createdAt: deps.now().toISOString(),
          schemaVersion: input.schemaVersion,
          deviceId: input.deviceId,
          ...(input.tableGens ? { tableGens: input.tableGens } : {}),
        });
        sessions.delete(input.token);
        // The backup is made; tidying up afterwards must not report it as failed.
        try {
          const removed = await rotate(fs, layout, session.crypto, session.reason, input.keep, deps.pins.isPinned);
          // Only a removed set can leave photos unlisted (walking a store of 100,000 files after
          // every backup would cost the seconds an unchanged backup must not take). A backup
          // still being written has copied photos no list names yet: collect later then.
          if (removed.length > 0 && sessions.size === 0 && held.size === 0) await collectStoreGarbage(fs, layout, deps.backupStore, session.crypto);
        } catch (error) {
          log('backup rotation failed', error);
        }
        return infoOf(set);
      });
    },

    async abort(token: string): Promise<{ aborted: boolean }> {
      const session = sessions.get(token);
      if (!session) return { aborted: false };
      await Promise.all([session.queue, session.copyQueue]);
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
