import { describe, expect, it } from 'vitest';
import { staffRepo } from './staff-repo';
import { SOMCHAI, openTestDb, reopenTestDb } from './test-db';

const TABLES = ['staff', 'outbox', 'tasks'];

describe('backup change tokens', () => {
  it('gives a table a new token on its first write after a snapshot, in the same transaction, and keeps it across a reopen', async () => {
    const { db } = await openTestDb();
    const empty = db.changes.snapshot(TABLES);
    expect(empty).toEqual({ staff: '', outbox: '', tasks: '' });

    await staffRepo(db).create(SOMCHAI);
    const afterWrite = db.changes.snapshot(TABLES);
    expect(afterWrite.staff).not.toBe('');
    expect(afterWrite.outbox).not.toBe(''); // the outbox row written beside it is seen too
    expect(afterWrite.tasks).toBe('');
    expect(db.changes.snapshot(TABLES)).toEqual(afterWrite); // nothing written since

    // Reopened (the app restarted): the tokens on disk are the ones the snapshot saw.
    db.close();
    const again = await reopenTestDb(db.name);
    expect(again.changes.snapshot(TABLES)).toEqual(afterWrite);
    again.close();
  });

  it('leaves the token on disk as it was when the write is rolled back', async () => {
    const { db } = await openTestDb();
    await staffRepo(db).create(SOMCHAI);
    const before = db.changes.snapshot(TABLES);
    await expect(
      db.transaction('rw', db.staff, async () => {
        await staffRepo(db).create({ ...SOMCHAI, firstName: 'ยกเลิก' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.staff.count()).toBe(1);
    // In memory the table looks changed (a backup reads it again: the safe side)…
    expect(db.changes.snapshot(TABLES).staff).not.toBe(before.staff);
    // …and on disk the token still describes the data on disk.
    db.close();
    const again = await reopenTestDb(db.name);
    expect(again.changes.snapshot(TABLES).staff).toBe(before.staff);
    again.close();
  });
});
