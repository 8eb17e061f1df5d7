import { Dexie } from 'dexie';
import { compareHlc, type Hlc } from '../../src-main/shared/sync/hlc';
import { applyOp, clocksOf, conflictsOf, emptyRecordState, materialize, type RecordState } from '../../src-main/shared/sync/merge';
import { compactRecordState, expandRecordState, type CompactRecordState } from '../../src-main/shared/sync/snapshot-codec';
import type { SyncOp } from '../../src-main/shared/sync/sync-op';
import type { DeviceTimes } from '../../src-main/shared/sync/intake';
import type { SequencedOp } from '../../src-main/shared/sync/transport';
import { addBlobWants, wantsOfOps } from './blob-wants';
import type { PrDeskDb } from './db';
import { judgeIncoming, markSignedInEra, type KnownRecord, type SignedInEra } from './incoming-permission';
import { erasedAmong, erasedRoots, erasureTargets, scrubTargets, type ErasureTarget, type ScrubOutcome } from './erasure';
import { markUnlogged } from './outbox-middleware';
import { SYNCED_TABLES, isSyncedTable } from './schema';
import type { OutboxOp, SyncHeldRow, SyncRecordRow } from './types';

/** Sync bookkeeping kept in `syncMeta`. */
export interface SyncMeta {
  /** Last per-device seq this workstation has published. */
  publishedThrough: number;
  /** deviceId → last seq applied from that device. */
  cursor: Record<string, number>;
  /** Newest stamp received from anyone. */
  newestSeen: Hlc | null;
  /** Each other workstation's clock as its newest op applied here shows it (for the clock checks, intake.ts). */
  deviceTimes: DeviceTimes;
  lastSyncAt: string | null;
  /**
   * deviceId → true once that workstation sent any op written with sign-in (schema v12 or
   * later): an op of an older version from it afterwards is a downgrade and is held back
   * (incoming-permission.ts).
   */
  signedInEra: SignedInEra;
  /**
   * What a PDPA erasure left to do on the share (erasure.ts): published ops of this workstation
   * it changed, and erased files; also "write a snapshot replacing the older ones". Null: nothing.
   */
  pendingRedaction: PendingRedaction | null;
  /** The same for this computer's backups (main rewrites them: backup:redact). */
  pendingBackupRedaction: PendingBackupRedaction | null;
}

export interface PendingBackupRedaction {
  /** The erasures carried out here since (main notes them in its ledger). */
  erasureIds: string[];
  targets: ErasureTarget[];
  blobIds: string[];
  round: number;
}

export interface PendingRedaction {
  seqs: number[];
  blobIds: string[];
  /** Counts the erasures noted: one noted while a sync redacts is not cleared by it. */
  round: number;
}

const META_DEFAULTS: SyncMeta = { publishedThrough: 0, cursor: {}, newestSeen: null, deviceTimes: {}, lastSyncAt: null, signedInEra: {}, pendingRedaction: null, pendingBackupRedaction: null };

export async function readSyncMeta(db: PrDeskDb): Promise<SyncMeta> {
  const rows = await db.syncMeta.bulkGet(Object.keys(META_DEFAULTS));
  const meta: Record<string, unknown> = { ...META_DEFAULTS };
  for (const row of rows) if (row) meta[row.key] = row.value;
  return meta as unknown as SyncMeta;
}

export async function writeSyncMeta(db: PrDeskDb, patch: Partial<SyncMeta>): Promise<void> {
  await db.syncMeta.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
}

/** An outbox op as it travels: without local bookkeeping. */
/** This workstation's ops not yet on the share, in seq order (the index orders equal keys by primary key). */
export function unpublishedOps(db: PrDeskDb) {
  return db.outbox.where('published').equals(0);
}

export function toSyncOp(op: OutboxOp): SyncOp {
  return {
    opId: op.opId,
    table: op.table,
    recordId: op.recordId,
    kind: op.kind,
    hlc: op.hlc,
    fields: op.fields,
    bases: op.bases,
    actor: op.actor,
    deviceId: op.deviceId,
    at: op.at,
    schemaVersion: op.schemaVersion,
  };
}

/**
 * `syncRecords` keep each state in the compact form of snapshot-codec.ts: every write listed
 * once per record and a field's value only where it differs from its winning write. The plain
 * form repeats both for every field; a ten-year office joining from a snapshot spent most of its
 * time having IndexedDB clone and store those copies. Rows written by older versions hold the
 * plain form; both are read.
 */
function isCompact(state: unknown): state is CompactRecordState {
  return !!state && typeof state === 'object' && Array.isArray((state as { w?: unknown }).w);
}

export function fromStored<T extends SyncRecordRow | undefined>(row: T): T {
  if (!row) return row;
  const hasConflicts = row.hasConflicts ?? 0;
  if (!isCompact(row.state)) return row.hasConflicts === hasConflicts ? row : { ...row, hasConflicts };
  return { ...row, hasConflicts, state: expandRecordState(row.state) };
}

/** A row as stored; `compact` when the caller already holds the compact state (a snapshot line). */
export function toStored(row: SyncRecordRow, compact?: CompactRecordState): SyncRecordRow {
  const { hasConflicts, ...rest } = row;
  const stored = { ...rest, state: (compact ?? compactRecordState(row.state)) as unknown as RecordState };
  // Only rows in conflict carry the indexed flag: a row without it is not in the
  // `hasConflicts` index at all, so a join's 100,000 rows write no index entries for it.
  return (hasConflicts === 1 ? { ...stored, hasConflicts } : stored) as SyncRecordRow;
}

export function putSyncRecords(db: PrDeskDb, rows: readonly SyncRecordRow[]): Promise<unknown> {
  return db.syncRecords.bulkPut(rows.map((row) => toStored(row)));
}

/** The record's merge state including every local op written since it was last folded. */
export async function currentSyncRecord(db: PrDeskDb, table: string, recordId: string): Promise<SyncRecordRow> {
  const row = fromStored(await db.syncRecords.get([table, recordId])) ?? {
    table,
    recordId,
    state: emptyRecordState(),
    localSeq: 0,
    hasConflicts: 0 as const,
  };
  const local = await db.outbox
    .where('[table+recordId]')
    .equals([table, recordId])
    .filter((op) => (op.seq ?? 0) > row.localSeq)
    .sortBy('seq');
  let state: RecordState = row.state;
  let localSeq = row.localSeq;
  for (const op of local) {
    state = applyOp(state, toSyncOp(op));
    localSeq = Math.max(localSeq, op.seq ?? 0);
  }
  return { ...row, state, localSeq, hasConflicts: conflictsOf(state).length > 0 ? 1 : 0 };
}

/**
 * `currentSyncRecord` for many records of one table (all of them when `ids` is omitted), in
 * bulk queries inside one transaction instead of two queries per record: a snapshot or a
 * pulled batch of a 10-year office touches tens of thousands of records, and one-by-one reads
 * took minutes and exhausted the renderer.
 */
export async function currentSyncRecords(db: PrDeskDb, table: string, ids?: readonly string[]): Promise<SyncRecordRow[]> {
  return db.transaction('r', [db.table(table), db.syncRecords, db.outbox], async () => {
    const recordIds = ids ?? ((await db.table(table).toCollection().primaryKeys()) as string[]);
    const range = [[table, Dexie.minKey], [table, Dexie.maxKey]] as const;
    const stored = ids
      ? (await db.syncRecords.bulkGet(ids.map((id) => [table, id] as [string, string]))).filter((r): r is SyncRecordRow => !!r).map(fromStored)
      : (await db.syncRecords.where(':id').between(...range).toArray()).map(fromStored);
    const rows = new Map(stored.map((row) => [row.recordId, row]));
    const ops = ids
      ? await db.outbox.where('[table+recordId]').anyOf(ids.map((id) => [table, id])).toArray()
      : await db.outbox.where('[table+recordId]').between(...range).toArray();
    const opsByRecord = new Map<string, OutboxOp[]>();
    for (const op of ops) {
      const list = opsByRecord.get(op.recordId);
      if (list) list.push(op);
      else opsByRecord.set(op.recordId, [op]);
    }
    return recordIds.map((recordId) => {
      const row = rows.get(recordId) ?? { table, recordId, state: emptyRecordState(), localSeq: 0, hasConflicts: 0 as const };
      const local = (opsByRecord.get(recordId) ?? []).filter((op) => (op.seq ?? 0) > row.localSeq).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
      let state: RecordState = row.state;
      let localSeq = row.localSeq;
      for (const op of local) {
        state = applyOp(state, toSyncOp(op));
        localSeq = Math.max(localSeq, op.seq ?? 0);
      }
      return { ...row, state, localSeq, hasConflicts: conflictsOf(state).length > 0 ? (1 as const) : (0 as const) };
    });
  });
}

/**
 * The first write a state holds (earliest HLC among its fields' heads): who created the record
 * and when, for a record that arrives as a state without its create op (from a snapshot).
 */
function firstWrite(state: RecordState): { at: string; actor: string } | null {
  let first: { at: string; actor: string; clock: Hlc } | null = null;
  for (const field of Object.values(state.fields)) {
    for (const [clock, head] of Object.entries(field.heads)) {
      if (!first || compareHlc(clock, first.clock) < 0) first = { at: head.at, actor: head.actor, clock };
    }
  }
  return first;
}

/**
 * Fields the app computes from a record's other fields (a release's search words), recomputed
 * from a merged record: given by the sync feature (features/sync/conflict-derived.ts).
 */
export type DeriveFields = (table: string, record: Record<string, unknown>) => Record<string, unknown>;

/**
 * A derived field that two workstations wrote concurrently holds only the later save's value
 * (two edits of different fields both recompute it): it is recomputed from the merged record,
 * which every device that merged the same ops holds alike, so all of them store the same words.
 */
function withDerived(table: string, state: RecordState, record: Record<string, unknown>, derive: DeriveFields | undefined): Record<string, unknown> {
  // Deriving is not free (a release's words segment all its Thai text): only a record with a
  // concurrent write anywhere is derived, not each of the 20,000 releases of a join.
  if (!derive || !Object.values(state.fields).some((field) => Object.keys(field.heads).length > 1)) return record;
  const concurrent = Object.entries(derive(table, record)).filter(([field]) => Object.keys(state.fields[field]?.heads ?? {}).length > 1);
  return concurrent.length === 0 ? record : { ...record, ...Object.fromEntries(concurrent) };
}

/** The stored record a merge state stands for, as every device that merged the same ops writes it. */
export function mergedRecord(row: SyncRecordRow, ops: readonly SyncOp[], existing: Record<string, unknown> | undefined, derive?: DeriveFields): Record<string, unknown> {
  const values = materialize(row.state);
  const create = ops.find((op) => op.kind === 'create');
  // The latest write decides "last changed by"; the create op, once seen, decides "created by".
  let latest: { at: string; actor: string; clock: Hlc } | null = null;
  for (const field of Object.values(row.state.fields)) {
    const head = field.heads[field.clock];
    if (head && (!latest || compareHlc(field.clock, latest.clock) > 0)) latest = { at: head.at, actor: head.actor, clock: field.clock };
  }
  const first = ops[0] ?? null;
  const earliest = create || existing?.createdAt || first ? null : firstWrite(row.state);
  return withDerived(row.table, row.state, {
    ...values,
    id: row.recordId,
    createdAt: create?.at ?? existing?.createdAt ?? first?.at ?? earliest?.at,
    createdBy: create?.actor ?? existing?.createdBy ?? first?.actor ?? earliest?.actor,
    updatedAt: latest?.at ?? existing?.updatedAt ?? first?.at,
    updatedBy: latest?.actor ?? existing?.updatedBy ?? first?.actor,
    deleted: values.deleted === true,
    clocks: clocksOf(row.state),
  }, derive);
}

/** Writes merged records of one table and their merge states, in bulk. */
export async function storeMergedRecords(db: PrDeskDb, table: string, merged: readonly { row: SyncRecordRow; ops: readonly SyncOp[] }[], derive?: DeriveFields): Promise<void> {
  if (merged.length === 0) return;
  const records = db.table<Record<string, unknown>, string>(table);
  const existing = await records.bulkGet(merged.map((m) => m.row.recordId));
  await records.bulkPut(merged.map((m, i) => mergedRecord(m.row, m.ops, existing[i], derive)));
  await putSyncRecords(db, merged.map((m) => m.row));
}

/** Writes a merged record into its table, as every device that merged the same ops would. */
export async function storeMergedRecord(db: PrDeskDb, row: SyncRecordRow, ops: readonly SyncOp[]): Promise<void> {
  await storeMergedRecords(db, row.table, [{ row, ops }]);
}

export interface ApplyOutcome {
  /** Ops merged (those held back, for any reason, are not counted). */
  applied: number;
  records: number;
  /** Files that only records an erasure scrubbed in this batch used: remove them from main's store. */
  erasedBlobIds: string[];
  /** Records of erased people scrubbed in this batch (then main's preview PDFs go too). */
  erasedRecords: number;
}

/**
 * Merges one pulled batch and advances that device's cursor IN ONE TRANSACTION (DESIGN.md
 * §5): a crash leaves either both or neither, so a batch is never half-applied nor skipped.
 *
 * The local write rules do not run on these writes (they are unlogged); instead each op is
 * judged by its author against the same rules first (incoming-permission.ts). One its author
 * had no right to is held back as 'not-permitted' — kept in `syncHeld`, offered again at every
 * sync, listed in the sync summary — and everything else in the batch still applies. A database
 * opened 'not-checked' (bench seeders, tests of other behaviour) takes ops in unjudged, as it
 * writes unchecked; the app always opens it with the signed-in person.
 */
export async function applyRemoteBatch(
  db: PrDeskDb,
  batch: { deviceId: string; lastSeq: number | null; apply: SequencedOp[]; hold: SyncHeldRow[]; releasedHeldIds?: number[] },
  derive?: DeriveFields,
): Promise<ApplyOutcome> {
  const tables = [...SYNCED_TABLES.map((name) => db.table(name)), db.syncRecords, db.syncMeta, db.syncHeld, db.outbox, db.blobWants];
  return db.transaction('rw', tables, async () => {
    const tx = Dexie.currentTransaction as unknown as { idbtrans: object } | null;
    if (!tx) throw new Error('no transaction');
    markUnlogged(tx.idbtrans);
    const held: SyncHeldRow[] = [...batch.hold];
    const meta = await readSyncMeta(db);
    let newest: Hlc | null = meta.newestSeen;
    const known: SequencedOp[] = [];
    for (const item of batch.apply) {
      // A table this version does not have: a newer app wrote it. Keep it for later.
      if (isSyncedTable(item.op.table)) known.push(item);
      else held.push({ deviceId: item.op.deviceId, reason: 'newer-version', item: { seq: 0, op: item.op } });
    }

    // Records read once for the judgement and the merge alike (each table in bulk).
    const loaded = new Map<string, Map<string, SyncRecordRow>>();
    const loadRows = async (table: string, ids: readonly string[]): Promise<Map<string, SyncRecordRow>> => {
      const rows = loaded.get(table) ?? new Map<string, SyncRecordRow>();
      loaded.set(table, rows);
      const missing = ids.filter((id) => !rows.has(id));
      if (missing.length > 0) for (const row of await currentSyncRecords(db, table, missing)) rows.set(row.recordId, row);
      return rows;
    };

    let signedInEra = markSignedInEra(meta.signedInEra, held.map((h) => h.item.op));
    let accepted = known;
    if (db.writer.acting !== 'not-checked') {
      const judgement = await judgeIncoming(
        known.map((item) => item.op),
        {
          signedInEra,
          load: async (table, ids) => {
            const rows = await loadRows(table, ids);
            const stored = await db.table<Record<string, unknown>, string>(table).bulkGet([...ids]);
            const found = new Map<string, KnownRecord>();
            ids.forEach((id, i) => {
              const createdBy = stored[i]?.createdBy;
              found.set(id, { state: rows.get(id)?.state ?? emptyRecordState(), createdBy: typeof createdBy === 'string' ? createdBy : undefined });
            });
            return found;
          },
        },
      );
      signedInEra = judgement.signedInEra;
      accepted = known.filter((item, i) => {
        if (judgement.verdicts[i]?.apply !== false) return true;
        held.push({ deviceId: item.op.deviceId, reason: 'not-permitted', item });
        return false;
      });
    } else {
      signedInEra = markSignedInEra(signedInEra, known.map((item) => item.op));
    }

    const byRecord = new Map<string, SyncOp[]>();
    for (const { op } of accepted) {
      const key = `${op.table}\u0000${op.recordId}`;
      byRecord.set(key, [...(byRecord.get(key) ?? []), op]);
      db.writer.clock.receive(op.hlc);
      if (!newest || compareHlc(op.hlc, newest) > 0) newest = op.hlc;
    }
    // Per table, in bulk: read the touched records' states, fold the batch in, write them back.
    const byTable = new Map<string, Map<string, SyncOp[]>>();
    for (const ops of byRecord.values()) {
      const first = ops[0];
      if (!first) continue;
      const records = byTable.get(first.table) ?? new Map<string, SyncOp[]>();
      records.set(first.recordId, ops);
      byTable.set(first.table, records);
    }
    for (const [table, records] of byTable) {
      const ids = [...records.keys()];
      const rows = await loadRows(table, ids);
      const merged = ids.map((recordId) => {
        const row = rows.get(recordId) ?? { table, recordId, state: emptyRecordState(), localSeq: 0, hasConflicts: 0 as const };
        const ops = records.get(recordId) ?? [];
        const state = ops.reduce(applyOp, row.state);
        return { row: { ...row, state, hasConflicts: conflictsOf(state).length > 0 ? (1 as const) : (0 as const) }, ops };
      });
      await storeMergedRecords(db, table, merged, derive);
    }
    // The files these ops refer to, wanted in the same transaction: a crash cannot leave a
    // record whose photo nobody will ever fetch.
    await addBlobWants(db, wantsOfOps([...byRecord.values()].flat()));
    if (batch.releasedHeldIds?.length) await db.syncHeld.bulkDelete(batch.releasedHeldIds);
    if (held.length > 0) await db.syncHeld.bulkAdd(held);
    const erased = await scrubErased(db, [...byRecord.values()].map((ops) => ops[0]).filter((op) => op !== undefined), held);
    // The device's newest op in log order says what its clock reads now (a retried held op does not).
    const newestOfDevice = batch.deviceId ? batch.apply.at(-1)?.op : undefined;
    await writeSyncMeta(db, {
      newestSeen: newest,
      ...(newestOfDevice ? { deviceTimes: { ...meta.deviceTimes, [batch.deviceId]: newestOfDevice.at } } : {}),
      ...(batch.lastSeq !== null ? { cursor: { ...meta.cursor, [batch.deviceId]: batch.lastSeq } } : {}),
      ...(signedInEra !== meta.signedInEra ? { signedInEra } : {}),
    });
    return { applied: accepted.length, records: byRecord.size, erasedBlobIds: erased.blobIds, erasedRecords: erased.records };
  });
}

/**
 * After a batch is merged: carries out the erasures it brought, and scrubs what it brought
 * for people erased before (records merged and ops held back alike). See erasure.ts.
 */
async function scrubErased(db: PrDeskDb, merged: readonly SyncOp[], held: readonly SyncHeldRow[]): Promise<ScrubOutcome> {
  if ((await db.dataErasures.count()) === 0) return { blobIds: [], publishedSeqs: [], records: 0, targets: [] };
  const touched = [...merged, ...held.map((h) => h.item.op)].map((op) => ({ table: op.table, recordId: op.recordId }));
  const arrived = (await db.dataErasures.bulkGet(touched.filter((t) => t.table === 'dataErasures').map((t) => t.recordId))).filter((e) => e && !e.deleted);
  const targets: ErasureTarget[] = [];
  for (const erasure of arrived) if (erasure) targets.push(...(await erasureTargets(db, erasure.table, erasure.recordId)));
  targets.push(...(await erasedAmong(db, await erasedRoots(db), touched)));
  const outcome = await scrubTargets(db, targets);
  await notePendingRedaction(db, outcome, arrived.map((e) => e?.id ?? '').filter((id) => id !== ''));
  return outcome;
}

/**
 * Remembers, in the erasure's transaction, what is left to redact: on the share (at the next
 * sync) and in this computer's backups (at once, and at every sync until done).
 */
export async function notePendingRedaction(db: PrDeskDb, outcome: ScrubOutcome, erasureIds: readonly string[]): Promise<void> {
  if (outcome.records === 0 && erasureIds.length === 0) return;
  const meta = await readSyncMeta(db);
  const pending = meta.pendingRedaction;
  const backups = meta.pendingBackupRedaction;
  const targets = new Map([...(backups?.targets ?? []), ...outcome.targets].map((t) => [`${t.table}\u0000${t.recordId}`, t]));
  await writeSyncMeta(db, {
    pendingBackupRedaction: {
      erasureIds: [...new Set([...(backups?.erasureIds ?? []), ...erasureIds])],
      targets: [...targets.values()],
      blobIds: [...new Set([...(backups?.blobIds ?? []), ...outcome.blobIds])],
      round: (backups?.round ?? 0) + 1,
    },
    pendingRedaction: {
      seqs: [...new Set([...(pending?.seqs ?? []), ...outcome.publishedSeqs])].sort((a, b) => a - b),
      blobIds: [...new Set([...(pending?.blobIds ?? []), ...outcome.blobIds])],
      round: (pending?.round ?? 0) + 1,
    },
  });
}

/** Records with unresolved conflicts, with their current (folded) merge state. */
export async function recordsWithConflicts(db: PrDeskDb): Promise<SyncRecordRow[]> {
  const rows = (await db.syncRecords.where('hasConflicts').equals(1).toArray()).map(fromStored);
  const current = await Promise.all(rows.map((r) => currentSyncRecord(db, r.table, r.recordId)));
  return current.filter((r) => r.hasConflicts === 1);
}

/** After a local resolution: fold it in so the conflict list updates at once. */
export async function refreshSyncRecord(db: PrDeskDb, table: string, recordId: string): Promise<void> {
  await db.transaction('rw', db.syncRecords, db.outbox, async () => {
    const row = await currentSyncRecord(db, table, recordId);
    if (await db.syncRecords.get([table, recordId])) await db.syncRecords.put(toStored(row));
  });
}
