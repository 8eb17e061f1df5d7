/**
 * Harness functions for the photo-scale cases: a ten-year office with gigabytes of photos,
 * backed up, restored on a replacement PC and joined by a new workstation, each through the
 * app's own code (streamBackup, restoreBackup, runSync and its background file download) and
 * main's real handlers.
 */
import { Dexie } from 'dexie';
import { blobIdsOf, tablesWithBlobs } from '../../src-main/shared/blobs/blob-refs';
import { BACKUP_TABLES, SYNCED_TABLES, restoreBackup, streamBackup, withoutEnvelope, type PrDeskDb } from '../../src-renderer/data';
import { SCHEMA_VERSIONS } from '../../src-renderer/data/schema';
import { startFileDownload } from '../../src-renderer/features/sync/data/file-download';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { mainProcess } from '../../src-renderer/platform';

const APP_DB = 'pr-desk';
const SOURCE_DB = 'bench-seed-source';
const CHUNK = 2_000;
/** The backup passphrase the bench's office sets before copying a backup to another PC. */
const BENCH_BACKUP_PASSPHRASE = 'สำรองข้อมูลสำนักงานสงขลา 2569';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const open = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
  if (upgrade) open.onupgradeneeded = () => upgrade(open.result);
  return request(open);
}

/** Rows of `store` after `after` (exclusive), at most CHUNK, in key order. */
async function chunkAfter(db: IDBDatabase, store: string, after: IDBValidKey | null): Promise<unknown[]> {
  const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
  return request(db.transaction(store).objectStore(store).getAll(range, CHUNK));
}

/**
 * The seeders write raw records (fast, shaped as stored), but an office that used the app for
 * ten years has every record's ops in its outbox too: that is what its first sync publishes.
 * So the raw rows are moved aside, the database is made afresh, and every row is written back
 * through the app's data layer (the outbox middleware logs a create op and stamps clocks), in
 * chunks, as years of use would have. Answers rows per table, ops logged and ms.
 */
async function relogSeeded(appDb: () => Promise<PrDeskDb>, closeAppDb: () => void): Promise<{ rows: Record<string, number>; ops: number; ms: number }> {
  const started = performance.now();
  closeAppDb();
  const raw = await openRaw(APP_DB);
  const tables = SYNCED_TABLES.filter((t) => raw.objectStoreNames.contains(t));
  await request(indexedDB.deleteDatabase(SOURCE_DB));
  const source = await openRaw(SOURCE_DB, 1, (db) => {
    for (const table of tables) db.createObjectStore(table, { keyPath: 'id' });
  });
  for (const table of tables) {
    for (let after: IDBValidKey | null = null; ; ) {
      const rows = (await chunkAfter(raw, table, after)) as { id: IDBValidKey }[];
      if (rows.length === 0) break;
      const tx = source.transaction(table, 'readwrite');
      for (const row of rows) tx.objectStore(table).put(row);
      await done(tx);
      after = rows[rows.length - 1]?.id ?? null;
    }
  }
  raw.close();
  await Dexie.delete(APP_DB);

  const db = await appDb();
  const rows: Record<string, number> = {};
  for (const table of tables) {
    for (let after: IDBValidKey | null = null; ; ) {
      const chunk = (await chunkAfter(source, table, after)) as { id: IDBValidKey }[];
      if (chunk.length === 0) break;
      // The envelope (who, when, clocks) is the middleware's to stamp; the id stays the record's.
      const fields = chunk.map((row): object => ({ ...withoutEnvelope(row as Parameters<typeof withoutEnvelope<Record<string, unknown>>>[0]), id: row.id }));
      await db.transaction('rw', db.table(table), () => db.table(table).bulkAdd(fields));
      rows[table] = (rows[table] ?? 0) + chunk.length;
      after = chunk[chunk.length - 1]?.id ?? null;
    }
  }
  source.close();
  await request(indexedDB.deleteDatabase(SOURCE_DB));
  return { rows, ops: await db.outbox.count(), ms: performance.now() - started };
}

/** Rows of every synced table (not deleted and deleted alike), to compare workstations. */
async function counts(db: PrDeskDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of SYNCED_TABLES) {
    if (!db.tables.some((t) => t.name === table)) continue;
    const n = await db.table(table).count();
    if (n > 0) out[table] = n;
  }
  return out;
}

/** Time per progress phase (records, photos…) of a backup or restore, and the total. */
function phaseTimer() {
  const phases: Record<string, number> = {};
  const started = performance.now();
  let phase = '';
  let phaseStarted = started;
  return {
    onProgress: (p: { phase: string }) => {
      if (p.phase === phase) return;
      const now = performance.now();
      if (phase) phases[phase] = (phases[phase] ?? 0) + now - phaseStarted;
      phase = p.phase;
      phaseStarted = now;
    },
    stop: () => {
      const now = performance.now();
      if (phase) phases[phase] = (phases[phase] ?? 0) + now - phaseStarted;
      return { ms: now - started, phases };
    },
  };
}

/** Every blob id the records refer to (a few thousand for gigabytes of photos), sorted. */
async function referencedBlobIds(db: PrDeskDb): Promise<string[]> {
  const ids = new Set<string>();
  for (const table of tablesWithBlobs()) {
    if (!db.tables.some((t) => t.name === table)) continue;
    await db.table(table).each((record: unknown) => {
      for (const id of blobIdsOf(table, record)) ids.add(id);
    });
  }
  return [...ids].sort();
}

const FLOOR_DB = 'bench-idb-floor';

/** The backup's tables this database has, with their Dexie schema strings. */
function backupStores(db: PrDeskDb): { name: string; schema: string }[] {
  const stores: Record<string, string> = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.stores ?? {};
  return BACKUP_TABLES.filter((t) => db.tables.some((x) => x.name === t)).map((name) => ({ name, schema: stores[name] ?? 'id' }));
}

/** "id, a, *b, [c+d]" → the object store and its indexes, as Dexie would make them. */
function createRawStore(idb: IDBDatabase, name: string, schema: string): void {
  const [primary = 'id', ...rest] = schema.split(',').map((part) => part.trim());
  const autoIncrement = primary.startsWith('++');
  const keyName = primary.replace(/^\+\+|^&/, '');
  const keyPath = keyName.startsWith('[') ? keyName.slice(1, -1).split('+') : keyName;
  const store = idb.createObjectStore(name, { keyPath, autoIncrement });
  for (const spec of rest.filter(Boolean)) {
    const indexName = spec.replace(/^[*&]/, '');
    store.createIndex(indexName, indexName.startsWith('[') ? indexName.slice(1, -1).split('+') : indexName, { multiEntry: spec.startsWith('*'), unique: spec.startsWith('&') });
  }
}

/**
 * The browser's own limits for what a backup reads and a restore writes, measured on this
 * workstation's rows (every table a backup holds):
 * - `readMs`: every row read with plain IndexedDB getAll in key order, CHUNK at a time, and
 *   turned into JSON text (what any backup must do with a record: less cannot be read);
 * - `writeMs`: the same rows put into a fresh database with the same stores and indexes, a
 *   transaction per CHUNK (only the puts are timed).
 */
async function idbFloors(db: PrDeskDb): Promise<{ readMs: number; writeMs: number; rows: number; jsonBytes: number }> {
  const stores = backupStores(db);
  await request(indexedDB.deleteDatabase(FLOOR_DB));
  const floor = await openRaw(FLOOR_DB, 1, (idb) => {
    for (const { name, schema } of stores) createRawStore(idb, name, schema);
  });
  const app = await openRaw(db.name);
  let readMs = 0;
  let writeMs = 0;
  let rows = 0;
  let jsonBytes = 0;
  try {
    for (const { name } of stores) {
      for (let after: IDBValidKey | null = null; ; ) {
        let started = performance.now();
        const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
        const store = app.transaction(name).objectStore(name);
        const chunk = (await request(store.getAll(range, CHUNK))) as Record<string, unknown>[];
        for (const row of chunk) jsonBytes += JSON.stringify(row).length;
        readMs += performance.now() - started;
        if (chunk.length === 0) break;
        started = performance.now();
        const tx = floor.transaction(name, 'readwrite');
        const target = tx.objectStore(name);
        for (const row of chunk) target.put(row);
        await done(tx);
        writeMs += performance.now() - started;
        rows += chunk.length;
        // Every store of ours has its key in the record (an id, a seq, or [table+recordId]).
        const keyPath = store.keyPath;
        const last = chunk[chunk.length - 1] ?? {};
        after = (Array.isArray(keyPath) ? keyPath.map((k) => last[k]) : last[keyPath as string]) as IDBValidKey;
      }
    }
  } finally {
    app.close();
    floor.close();
    await request(indexedDB.deleteDatabase(FLOOR_DB));
  }
  return { readMs, writeMs, rows, jsonBytes };
}

let filesAfterSync: { since: number; download: ReturnType<typeof startFileDownload> } | null = null;

export function photoScaleApi(appDb: () => Promise<PrDeskDb>, closeAppDb: () => void) {
  return {
    async openApp(): Promise<{ deviceId: string }> {
      return { deviceId: (await appDb()).writer.deviceId };
    },
    closeApp(): void {
      closeAppDb();
    },
    relogSeeded: () => relogSeeded(appDb, closeAppDb),
    async counts(): Promise<Record<string, number>> {
      return counts(await appDb());
    },
    async referencedBlobIds(): Promise<string[]> {
      return referencedBlobIds(await appDb());
    },
    async idbFloors() {
      return idbFloors(await appDb());
    },
    /** The app's streamed backup, as the Backups panel runs it. */
    async backup(reason: 'manual' | 'daily'): Promise<{ ms: number; name: string; recordBytes: number; blobCount: number; blobBytes: number; phases: Record<string, number> }> {
      const db = await appDb();
      const timer = phaseTimer();
      const info = await streamBackup(db, { reason, keep: 7, onProgress: timer.onProgress });
      const { ms, phases } = timer.stop();
      return { ms, name: info.name, recordBytes: info.recordBytes, blobCount: info.blobCount, blobBytes: info.blobBytes, phases };
    },
    /**
     * A backup that reads every table, as a first backup does (the tables' change tokens are
     * not offered, so no part of an earlier backup is taken): for looking into a first backup
     * again on a kept office (child.ts --phase backup).
     */
    async backupReadingAll(): Promise<{ ms: number; name: string; phases: Record<string, number> }> {
      const db = await appDb();
      const unaware = new Proxy(db, { get: (target, key, receiver) => (key === 'changes' ? undefined : Reflect.get(target, key, receiver) as unknown) });
      const timer = phaseTimer();
      // Each part's trip to main and back, summed (up to three overlap, so this can exceed the
      // records phase), and the number of parts: how much of the time is the IPC of the parts.
      const client = mainProcess();
      let writeMs = 0;
      let writes = 0;
      const main = {
        ...client,
        backupWriteRows: async (input: Parameters<typeof client.backupWriteRows>[0]) => {
          const started = performance.now();
          try {
            return await client.backupWriteRows(input);
          } finally {
            writeMs += performance.now() - started;
            writes += 1;
          }
        },
      };
      const info = await streamBackup(unaware, { reason: 'manual', keep: 7, onProgress: timer.onProgress, main });
      const stopped = timer.stop();
      return { ...stopped, phases: { ...stopped.phases, writeRowsCalls: writeMs, writes }, name: info.name };
    },
    /**
     * Main copies a backup to a folder (a USB drive: the folder the E2E dialog answers). Backups
     * are sealed with this PC's key, so the office sets a backup passphrase first, as the
     * Backups panel asks before copying out.
     */
    async exportBackup(name: string): Promise<string | null> {
      await mainProcess().backupSetPassphrase({ passphrase: BENCH_BACKUP_PASSPHRASE });
      return (await mainProcess().backupExportFolder({ name })).path;
    },
    /**
     * Main brings an exported backup in (the manifest.json the E2E dialog answers). On another PC
     * only the backup passphrase opens it: the first call stops with backup-locked and the panel
     * asks for the passphrase, as here. The scrypt unwrap is part of the import time.
     */
    async importBackup(): Promise<{ ms: number; name: string | null }> {
      const started = performance.now();
      const name = await mainProcess()
        .backupImport()
        .then(({ name }) => name)
        .catch(async (error: unknown) => {
          if ((error as { code?: unknown } | null)?.code !== 'backup-locked') throw error;
          return (await mainProcess().backupImportUnlock({ passphrase: BENCH_BACKUP_PASSPHRASE })).name;
        });
      return { ms: performance.now() - started, name };
    },
    /**
     * The app's restore (restoreBackup), as the Backups panel runs it, except the window reload
     * that follows it in the app: the bench reads the restored database instead.
     */
    async restore(name: string): Promise<{ ms: number; photosDamaged: number; newDeviceId: string; phases: Record<string, number> }> {
      const db = await appDb();
      const timer = phaseTimer();
      const result = await restoreBackup(db, name, { keep: 7, onProgress: timer.onProgress });
      const { ms, phases } = timer.stop();
      // The app reloads here; reopening the database is what the reloaded app does first.
      closeAppDb();
      return { ms, photosDamaged: result.photosDamaged, newDeviceId: result.newDeviceId, phases };
    },
    /**
     * Presses Sync: ms until runSync resolves (records applied, the app usable), per step, and
     * the summary. The files then arrive in the background (waitForFiles).
     */
    async syncUsable(): Promise<{ ms: number; steps: Record<string, number>; sent: number; received: number; missingTotal: number }> {
      const db = await appDb();
      const steps: Record<string, number> = {};
      const started = performance.now();
      let step = '';
      let stepStarted = started;
      const summary = await runSync(db, mainProcess(), {
        onProgress: (p) => {
          if (p.step === step) return;
          const now = performance.now();
          if (step) steps[step] = (steps[step] ?? 0) + now - stepStarted;
          step = p.step;
          stepStarted = now;
        },
      });
      const ms = performance.now() - started;
      if (step) steps[step] = (steps[step] ?? 0) + performance.now() - stepStarted;
      // runSync has just started the background download: join it now, so waitForFiles times it
      // from the moment the app became usable (not from whenever the bench asks).
      filesAfterSync = { since: performance.now(), download: startFileDownload(db, mainProcess()) };
      return { ms, steps, sent: summary.sent, received: summary.received, missingTotal: summary.missingTotal };
    },
    /** Waits for the background file download of the last sync: ms since the sync resolved, files, what is still missing. */
    async waitForFiles(): Promise<{ ms: number; fetched: number; bytes: number; missingTotal: number | null; errorCode: string | null }> {
      const db = await appDb();
      const { since, download } = filesAfterSync ?? { since: performance.now(), download: startFileDownload(db, mainProcess()) };
      filesAfterSync = null;
      const state = await download;
      return { ms: performance.now() - since, fetched: state.fetched, bytes: state.bytes, missingTotal: state.result?.missingTotal ?? null, errorCode: state.result?.errorCode ?? null };
    },
  };
}
