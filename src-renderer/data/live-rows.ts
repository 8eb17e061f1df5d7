import type { EntityTable, IDType } from 'dexie';

/**
 * The rows of a table that are not deleted. Deleting keeps a tombstone (DESIGN.md §3: sync
 * needs it), so every list reads through this instead of filtering `!deleted` by hand.
 */
export async function liveRows<T extends { id: string; deleted: boolean }>(table: EntityTable<T, 'id'>): Promise<T[]> {
  return (await table.toArray()).filter((row): row is T => !row.deleted);
}

/** One row by id, or undefined when it does not exist or is deleted. */
export async function liveRow<T extends { id: string; deleted: boolean }>(table: EntityTable<T, 'id'>, id: string): Promise<T | undefined> {
  const row = await table.get(id as IDType<T, 'id'>);
  return row && !row.deleted ? row : undefined;
}
