import type { ReleaseContent } from '../../src-main/shared/domain/press';
import { describe, expect, it } from 'vitest';
import { conflictsOf } from '../../src-main/shared/sync/merge';
import type { SequencedOp } from '../../src-main/shared/sync/transport';
import { applyRemoteBatch, recordsWithConflicts, toSyncOp, type PrDeskDb } from '../../src-renderer/data';
import { openTestDb } from '../../src-renderer/data/test-db';
import { createRelease, saveReleaseContent } from '../../src-renderer/features/press/data/release-actions';
import { releaseContent } from '../../src-renderer/features/press/model/release-fixtures';
import { findReleases } from '../../src-renderer/features/press/data/release-search';
import { NO_FILTERS } from '../../src-renderer/features/press/model/release-filters';
import { derivedValues } from '../../src-renderer/features/sync/model/conflict-derived';
import { resolveEdit } from '../../src-renderer/features/sync/data/resolve-conflict';

const OTHER = '0190a000-0000-7000-8000-0000000000d2';

/** Copies a workstation's ops after `fromSeq` into another, as the shared folder would. */
async function exchange(from: PrDeskDb, to: PrDeskDb, fromSeq: number): Promise<number> {
  const ops = (await from.outbox.orderBy('seq').toArray()).filter((o) => (o.seq ?? 0) > fromSeq);
  const items: SequencedOp[] = ops.map((op) => ({ seq: op.seq!, op: toSyncOp(op) }));
  await applyRemoteBatch(to, { deviceId: from.writer.deviceId, lastSeq: items.at(-1)?.seq ?? fromSeq, apply: items, hold: [] }, derivedValues);
  return items.at(-1)?.seq ?? fromSeq;
}

const found = async (db: PrDeskDb, query: string) => (await findReleases(db, { ...NO_FILTERS, query })).rows.map((r) => r.id);

/** A release both workstations change offline (B an hour later), then both sync. */
async function concurrentEdits(onA: Partial<ReleaseContent>, onB: Partial<ReleaseContent>) {
  const { db: a, state: sa } = await openTestDb('staff-A');
  const { db: b, state: sb } = await openTestDb('staff-B', OTHER);
  const release = await createRelease(a, releaseContent());
  const seenA = await exchange(a, b, 0);
  sa.now = new Date('2025-01-16T03:00:00Z');
  await saveReleaseContent(a, release.id, releaseContent(onA));
  sb.now = new Date('2025-01-16T04:00:00Z');
  await saveReleaseContent(b, release.id, releaseContent(onB));
  await exchange(a, b, seenA);
  await exchange(b, a, 0);
  return { a, b, id: release.id };
}

/** Both workstations rewrite the body offline; B's edit is later and wins, A's is the conflict. */
const bodyConflict = () => concurrentEdits({ body: 'ย่อหน้าแรก\n\nมีการแสดงโขนของนักเรียน' }, { body: 'ย่อหน้าแรก\n\nมีการแข่งขันหมากรุก' });

describe('resolving a conflict updates search', () => {
  it('keep the other version: the search finds the kept words and not the discarded ones', async () => {
    const { a, id } = await bodyConflict();
    expect(await found(a, 'หมากรุก')).toEqual([id]);
    const [row] = await recordsWithConflicts(a);
    const conflicts = conflictsOf(row!.state);
    const body = conflicts.find((c) => c.kind === 'edit' && c.field === 'body');
    if (body?.kind !== 'edit') throw new Error('expected a body conflict');
    await resolveEdit(a, 'pressReleases', id, conflicts, 'body', body.losing.value);
    expect((await a.pressReleases.get(id))?.body).toContain('โขน');
    expect(await found(a, 'โขน')).toEqual([id]);
    expect(await found(a, 'หมากรุก')).toEqual([]);
    // The search words were a conflict of their own; settled with the body, nothing is left to review.
    expect(await recordsWithConflicts(a)).toEqual([]);
  });

  it('a text merged by hand is what the search finds', async () => {
    const { a, id } = await bodyConflict();
    const [row] = await recordsWithConflicts(a);
    const conflicts = conflictsOf(row!.state);
    await resolveEdit(a, 'pressReleases', id, conflicts, 'body', 'ย่อหน้าแรก\n\nมีการประกวดวาดภาพ');
    expect(await found(a, 'วาดภาพ')).toEqual([id]);
    expect(await found(a, 'หมากรุก')).toEqual([]);
    expect(await found(a, 'โขน')).toEqual([]);
  });

  it('two workstations editing different fields: both find the words of both edits as soon as they have synced', async () => {
    const { a, b, id } = await concurrentEdits({ headline: 'จังหวัดสงขลาจัดงานวันเด็กและมหกรรมว่าวไทย' }, { body: 'ภายในงานมีการประกวดร้องเพลงลูกทุ่งของนักเรียน' });
    for (const db of [a, b]) {
      const stored = await db.pressReleases.get(id);
      expect(stored?.headline).toContain('ว่าวไทย');
      expect(stored?.body).toContain('ลูกทุ่ง');
      // The search words follow the merged release, not whichever save came last.
      expect(await found(db, 'ว่าวไทย')).toEqual([id]);
      expect(await found(db, 'ลูกทุ่ง')).toEqual([id]);
    }
    expect((await a.pressReleases.get(id))?.terms).toEqual((await b.pressReleases.get(id))?.terms);
  });
});
