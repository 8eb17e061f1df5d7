import { blobIdsOf } from '../../src-main/shared/blobs/blob-refs';
import { erasedFieldsOf, fieldReaches, personalTable, scrubValues, tablesReaching, type FieldReach } from '../../src-main/shared/pdpa/personal-fields';
import { scrubRecordState } from '../../src-main/shared/pdpa/scrub-state';
import { conflictsOf } from '../../src-main/shared/sync/merge';
import { otherReferents } from './blob-wants';
import type { PrDeskDb } from './db';
import { fromStored, toStored } from './sync-store';

/**
 * PDPA erasure as every workstation carries it out (DESIGN.md §8). An erasure is a synced
 * `dataErasures` record naming the person's own record (an intern, a complaint). Each
 * workstation that holds it scrubs, from that record and from every record reaching it
 * (personal-fields.ts), the tagged fields: in the records, in their merge state and its
 * losing values, in the change history (outbox) and in ops held back. The values written are
 * computed from the declaration alone, so every workstation ends with the same records
 * whatever order the erasure and the person's other records arrive in; a record that arrives
 * after the erasure (from a workstation that had not seen it) is scrubbed as it is merged.
 *
 * Runs inside the caller's read-write transaction over the synced tables, `syncRecords`,
 * `outbox`, `syncHeld` and `blobWants`, marked unlogged: scrubbing writes no new ops. The files
 * only the erased records used are returned, for the caller to remove from main's blob store
 * after the transaction (no IPC inside a Dexie transaction).
 */

export interface ErasureTarget {
  table: string;
  recordId: string;
  fields: readonly string[];
}

type Row = Record<string, unknown>;

function matchesWhen(row: Row, reach: FieldReach): boolean {
  return Object.entries(reach.when ?? {}).every(([key, value]) => row[key] === value);
}

/** Ids of `child` records whose reach field names `parentId`, by index where the table has one. */
async function childIds(db: PrDeskDb, child: string, reach: FieldReach, parentId: string): Promise<string[]> {
  const table = db.table<Row, string>(child);
  const indexes = table.schema.idxByName;
  const [whenKey] = Object.keys(reach.when ?? {});
  let rows: Row[];
  if (indexes[reach.field]) rows = await table.where(reach.field).equals(parentId).toArray();
  else if (whenKey && indexes[`[${whenKey}+${reach.field}]`]) rows = await table.where(`[${whenKey}+${reach.field}]`).equals([reach.when?.[whenKey], parentId] as never).toArray();
  else rows = await table.filter((row) => row[reach.field] === parentId).toArray();
  return rows.filter((row) => matchesWhen(row, reach)).map((row) => String(row.id));
}

/** A record about a person, and whether it belongs to an account erased whole (an intern's sign-in). */
export interface PersonRecord {
  table: string;
  recordId: string;
  wholeAccount: boolean;
}

/**
 * Every record about the person whose own record is `table`/`recordId`: that record, the
 * records naming it (and theirs, a work log's mission link), and the accounts it cascades to
 * (an intern's sign-in, with its children). What an erasure scrubs and an access export shows.
 */
export async function personRecords(db: PrDeskDb, table: string, recordId: string): Promise<PersonRecord[]> {
  const out: PersonRecord[] = [];
  const seen = new Set<string>();
  const visit = async (name: string, id: string, wholeAccount: boolean): Promise<void> => {
    const key = `${name}\u0000${id}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ table: name, recordId: id, wholeAccount });
    for (const { table: child, reach } of tablesReaching(name)) {
      for (const childId of await childIds(db, child, reach, id)) await visit(child, childId, wholeAccount);
    }
    const cascades = personalTable(name)?.cascade ?? [];
    if (cascades.length === 0) return;
    const row = await db.table<Row, string>(name).get(id);
    for (const cascade of cascades) {
      const other = row?.[cascade.field];
      if (typeof other === 'string' && other !== '') await visit(cascade.table, other, true);
    }
  };
  await visit(table, recordId, false);
  return out;
}

/** Every record an erasure of `table`/`recordId` reaches, with the fields it scrubs there. */
export async function erasureTargets(db: PrDeskDb, table: string, recordId: string): Promise<ErasureTarget[]> {
  return (await personRecords(db, table, recordId)).flatMap(({ table: name, recordId: id, wholeAccount }) => {
    const fields = erasedFieldsOf(name, wholeAccount);
    return fields.length > 0 ? [{ table: name, recordId: id, fields }] : [];
  });
}

/** Blob ids held in the erased fields of some values of `table`. */
function erasedBlobIds(table: string, values: Row | undefined, fields: readonly string[], into: Set<string>): void {
  if (!values) return;
  const only: Row = {};
  for (const name of fields) if (Object.hasOwn(values, name)) only[name] = values[name];
  for (const id of blobIdsOf(table, only)) into.add(id);
}

export interface ScrubOutcome {
  /** Files no record refers to any more: remove them from main's store. */
  blobIds: string[];
  /** Outbox seqs whose stored op changed and that this workstation already published. */
  publishedSeqs: number[];
  /** Records scrubbed (0: nothing of an erased person was here). */
  records: number;
  /** What was scrubbed where: this computer's backups are rewritten the same way. */
  targets: ErasureTarget[];
}

/** Scrubs the targets everywhere this workstation keeps them (see the module comment). */
export async function scrubTargets(db: PrDeskDb, targets: readonly ErasureTarget[]): Promise<ScrubOutcome> {
  const blobs = new Set<string>();
  const publishedSeqs: number[] = [];
  for (const { table, recordId, fields } of targets) {
    const records = db.table<Row, string>(table);
    const row = await records.get(recordId);
    erasedBlobIds(table, row, fields, blobs);
    const scrubbed = scrubValues(table, recordId, row, fields);
    if (row && scrubbed !== row) await records.put(scrubbed as Row);

    const stored = fromStored(await db.syncRecords.get([table, recordId]));
    if (stored) {
      for (const field of fields) for (const head of Object.values(stored.state.fields[field]?.heads ?? {})) erasedBlobIds(table, { [field]: head.value }, [field], blobs);
      const state = scrubRecordState(table, recordId, stored.state, fields);
      await db.syncRecords.put(toStored({ ...stored, state, hasConflicts: conflictsOf(state).length > 0 ? 1 : 0 }));
    }

    await db.outbox
      .where('[table+recordId]')
      .equals([table, recordId])
      .modify((op) => {
        erasedBlobIds(table, op.fields, fields, blobs);
        erasedBlobIds(table, op.before, fields, blobs);
        const opFields = scrubValues(table, recordId, op.fields, fields);
        const before = scrubValues(table, recordId, op.before, fields);
        if (opFields === op.fields && before === op.before) return;
        op.fields = opFields;
        op.before = before;
        if (op.published === 1 && op.seq !== undefined) publishedSeqs.push(op.seq);
      });
  }
  if (targets.length > 0) {
    const byKey = new Map(targets.map((t) => [`${t.table}\u0000${t.recordId}`, t]));
    await db.syncHeld.toCollection().modify((held) => {
      const op = held.item.op;
      const target = byKey.get(`${op.table}\u0000${op.recordId}`);
      if (target) held.item = { ...held.item, op: { ...op, fields: scrubValues(op.table, op.recordId, op.fields, target.fields) } };
    });
  }
  const stillUsed = await otherReferents(db, blobs);
  const blobIds = [...blobs].filter((id) => !stillUsed.has(id));
  if (blobIds.length > 0) await db.blobWants.bulkDelete(blobIds);
  return { blobIds, publishedSeqs, records: targets.length, targets: [...targets] };
}

/** Carries out erasure records: every record they reach, scrubbed (idempotent). */
export async function applyErasures(db: PrDeskDb, erasures: readonly { table: string; recordId: string }[]): Promise<ScrubOutcome> {
  const targets: ErasureTarget[] = [];
  for (const erasure of erasures) targets.push(...(await erasureTargets(db, erasure.table, erasure.recordId)));
  return scrubTargets(db, targets);
}

/**
 * The erased persons' own records, by table (id → whole account?): the erasures' subjects,
 * and the accounts they cascade to. Read once per pulled batch.
 */
export async function erasedRoots(db: PrDeskDb): Promise<Map<string, Map<string, boolean>>> {
  const roots = new Map<string, Map<string, boolean>>();
  const add = (table: string, id: string, whole: boolean) => {
    const ids = roots.get(table) ?? new Map<string, boolean>();
    ids.set(id, whole || (ids.get(id) ?? false));
    roots.set(table, ids);
  };
  for (const erasure of await db.dataErasures.toArray()) {
    if (erasure.deleted) continue;
    add(erasure.table, erasure.recordId, false);
    const cascades = personalTable(erasure.table)?.cascade ?? [];
    if (cascades.length === 0) continue;
    const row = await db.table<Row, string>(erasure.table).get(erasure.recordId);
    for (const cascade of cascades) {
      const other = row?.[cascade.field];
      if (typeof other === 'string' && other !== '') add(cascade.table, other, true);
    }
  }
  return roots;
}

/**
 * Of records just merged, those an earlier erasure reaches (a work log another workstation
 * wrote before it saw the erasure), found by following each record's reach up to its person.
 */
export async function erasedAmong(db: PrDeskDb, roots: Map<string, Map<string, boolean>>, touched: readonly { table: string; recordId: string }[]): Promise<ErasureTarget[]> {
  if (roots.size === 0) return [];
  const out: ErasureTarget[] = [];
  for (const { table, recordId } of touched) {
    if (!personalTable(table)?.reach) continue;
    let name = table;
    let id = recordId;
    for (let depth = 0; depth < 8; depth += 1) {
      const whole = roots.get(name)?.get(id);
      if (whole !== undefined) {
        out.push({ table, recordId, fields: erasedFieldsOf(table, whole) });
        break;
      }
      const reaches = fieldReaches(personalTable(name)?.reach);
      if (reaches.length === 0) break;
      const row = await db.table<Row, string>(name).get(id);
      const reach = row && reaches.find((r) => matchesWhen(row, r));
      const parent = reach ? row[reach.field] : undefined;
      if (!reach || typeof parent !== 'string') break;
      name = reach.table;
      id = parent;
    }
  }
  return out.filter((t) => t.fields.length > 0);
}
