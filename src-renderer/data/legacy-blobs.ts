import type { PrDeskDb } from './db';

export interface LegacyBlobProgress {
  done: number;
  total: number;
}

export interface LegacyBlobOutcome {
  moved: number;
  /** Rows whose bytes no longer hash to their id: kept in IndexedDB, never silently dropped. */
  damaged: string[];
}

/**
 * Up to schema 9 photos and attachments were bytes in IndexedDB (the `blobs` table). Now they
 * are files in main's blob store (DESIGN.md §4). An IndexedDB upgrade cannot wait for IPC, so
 * this runs right after the database opens: one row at a time (a ten-year office never loads
 * all its photos at once), each handed to main and deleted only once main has stored it under
 * the same SHA-256. A crash in between repeats that row next time; storing is idempotent.
 */
export async function moveLegacyBlobs(
  db: PrDeskDb,
  put: (bytes: Uint8Array) => Promise<string>,
  onProgress: (progress: LegacyBlobProgress) => void = () => {},
): Promise<LegacyBlobOutcome> {
  const ids = await db.blobs.toCollection().primaryKeys();
  const outcome: LegacyBlobOutcome = { moved: 0, damaged: [] };
  for (const [i, id] of ids.entries()) {
    onProgress({ done: i, total: ids.length });
    const row = await db.blobs.get(id);
    if (!row) continue;
    const stored = await put(new Uint8Array(row.data));
    if (stored !== id) {
      outcome.damaged.push(id);
      continue;
    }
    await db.blobs.delete(id);
    outcome.moved += 1;
  }
  onProgress({ done: ids.length, total: ids.length });
  return outcome;
}

/** True when rows are still waiting to move (cheap: the app checks it at every start). */
export async function hasLegacyBlobs(db: PrDeskDb): Promise<boolean> {
  return (await db.blobs.count()) > 0;
}
