import { describe, expect, it } from 'vitest';
import type { SyncOp } from '../../src-main/shared/sync/sync-op';
import type { SequencedOp } from '../../src-main/shared/sync/transport';
import { addBlobWants, otherReferents, scanBlobReferencesOnce, wantsOfOps } from './blob-wants';
import { applyRemoteBatch } from './sync-store';
import { openTestDb, testBlobId as id } from './test-db';

const OTHER = '0190a000-0000-7000-8000-0000000000d2';

function op(table: string, recordId: string, fields: Record<string, unknown>, n: number): SyncOp {
  return {
    opId: `op-${n}`,
    table,
    recordId,
    kind: 'create',
    hlc: `${String(1_735_000_000_000 + n).padStart(13, '0')}-0000-${OTHER}`,
    fields,
    bases: {},
    actor: 'staff-2',
    deviceId: OTHER,
    at: '2025-01-15T03:00:00.000Z',
    schemaVersion: 1,
  };
}

describe('blob wants', () => {
  it('finds files in nested lists of ops, as blob-refs.ts declares them', () => {
    const wants = wantsOfOps([
      op('pressReleases', 'r1', { photos: [{ blobId: id(1), thumbBlobId: id(2) }] }, 1),
      op('tasks', 't1', { attachments: [{ blobId: id(3), name: 'ก.pdf' }] }, 2),
      op('staff', 's1', { firstName: 'สมชาย' }, 3),
    ]);
    expect(wants).toEqual([
      { blobId: id(1), table: 'pressReleases', recordId: 'r1' },
      { blobId: id(2), table: 'pressReleases', recordId: 'r1' },
      { blobId: id(3), table: 'tasks', recordId: 't1' },
    ]);
  });

  it('applying a remote batch wants its files in the same transaction, keeping an existing want as it is', async () => {
    const { db } = await openTestDb();
    await db.blobWants.put({ blobId: id(1), table: 'pressReleases', recordId: 'old', attempts: 3 });
    const ops: SequencedOp[] = [
      { seq: 1, op: op('pressReleases', 'r1', { headline: 'ข่าว', photos: [{ blobId: id(1), thumbBlobId: id(2) }] }, 1) },
      { seq: 2, op: op('tasks', 't1', { title: 'งาน', attachments: [{ blobId: id(3), name: 'ก.pdf', mime: 'application/pdf', size: 1 }] }, 2) },
    ];
    await applyRemoteBatch(db, { deviceId: OTHER, lastSeq: 2, apply: ops, hold: [] });
    expect(await db.blobWants.orderBy('blobId').toArray()).toEqual([
      { blobId: id(1), table: 'pressReleases', recordId: 'old', attempts: 3 },
      { blobId: id(2), table: 'pressReleases', recordId: 'r1', attempts: 0 },
      { blobId: id(3), table: 'tasks', recordId: 't1', attempts: 0 },
    ]);
  });

  it('scans every record once, and finds other records that still refer to a file', async () => {
    const { db } = await openTestDb();
    await db.transaction('rw', db.blobWants, () => addBlobWants(db, []));
    await db.table('tasks').bulkPut([
      { id: 't1', title: 'ก', attachments: [{ blobId: id(5) }] },
      { id: 't2', title: 'ข', attachments: [{ blobId: id(5) }, { blobId: id(6) }] },
    ]);
    await db.officeProfile.put({ id: 'office', logoBlobId: id(7) } as never);
    expect(await scanBlobReferencesOnce(db)).toBe(3);
    expect(await scanBlobReferencesOnce(db)).toBe(0); // once
    expect((await db.blobWants.toArray()).map((w) => w.blobId).sort()).toEqual([id(5), id(6), id(7)]);
    const others = await otherReferents(db, new Set([id(6), id(9)]));
    expect([...others.values()]).toEqual([{ blobId: id(6), table: 'tasks', recordId: 't2' }]);
  });
});
