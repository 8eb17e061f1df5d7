import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { HlcClock } from '../../src-main/shared/sync/hlc';
import { newestBase } from '../../src-main/shared/sync/merge';
import { changedFields } from './record-diff';
import { CURRENT_SCHEMA_VERSION, OUTBOX_TABLE, isSyncedTable } from './schema';
import type { OpKind, OutboxOp } from './types';
import { authorizeWrites, withRuleLookups, type ActingSource } from './write-permission';

/** Who and where a write comes from, read at the moment of each write. */
export interface WriterContext {
  deviceId: string;
  getActor: () => string;
  /** The signed-in person and role, for the write rules (write-permission.ts). */
  acting: ActingSource;
  now: () => Date;
  clock: HlcClock;
}

export class HardDeleteError extends Error {
  constructor(table: string) {
    super(`Records in "${table}" are never hard-deleted: mark them deleted (tombstone) instead.`);
    this.name = 'HardDeleteError';
  }
}

type Row = Record<string, unknown>;

/**
 * Transactions that write merged remote state or restore a backup. Their writes are already
 * in some op log (or are the log), so they must not produce new ops or new stamps.
 */
const unloggedTransactions = new WeakSet<object>();

export function markUnlogged(idbTransaction: object): void {
  unloggedTransactions.add(idbTransaction);
}

/**
 * What a conflict resolution adds to an ordinary write (stripped before storing):
 * `extraBases` names the conflicting stamps it settles; `force` logs the listed fields even
 * when their value is unchanged ("keep the current value" is still a decision to sync).
 */
export const SYNC_DIRECTIVE = '__syncDirective';
export interface SyncDirective {
  extraBases?: Record<string, string[]>;
  force?: string[];
}

function kindOf(before: Row | undefined, after: Row): OpKind {
  if (!before) return 'create';
  if (before.deleted !== true && after.deleted === true) return 'delete';
  if (before.deleted === true && after.deleted !== true) return 'restore';
  return 'update';
}

/** Applies Dexie's `{ 'a.b': value }` change specs (from Table.update / Collection.modify). */
function applyChangeSpec(row: Row, spec: Record<string, unknown>): Row {
  const next: Row = structuredClone(row);
  for (const [path, value] of Object.entries(spec)) {
    const parts = path.split('.');
    let target: Row = next;
    for (const part of parts.slice(0, -1)) {
      target[part] = typeof target[part] === 'object' && target[part] !== null ? target[part] : {};
      target = target[part] as Row;
    }
    const last = parts[parts.length - 1] ?? path;
    if (value === undefined) delete target[last];
    else target[last] = value;
  }
  return next;
}

/**
 * Every write to a synced table appends an operation to the outbox IN THE SAME TRANSACTION
 * (DESIGN.md §4), here at the DBCore level so no feature — repository or raw table call —
 * can bypass it. It also stamps the envelope: who/when, per-field HLC clocks. Read-write
 * transactions that touch a synced table are widened to include the outbox.
 */
export function createOutboxMiddleware(writer: WriterContext): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'pr-desk-outbox',
    create(down) {
      const outbox = down.table(OUTBOX_TABLE);
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode !== 'readwrite' || !stores.some(isSyncedTable)) return down.transaction(stores, mode, options);
          const widened = withRuleLookups(stores.includes(OUTBOX_TABLE) ? stores : [...stores, OUTBOX_TABLE]);
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          return { ...table, mutate: (req) => mutateWithOutbox(down, table, outbox, writer, req) };
        },
      };
    },
  };
}

async function mutateWithOutbox(
  core: DBCore,
  table: DBCoreTable,
  outbox: DBCoreTable,
  writer: WriterContext,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const trans: DBCoreTransaction = req.trans;
  if (unloggedTransactions.has(trans)) return table.mutate(req);
  if (req.type === 'delete' || req.type === 'deleteRange') throw new HardDeleteError(table.name);

  const keyPath = table.schema.primaryKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`Synced table ${table.name} needs an inline string key`);

  // Work out the full new rows: Table.update / Collection.modify may send only change specs.
  let values: Row[];
  if (req.type === 'put' && req.updates && (!req.values || req.values.length === 0)) {
    const olds = (await table.getMany({ trans, keys: req.updates.keys })) as (Row | undefined)[];
    values = [];
    req.updates.keys.forEach((_key, i) => {
      const old = olds[i];
      if (old) values.push(applyChangeSpec(old, req.updates?.changeSpecs[i] ?? {}));
    });
  } else {
    values = req.values.map((v) => structuredClone(v as Row));
  }

  const keys = values.map((v) => v[keyPath]);
  if (keys.some((k) => typeof k !== 'string' || k.length === 0)) {
    throw new Error(`Every ${table.name} record needs its id before it is written`);
  }
  const befores = (await table.getMany({ trans, keys })) as (Row | undefined)[];
  await authorizeWrites(
    core,
    trans,
    writer.acting,
    writer.now(),
    table.name,
    values.flatMap((value, i) => {
      const { [SYNC_DIRECTIVE]: _directive, ...after } = value;
      const before = befores[i];
      return !before || changedFields(before, after).length > 0 ? [{ before, after }] : [];
    }),
  );

  const actor = writer.getActor();
  const at = writer.now().toISOString();
  const ops: OutboxOp[] = [];
  const rows: Row[] = [];

  values.forEach((withDirective, i) => {
    const { [SYNC_DIRECTIVE]: directiveValue, ...after } = withDirective;
    const directive = (directiveValue ?? {}) as SyncDirective;
    const before = befores[i];
    if (req.type === 'add' && before) {
      rows.push(after); // IndexedDB rejects the duplicate below and the transaction aborts
      return;
    }
    const changed = [...new Set([...changedFields(before, after), ...(directive.force ?? [])])].sort();
    if (before && changed.length === 0) {
      rows.push(before); // nothing changed: keep the stored row untouched
      return;
    }
    const clocks: Record<string, string> = { ...((before?.clocks as Record<string, string> | undefined) ?? {}) };
    const fields: Row = {};
    const previous: Row = {};
    const kind = kindOf(before, { ...after, deleted: after.deleted === true });
    const seenClocks = (before?.clocks as Record<string, string> | undefined) ?? {};
    // What this write knowingly replaces (see shared/sync/merge.ts): the changed fields' old
    // stamps, the `deleted` stamp it saw, and for a delete or restore the whole record.
    const bases: Record<string, string[]> = {};
    const baseFields = kind === 'delete' || kind === 'restore' ? Object.keys(seenClocks) : [...changed, 'deleted'];
    for (const field of baseFields) {
      const seen = seenClocks[field];
      if (seen) bases[field] = [seen];
    }
    for (const [field, stamps] of Object.entries(directive.extraBases ?? {})) {
      bases[field] = [...new Set([...(bases[field] ?? []), ...stamps])].sort();
    }
    // Stamped after everything it replaces (issue 18): an edit of a value written under a clock
    // that was ahead wins over it, as the writer meant, without moving our clock ahead.
    const hlc = writer.clock.tick(newestBase(bases) || undefined);
    for (const field of changed) {
      clocks[field] = hlc;
      fields[field] = after[field];
      if (before) previous[field] = before[field];
    }
    const row: Row = {
      ...after,
      createdAt: before?.createdAt ?? after.createdAt ?? at,
      // Whoever creates a record is its author (the write rules' "nobody approves their own
      // work" reads it): a write cannot name someone else.
      createdBy: before?.createdBy ?? actor,
      updatedAt: at,
      updatedBy: actor,
      deleted: after.deleted === true,
      clocks,
    };
    rows.push(row);
    ops.push({
      opId: uuidv7(),
      table: table.name,
      recordId: String(after[keyPath]),
      kind,
      fields,
      bases,
      before: previous,
      hlc,
      actor,
      deviceId: writer.deviceId,
      at,
      published: 0,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
  });

  const { updates: _updates, ...rest } = req.type === 'put' ? req : { ...req, updates: undefined };
  const result = await table.mutate({ ...rest, values: rows, keys });
  if (result.numFailures > 0) return result; // the transaction aborts; the ops go with it
  if (ops.length > 0) await outbox.mutate({ type: 'add', trans, values: ops });
  return result;
}
