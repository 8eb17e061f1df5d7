import { describe, expect, it } from 'vitest';
import { erasureRecordSchema } from '../../src-main/shared/pdpa/erasure-records';
import { erasePerson } from './erase-person';
import { replayErasures, type ErasureReplayClient } from './erasure-replay';
import { institutionRepo, internRepo } from './internship-repo';
import { readSyncMeta } from './sync-store';
import { TEST_INSTITUTION, openTestDb, testIntern } from './test-db';

const PHOTO = 'a'.repeat(64);

async function officeWithIntern(photoBlobId: string | null = PHOTO) {
  const { db } = await openTestDb();
  const institution = await institutionRepo(db).create(TEST_INSTITUTION);
  const intern = await internRepo(db).create(testIntern(institution.id, { phone: '0861234579', photoBlobId }));
  return { db, intern };
}

describe('replaying the erasure ledger after a restore', () => {
  it('erases again a person the restored backup predates, puts the erasure record back and removes the photo', async () => {
    // The ledger's erasure, as another copy of the office carried it out.
    const elsewhere = await officeWithIntern();
    await erasePerson(elsewhere.db, { table: 'interns', recordId: elsewhere.intern.id, reason: 'ครบกำหนดเก็บรักษา' });
    const [erasure] = await elsewhere.db.dataErasures.toArray();
    const ledger = [erasureRecordSchema.parse(erasure)];

    // This workstation, restored from a backup taken before the erasure: the intern is back.
    const { db, intern } = await officeWithIntern(null);
    await db.interns.put({ ...intern, id: elsewhere.intern.id, photoBlobId: PHOTO });
    const erased: string[] = [];
    let rebuildsAsked = 0;
    const main: ErasureReplayClient = {
      databasePurgeWant: () => Promise.resolve({ wanted: (rebuildsAsked += 1) > 0, rebuildFrom: null }),
      backupErasureLedger: () => Promise.resolve({ erasures: ledger }),
      blobErase: ({ ids }) => {
        erased.push(...ids);
        return Promise.resolve({ erased: ids.length });
      },
    };
    const outcome = await replayErasures(db, main);
    expect(outcome?.records).toBeGreaterThan(0);
    expect(await db.interns.get(elsewhere.intern.id)).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', phone: '', photoBlobId: null });
    expect(await db.dataErasures.get(ledger[0]!.id)).toMatchObject({ table: 'interns', recordId: elsewhere.intern.id });
    expect(erased).toEqual([PHOTO]);
    // The restore wrote her into the database files first: they are rebuilt at the next start.
    expect(rebuildsAsked).toBe(1);
    // The share and this computer's backups are redacted at the next sync.
    expect((await readSyncMeta(db)).pendingBackupRedaction?.targets.length).toBeGreaterThan(0);
  });

  it('does nothing when this computer never erased anyone', async () => {
    const { db } = await officeWithIntern();
    const main: ErasureReplayClient = {
      backupErasureLedger: () => Promise.resolve({ erasures: [] }),
      blobErase: () => Promise.reject(new Error('not called')),
      databasePurgeWant: () => Promise.reject(new Error('not called')),
    };
    expect(await replayErasures(db, main)).toBeNull();
  });
});
