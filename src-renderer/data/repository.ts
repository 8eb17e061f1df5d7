import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { ENVELOPE_KEYS, type WithEnvelope } from '../../src-main/shared/domain/envelope';
import type { PrDeskDb } from './db';
import { readHistory, type HistoryEntry } from './history';
import type { SyncedTableName } from './schema';

export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`No ${table} record ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

export interface Repository<T extends object> {
  create(data: T): Promise<WithEnvelope<T>>;
  /** For records with a fixed id, such as the office profile. */
  createWithId(id: string, data: T): Promise<WithEnvelope<T>>;
  /** Validates the merged record; writes (and logs) only the fields that changed. */
  update(id: string, patch: Partial<T>): Promise<WithEnvelope<T>>;
  /** Tombstone: the record disappears from lists but is never destroyed. */
  remove(id: string): Promise<WithEnvelope<T>>;
  restore(id: string): Promise<WithEnvelope<T>>;
  get(id: string): Promise<WithEnvelope<T> | undefined>;
  list(options?: { includeDeleted?: boolean }): Promise<WithEnvelope<T>[]>;
  history(id: string): Promise<HistoryEntry[]>;
}

/** A stored record's business fields: what a form edits and the repository validates. */
export function withoutEnvelope<T extends object>(record: WithEnvelope<T>): T {
  const copy: Record<string, unknown> = { ...record };
  for (const key of ENVELOPE_KEYS) delete copy[key];
  return copy as T;
}

/**
 * Create and update of one synced table, as most forms write it: the form's values go through
 * the table's repository (`repo`, such as agencyRepo), opened afresh for each write.
 */
export function createAndUpdate<T extends object>(db: PrDeskDb, repo: (db: PrDeskDb) => Repository<T>) {
  return {
    create: (values: T) => repo(db).create(values),
    update: (id: string, patch: Partial<T>) => repo(db).update(id, patch),
  };
}

/**
 * A feature's access to one synced table. The envelope (ids, who/when, clocks) and the
 * outbox op are handled by the DBCore middleware underneath, so this only validates and
 * shapes data; raw table writes get the same treatment.
 */
export function createRepository<T extends object>(
  db: PrDeskDb,
  tableName: SyncedTableName,
  schema: z.ZodType<T>,
): Repository<T> {
  const table = db.table<WithEnvelope<T>, string>(tableName);

  async function mustGet(id: string): Promise<WithEnvelope<T>> {
    const record = await table.get(id);
    if (!record) throw new RecordNotFoundError(tableName, id);
    return record;
  }

  async function insert(id: string, data: T): Promise<WithEnvelope<T>> {
    const parsed = schema.parse(data);
    const now = db.writer.now().toISOString();
    const actor = db.writer.getActor();
    await table.add({
      ...parsed,
      id,
      createdAt: now,
      createdBy: actor,
      updatedAt: now,
      updatedBy: actor,
      deleted: false,
      clocks: {},
    });
    return mustGet(id);
  }

  async function setDeleted(id: string, deleted: boolean): Promise<WithEnvelope<T>> {
    return db.transaction('rw', table, async () => {
      const current = await mustGet(id);
      if (current.deleted === deleted) return current;
      await table.put({ ...current, deleted });
      return mustGet(id);
    });
  }

  return {
    create: (data) => insert(uuidv7(), data),
    createWithId: insert,
    update: (id, patch) =>
      db.transaction('rw', table, async () => {
        const current = await mustGet(id);
        const merged = schema.parse({ ...withoutEnvelope(current), ...patch });
        await table.put({ ...current, ...merged });
        return mustGet(id);
      }),
    remove: (id) => setDeleted(id, true),
    restore: (id) => setDeleted(id, false),
    get: (id) => table.get(id),
    async list({ includeDeleted = false } = {}) {
      const all = await table.toArray();
      return includeDeleted ? all : all.filter((r) => !r.deleted);
    },
    history: (id) => readHistory(db, tableName, id),
  };
}
