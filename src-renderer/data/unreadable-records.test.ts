import { liveQuery, type DBCoreCursor } from 'dexie';
import { describe, expect, it } from 'vitest';
import { checkStoredRecord } from './read-check';
import { staffRepo } from './staff-repo';
import { admittingCursor } from './live-read-filter';
import { SOMCHAI, openTestDb } from './test-db';

/** The first answer of a live query: what a screen (useLiveQuery) would get. */
function firstLive<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        subscription.unsubscribe();
        resolve(value);
      },
      error: reject,
    });
  });
}

describe('checkStoredRecord', () => {
  const good = { id: 'a1', ...SOMCHAI, deleted: false };

  it('accepts a record that matches its table', () => {
    expect(checkStoredRecord('staff', good)).toBeNull();
  });

  it('names the field that has the wrong type or is missing', () => {
    expect(checkStoredRecord('staff', { ...good, firstName: 42 })).toEqual({ reason: 'bad-field', field: 'firstName' });
    const { lastName: _dropped, ...missing } = good;
    expect(checkStoredRecord('staff', missing)).toEqual({ reason: 'bad-field', field: 'lastName' });
  });

  it('rejects prototype keys, non-objects and records without an id', () => {
    expect(checkStoredRecord('staff', JSON.parse(`{"id":"a1","__proto__":{"x":1}}`))).toMatchObject({ reason: 'forbidden-key' });
    expect(checkStoredRecord('staff', { ...good, toString: 'x' })).toMatchObject({ reason: 'forbidden-key', field: 'toString' });
    expect(checkStoredRecord('staff', 'text')).toEqual({ reason: 'not-an-object' });
    expect(checkStoredRecord('staff', { ...good, id: 7 })).toEqual({ reason: 'bad-id' });
  });

  it('leaves tables it does not know alone', () => {
    expect(checkStoredRecord('outbox', { anything: true })).toBeNull();
  });
});

describe('quarantine on read', () => {
  async function withBadRecord() {
    const { db } = await openTestDb();
    const good = await staffRepo(db).create(SOMCHAI);
    // Planted below the repositories, as a damaged restore or an old bug would leave it.
    await db.staff.put({ ...good, id: 'bad-1', firstName: { nested: 'object' } as unknown as string });
    return { db, good };
  }

  it('screens (live queries) get the good records only, through every read path', async () => {
    const { db, good } = await withBadRecord();
    expect((await firstLive(() => db.staff.toArray())).map((s) => s.id)).toEqual([good.id]);
    expect((await firstLive(() => db.staff.filter(() => true).toArray())).map((s) => s.id)).toEqual([good.id]);
    expect((await firstLive(() => db.staff.orderBy('id').reverse().toArray())).map((s) => s.id)).toEqual([good.id]);
    expect(await firstLive(() => db.staff.get('bad-1'))).toBeUndefined();
    expect((await firstLive(() => db.staff.bulkGet(['bad-1', good.id]))).map((s) => s?.id)).toEqual([undefined, good.id]);
    const seen: string[] = [];
    await firstLive(() => db.staff.each((s) => void seen.push(s.id)));
    expect(seen).toEqual([good.id]);
  });

  it('counts each bad record once, with its table, id and field, and forgets it once repaired', async () => {
    const { db, good } = await withBadRecord();
    await firstLive(() => db.staff.toArray());
    await firstLive(() => db.staff.toArray());
    expect(db.unreadable.list()).toEqual([{ table: 'staff', id: 'bad-1', reason: 'bad-field', field: 'firstName' }]);
    await db.staff.put({ ...good, id: 'bad-1' });
    await firstLive(() => db.staff.toArray());
    expect(db.unreadable.list()).toEqual([]);
  });

  it('a record checked once is not parsed again, yet a later change of type under the same id and time is still caught', async () => {
    const { db, good } = await withBadRecord();
    await firstLive(() => db.staff.toArray());
    // Same updatedAt and clocks, as a write below the repositories would leave them.
    await db.staff.put({ ...good, lastName: ['ไม่ใช่', 'ข้อความ'] as unknown as string });
    expect((await firstLive(() => db.staff.toArray())).map((s) => s.id)).toEqual([]);
    expect(db.unreadable.list().map((r) => r.id).sort()).toEqual(['bad-1', good.id].sort());
  });

  it('reads outside a live query (backup, snapshot, photo sweep) still see every record', async () => {
    const { db } = await withBadRecord();
    expect(await db.staff.count()).toBe(2);
    expect((await db.staff.toArray()).map((s) => s.id).sort()).toContain('bad-1');
    expect(await db.staff.get('bad-1')).toBeDefined();
  });
});

/**
 * A cursor with the native IDBCursor's brand checks: its getters and methods read a private
 * field, so they throw a TypeError when `this` is not the cursor itself (what Chromium does).
 */
class BrandCheckedCursor {
  readonly #values: unknown[];
  #at = 0;
  #onNext: (() => void) | null = null;
  done = false;
  constructor(values: unknown[]) {
    this.#values = values;
  }
  get value(): unknown {
    return this.#values[this.#at];
  }
  get key(): number {
    return this.#at;
  }
  get primaryKey(): number {
    return this.#at;
  }
  continue(): void {
    this.#at += 1;
    if (this.#at < this.#values.length) this.#onNext?.();
    else this.done = true;
  }
  start(onNext: () => void): Promise<void> {
    this.#onNext = onNext;
    if (this.#values.length > 0) onNext();
    else this.done = true;
    return Promise.resolve();
  }
}

describe('admittingCursor', () => {
  it('steps over refused values and keeps the native cursor\'s getters and methods working (failed with Object.create: "Illegal invocation")', async () => {
    const native = new BrandCheckedCursor(['good-1', 'bad', 'good-2']);
    const cursor = admittingCursor(native as unknown as DBCoreCursor, (value) => value !== 'bad');
    const seen: unknown[] = [];
    await cursor.start(() => {
      seen.push(cursor.value);
      expect(cursor.key).toBe(cursor.primaryKey);
      cursor.continue();
    });
    expect(seen).toEqual(['good-1', 'good-2']);
    expect(native.done).toBe(true);
  });
});
