/**
 * The bench harness: a page, served on the app's own origin (so it sees the app's IndexedDB),
 * that runs the app's real data layer and sync engine without its UI, for the cases that
 * compare our code against the browser's limits. Built by bench/harness/build.ts.
 */
import { Dexie } from 'dexie';
import { BACKUP_CHUNK_ROWS, encodeRow, openPrDeskDb, replaceTablePart, type PrDeskDb } from '../../src-renderer/data';
import { SCHEMA_VERSIONS } from '../../src-renderer/data/schema';
import { runSync, type SyncProgress } from '../../src-renderer/features/sync/data/sync-engine';
import { mainProcess } from '../../src-renderer/platform';
import { OFFICE_PASSPHRASE } from '../../tests/e2e/pages/office-passphrase';
import { adoptSeeded, countRecords, rawRewrite, writeSnapshotNow } from './join';
import { rawImport } from './raw-idb';
import { taskFields, taskRecord } from './records';
import { photoScaleApi } from './photo-scale';
import { pdpaRebuildApi } from './pdpa-rebuild';

const MISSION_IDS = Array.from({ length: 10 }, (_, i) => `0190c000-0000-7000-8000-a000000000${String(i).padStart(2, '0')}`);
const APP_DB = 'pr-desk';

let opened: PrDeskDb | null = null;

async function deviceId(): Promise<string> {
  return (await mainProcess().deviceGetIdentity()).deviceId;
}

async function appDb(): Promise<PrDeskDb> {
  opened ??= await openPrDeskDb({ name: APP_DB, deviceId: await deviceId(), getActor: () => 'bench', acting: 'not-checked' });
  return opened;
}

/** Closes the app's database so it can be deleted or opened afresh (a restarted app). */
function closeAppDb(): void {
  opened?.close();
  opened = null;
}

async function freshDb(name: string): Promise<PrDeskDb> {
  await Dexie.delete(name);
  return openPrDeskDb({ name, deviceId: await deviceId(), getActor: () => 'bench', acting: 'not-checked' });
}

function storeSchema(table: string): string {
  const stores: Record<string, string> = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.stores ?? {};
  return stores[table] ?? 'id';
}

/**
 * ms for `count` tasks: raw IndexedDB (the tasks alone, and the tasks plus one sync op each),
 * the app's restore (unlogged) and the app's logged bulk write (record + op).
 */
async function importThree(count: number): Promise<{ raw: number; rawWithOps: number; restore: number; logged: number }> {
  const now = new Date().toISOString();
  const records = Array.from({ length: count }, (_, i) => taskRecord(i, MISSION_IDS, now));
  const tasks = { name: 'tasks', schema: storeSchema('tasks'), records };
  const raw = await rawImport('bench-raw-reference', [tasks]);
  // The op the middleware would write for each new task: every field, its stamp, no base.
  const ops = records.map((record, i) => ({
    opId: `0190d000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
    table: 'tasks',
    recordId: record.id,
    kind: 'create',
    fields: taskFields(i, MISSION_IDS),
    bases: {},
    before: {},
    hlc: `${Date.now()}-${String(i).padStart(4, '0')}-bench`,
    actor: 'bench',
    deviceId: 'bench',
    at: now,
    published: 0,
    schemaVersion: 1,
  }));
  const rawWithOps = await rawImport('bench-raw-reference-ops', [tasks, { name: 'outbox', schema: storeSchema('outbox'), records: ops }]);

  const restoreDb = await freshDb('bench-import-restore');
  // What a restore does with each verified part (NDJSON bytes, as main sends them): one unlogged
  // transaction per part, each line decoded and written.
  const parts: Uint8Array[] = [];
  for (let i = 0; i < records.length; i += BACKUP_CHUNK_ROWS) parts.push(new TextEncoder().encode(`${records.slice(i, i + BACKUP_CHUNK_ROWS).map(encodeRow).join('\n')}\n`));
  let started = performance.now();
  for (const [i, part] of parts.entries()) await replaceTablePart(restoreDb, 'tasks', part, i === 0);
  const restore = performance.now() - started;
  restoreDb.close();

  const loggedDb = await freshDb('bench-import-logged');
  const fields = Array.from({ length: count }, (_, i) => taskFields(i, MISSION_IDS));
  started = performance.now();
  await loggedDb.transaction('rw', loggedDb.tasks, () => loggedDb.tasks.bulkAdd(fields as never[]));
  const logged = performance.now() - started;
  if ((await loggedDb.outbox.count()) !== count) throw new Error('logged import did not log every record');
  loggedDb.close();
  return { raw, rawWithOps, restore, logged };
}

/** Writes `count` new tasks through the data layer on this workstation: `count` ops to publish. */
async function makeOps(count: number, idPrefix: string): Promise<number> {
  const db = await appDb();
  const chunk = 5_000;
  for (let start = 0; start < count; start += chunk) {
    const fields = Array.from({ length: Math.min(chunk, count - start) }, (_, i) => taskFields(start + i, MISSION_IDS, idPrefix));
    await db.transaction('rw', db.tasks, () => db.tasks.bulkAdd(fields as never[]));
  }
  return db.outbox.where('published').equals(0).count();
}

/** Presses Sync: total ms, and ms per step (backup, publish, pull, …) to see where time goes. */
async function sync(): Promise<{ ms: number; steps: Record<string, number>; sent: number; received: number; conflicts: number; tasks: number }> {
  const db = await appDb();
  const steps: Record<string, number> = {};
  const started = performance.now();
  let step = 'start';
  let stepStarted = started;
  // The records are in when runSync resolves (files would follow in the background; none here).
  const onProgress = (progress: SyncProgress) => {
    if (progress.step === step) return;
    console.log(`step ${progress.step} at ${Math.round(performance.now() - started)} ms`);
    const now = performance.now();
    steps[step] = (steps[step] ?? 0) + now - stepStarted;
    step = progress.step;
    stepStarted = now;
  };
  const summary = await runSync(db, mainProcess(), { onProgress, downloadFiles: false });
  const ms = performance.now() - started;
  steps[step] = (steps[step] ?? 0) + performance.now() - stepStarted;
  return { ms, steps, sent: summary.sent, received: summary.received, conflicts: summary.conflicts, tasks: await db.tasks.count() };
}

/**
 * Creates or joins the sync folder under the office passphrase the E2E tests use. As in the app,
 * the folder comes from main's dialog (the bench sets its stub, `env.chosenFolder`, first): main
 * takes the dialog's token, never a path. `folder` is what the dialog must have answered.
 */
async function joinFolder(folder: string, create: boolean): Promise<void> {
  const chosen = await mainProcess().syncChooseFolder();
  if (chosen.folder !== folder || !chosen.token) throw new Error(`the folder dialog answered ${String(chosen.folder)}, not ${folder}: set env.chosenFolder first`);
  if (create) await mainProcess().syncCreateFolder({ token: chosen.token, passphrase: OFFICE_PASSPHRASE });
  else await mainProcess().syncJoinFolder({ token: chosen.token, passphrase: OFFICE_PASSPHRASE });
}

/** Opens the app's database (creating its schema) so the seeders can fill it. */
async function prepare(): Promise<string> {
  return (await appDb()).writer.deviceId;
}

const api = {
  importThree,
  makeOps,
  sync,
  joinFolder,
  prepare,
  adoptSeeded: async () => adoptSeeded(await appDb()),
  writeSnapshot: async () => writeSnapshotNow(await appDb()),
  countRecords: async () => countRecords(await appDb()),
  rawRewrite: async () => rawRewrite(await appDb()),
  ...photoScaleApi(appDb, () => closeAppDb()),
  ...pdpaRebuildApi(appDb, () => closeAppDb()),
};
export type BenchHarness = typeof api;
(window as unknown as { prDeskBench: BenchHarness }).prDeskBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
