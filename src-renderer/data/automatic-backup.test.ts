import { describe, expect, it } from 'vitest';
import type { BackupClient } from './backup';
import { localSettings } from './local-settings';
import { openTestDb } from './test-db';
import { backupIfDue } from './automatic-backup';

/** Main's backup channels, recording which backups were committed. */
function recordingMain() {
  const committed: string[] = [];
  const main: BackupClient = {
    backupBegin: ({ reason }) => Promise.resolve({ token: `0190a000-0000-7000-8000-${String(committed.length).padStart(12, '0')}-${reason}`.slice(0, 36) }),
    backupWriteRows: () => Promise.resolve({ written: true }),
    backupReuseTable: () => Promise.resolve({ reused: false, rows: 0 }),
    backupCopyBlobs: () => Promise.resolve({ done: 0, total: 0, bytes: 0, finished: true }),
    backupCommit: ({ token }) => {
      committed.push(token);
      return Promise.resolve({ name: '000001-daily', seq: 1, reason: 'daily', createdAt: '', recordBytes: 0, blobCount: 0, blobBytes: 0 });
    },
    backupAbort: () => Promise.resolve({ aborted: true }),
  };
  const swept: number[] = [];
  const gc = {
    blobCollectGarbage: ({ final }: { final: boolean }) => {
      if (final) swept.push(committed.length);
      return Promise.resolve({ removed: 0, freedBytes: 0 });
    },
  };
  return { main, committed, gc, swept };
}

describe('the daily backup', () => {
  it('runs once a day', async () => {
    const { db } = await openTestDb();
    const { main, committed, gc, swept } = recordingMain();
    const day = new Date('2026-12-05T01:00:00Z');
    expect(await backupIfDue(db, day, main, gc)).toBe(true);
    expect(await backupIfDue(db, new Date(day.getTime() + 60_000), main, gc)).toBe(false);
    expect(await backupIfDue(db, new Date('2026-12-06T02:00:00Z'), main, gc)).toBe(true);
    expect(committed).toHaveLength(2);
    // Unused files are swept after each daily backup has its copies, never before.
    expect(swept).toEqual([1, 2]);
  });

  it('still runs after the clock was once set to 2027 and put back', async () => {
    const { db } = await openTestDb();
    const { main, gc } = recordingMain();
    await localSettings(db).set('lastDailyBackupAt', '2027-06-01T01:00:00.000Z');
    expect(await backupIfDue(db, new Date('2026-12-05T01:00:00Z'), main, gc)).toBe(true);
    expect(await localSettings(db).get('lastDailyBackupAt')).toBe('2026-12-05T01:00:00.000Z');
  });
});
