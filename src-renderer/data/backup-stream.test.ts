import { describe, expect, it } from 'vitest';
import { countNdjsonLines } from '../../src-main/shared/text/ndjson-bytes';
import { streamBackup, type BackupClient } from './backup';
import { staffRepo } from './staff-repo';
import { SOMCHAI, openTestDb } from './test-db';

type WriteInput = Parameters<BackupClient['backupWriteRows']>[0];

/**
 * A main process whose part writes finish only when the test lets them: to see how many the
 * backup sends before it waits, and that it commits only after every one is written.
 */
function slowMain() {
  const pending: { input: WriteInput; finish: () => void; fail: (error: Error) => void }[] = [];
  const written: WriteInput[] = [];
  const events: string[] = [];
  let maxInFlight = 0;
  const main: BackupClient = {
    backupBegin: () => Promise.resolve({ token: 't' }),
    backupReuseTable: () => Promise.resolve({ reused: false, rows: 0 }),
    backupCopyBlobs: () => Promise.resolve({ done: 0, total: 0, bytes: 0, finished: true }),
    backupWriteRows: (input) =>
      new Promise((resolve, reject) => {
        pending.push({
          input,
          finish: () => {
            written.push(input);
            events.push(`written ${input.table}.${input.part}`);
            resolve({ written: true });
          },
          fail: reject,
        });
        maxInFlight = Math.max(maxInFlight, pending.length);
      }),
    backupCommit: () => {
      events.push('commit');
      return Promise.resolve({ name: 'b', seq: 1, reason: 'manual', createdAt: '', schemaVersion: 1, recordBytes: 0, blobCount: 0, blobBytes: 0 } as never);
    },
    backupAbort: () => {
      events.push('abort');
      return Promise.resolve({ removed: true } as never);
    },
  };
  /** Lets the oldest write finish (or fail), then gives the backup a moment to go on. */
  const release = async (error?: Error) => {
    const next = pending.shift();
    if (!next) return false;
    if (error) next.fail(error);
    else next.finish();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return true;
  };
  return { main, pending, written, events, release, maxInFlight: () => maxInFlight };
}

/** An office whose local settings need several parts (long rows, small chunks). */
async function officeOfManyParts() {
  const { db } = await openTestDb();
  await staffRepo(db).create(SOMCHAI);
  const long = 'ก'.repeat(400_000); // 1.2 MB in UTF-8: three rows fill a 4 MB part
  await db.localSettings.bulkPut(Array.from({ length: 12 }, (_, i) => ({ key: `note-${i}`, value: long })));
  return db;
}

describe('streamed backup: parts on their way to main', () => {
  it('sends a few parts before waiting for main, never more than three, and commits only after every part is written', async () => {
    const db = await officeOfManyParts();
    const fake = slowMain();
    const backup = streamBackup(db, { reason: 'manual', keep: 3, main: fake.main, chunkRows: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Three parts out, none written yet: the backup waits for the first before sending a fourth.
    expect(fake.pending).toHaveLength(3);
    while (await fake.release());
    await backup;
    expect(fake.maxInFlight()).toBe(3);
    expect(fake.events.at(-1)).toBe('commit');
    // Every row is in exactly one part, parts numbered 0..n-1 per table.
    const settingParts = fake.written.filter((w) => w.table === 'localSettings');
    expect(settingParts.length).toBeGreaterThanOrEqual(4);
    expect(settingParts.map((w) => w.part)).toEqual(settingParts.map((_, i) => i));
    expect(settingParts.reduce((sum, w) => sum + countNdjsonLines(w.ndjsonUtf8), 0)).toBe(12);
    expect(fake.written.filter((w) => w.table === 'staff').reduce((sum, w) => sum + w.rows, 0)).toBe(1);
  });

  it('a part main could not write aborts the backup, even with later parts still on their way', async () => {
    const db = await officeOfManyParts();
    const fake = slowMain();
    const backup = streamBackup(db, { reason: 'manual', keep: 3, main: fake.main, chunkRows: 2 });
    backup.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await fake.release(new Error('ENOSPC'));
    await expect(backup).rejects.toThrow('ENOSPC');
    expect(fake.events).toContain('abort');
    expect(fake.events).not.toContain('commit');
  });
});
