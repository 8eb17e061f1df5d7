import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { hasLegacyBlobs, moveLegacyBlobs } from './legacy-blobs';
import { SCHEMA_V9 } from './schema/v9';
import { reopenTestDb } from './test-db';

/** A synchronous stand-in for SHA-256 (test only): main's store names blobs by their bytes. */
const sha = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').padEnd(64, '0');

/** A version-9 database as the previous release left it: photo bytes inside IndexedDB. */
async function v9WithBlobs(name: string, blobs: Uint8Array[]) {
  const v9 = new Dexie(name);
  v9.version(9).stores(SCHEMA_V9);
  await v9.open();
  for (const data of blobs) await v9.table('blobs').put({ id: sha(data), mime: 'image/jpeg', size: data.byteLength, data, createdAt: '2025-01-15T03:00:00.000Z', uploaded: 1 });
  v9.close();
}

describe('moving photos out of IndexedDB (schema 9 → 10)', () => {
  it('hands every stored photo to main, then removes it from the database', async () => {
    const name = `pr-desk-legacy-${Date.now()}`;
    const photos = [new Uint8Array([0xff, 0xd8, 0xff, 1]), new Uint8Array([0xff, 0xd8, 0xff, 2]), new Uint8Array([0x89, 0x50, 0x4e, 0x47])];
    await v9WithBlobs(name, photos);
    const db = await reopenTestDb(name);
    expect(await hasLegacyBlobs(db)).toBe(true);

    const store = new Map<string, Uint8Array>();
    const progress: number[] = [];
    const outcome = await moveLegacyBlobs(
      db,
      (bytes) => {
        store.set(sha(bytes), bytes);
        return Promise.resolve(sha(bytes));
      },
      (p) => progress.push(p.done),
    );

    expect(outcome).toEqual({ moved: 3, damaged: [] });
    expect([...store.keys()].sort()).toEqual(photos.map(sha).sort());
    expect(await hasLegacyBlobs(db)).toBe(false);
    expect(progress.at(-1)).toBe(3);
    db.close();
  });

  it('keeps a row whose bytes no longer match its id, and a row main failed to store', async () => {
    const name = `pr-desk-legacy-bad-${Date.now()}`;
    await v9WithBlobs(name, [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])]);
    const db = await reopenTestDb(name);
    const [first, second] = await db.blobs.toCollection().primaryKeys();
    // Damage one row's bytes on disk.
    await db.blobs.update(first ?? '', { data: new Uint8Array([9, 9, 9]) });

    const outcome = await moveLegacyBlobs(db, (bytes) => Promise.resolve(sha(bytes)));
    expect(outcome.damaged).toEqual([first]);
    expect(await db.blobs.get(first ?? '')).toBeDefined();
    expect(await db.blobs.get(second ?? '')).toBeUndefined();

    // A failure in main (disk full) stops the move with the row still in place: nothing lost.
    await v9WithBlobs(`${name}-b`, [new Uint8Array([7])]);
    const other = await reopenTestDb(`${name}-b`);
    await expect(moveLegacyBlobs(other, () => Promise.reject(new Error('ENOSPC')))).rejects.toThrow('ENOSPC');
    expect(await other.blobs.count()).toBe(1);
    db.close();
    other.close();
  });
});
