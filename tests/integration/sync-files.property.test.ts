import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobIdsOf } from '../../src-main/shared/blobs/blob-refs';
import { pressReleaseRepo, taskRepo } from '../../src-renderer/data';
import { startFileDownload } from '../../src-renderer/features/sync/data/file-download';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { addAttachment, addPhoto, createRelease, createTask } from './files';
import { workstation } from './workstation';

type Workstation = Awaited<ReturnType<typeof workstation>>;

/**
 * Two workstations, one share, the real main handlers: staff add and remove release photos and
 * task attachments on both, some files are lost from a store before they are uploaded, and
 * either presses Sync in any order. Afterwards every file a record refers to is in both stores
 * or named missing in that workstation's summary. Never silently absent.
 */
type Command =
  | { kind: 'release'; on: 0 | 1; photo: number; lose: boolean }
  | { kind: 'add-photo'; on: 0 | 1; pick: number; photo: number; lose: boolean }
  | { kind: 'remove-photo'; on: 0 | 1; pick: number }
  | { kind: 'task'; on: 0 | 1; file: number }
  | { kind: 'add-attachment'; on: 0 | 1; pick: number; file: number; lose: boolean }
  | { kind: 'remove-attachment'; on: 0 | 1; pick: number }
  | { kind: 'sync'; on: 0 | 1 };

const on = fc.constantFrom(0 as const, 1 as const);
const pick = fc.nat(9);
// A small pool, so both workstations often add the same photo (same bytes, same id).
const photo = fc.integer({ min: 1, max: 6 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('release' as const), on, photo, lose: fc.boolean() }),
  fc.record({ kind: fc.constant('add-photo' as const), on, pick, photo, lose: fc.boolean() }),
  fc.record({ kind: fc.constant('remove-photo' as const), on, pick }),
  fc.record({ kind: fc.constant('task' as const), on, file: photo }),
  fc.record({ kind: fc.constant('add-attachment' as const), on, pick, file: photo, lose: fc.boolean() }),
  fc.record({ kind: fc.constant('remove-attachment' as const), on, pick }),
  fc.record({ kind: fc.constant('sync' as const), on }),
);

async function run(ws: Workstation, c: Command): Promise<void> {
  const releases = await pressReleaseRepo(ws.db).list();
  const tasks = await taskRepo(ws.db).list();
  switch (c.kind) {
    case 'release':
    case 'add-photo': {
      const added = await addPhoto(ws, c.photo, `ภาพ ${c.photo}`);
      // Lost from this store before any upload (a disk error, a user deleting files).
      if (c.lose) await ws.files.remove(added.blobId);
      const release = releases[c.kind === 'add-photo' ? c.pick % Math.max(1, releases.length) : -1];
      if (c.kind === 'release' || !release) await createRelease(ws.db, `ข่าว ${releases.length + 1}`, [added]);
      else await pressReleaseRepo(ws.db).update(release.id, { photos: [...release.photos, added] });
      return;
    }
    case 'remove-photo': {
      const release = releases[c.pick % Math.max(1, releases.length)];
      if (release && release.photos.length > 0) await pressReleaseRepo(ws.db).update(release.id, { photos: release.photos.slice(1) });
      return;
    }
    case 'task':
      await createTask(ws.db, `งาน ${tasks.length + 1}`, [await addAttachment(ws, c.file, `เอกสาร ${c.file}.pdf`)]);
      return;
    case 'add-attachment': {
      const task = tasks[c.pick % Math.max(1, tasks.length)];
      const added = await addAttachment(ws, c.file, `เอกสาร ${c.file}.pdf`);
      if (c.lose) await ws.files.remove(added.blobId);
      if (task) await taskRepo(ws.db).update(task.id, { attachments: [...task.attachments, added] });
      return;
    }
    case 'remove-attachment': {
      const task = tasks[c.pick % Math.max(1, tasks.length)];
      if (task && task.attachments.length > 0) await taskRepo(ws.db).update(task.id, { attachments: task.attachments.slice(1) });
      return;
    }
    case 'sync':
      await runSync(ws.db, ws.main);
      await startFileDownload(ws.db, ws.main);
  }
}

/** Every file live records refer to on this workstation. */
async function referenced(ws: Workstation): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const table of ['pressReleases', 'tasks'] as const) {
    await ws.db.table(table).each((record: { deleted?: boolean }) => {
      for (const id of blobIdsOf(table, record)) ids.add(id);
    });
  }
  return ids;
}

describe('files through sync, any interleaving', () => {
  it('every referenced file is in both stores or named missing in the summary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        const root = mkdtempSync(join(tmpdir(), 'pr-desk-files-prop-'));
        try {
          const folder = join(root, 'share');
          const both = [await workstation(root, 'pc1'), await workstation(root, 'pc2')] as const;
          await both[0].createShare(folder);
          await both[1].joinShare(folder);
          for (const c of commands) await run(both[c.on], c);
          // Everyone syncs until the records agree (A, B, A).
          const lastResult = new Map<Workstation, { missing: Set<string>; total: number | null }>();
          for (const ws of [both[0], both[1], both[0], both[1]]) {
            const summary = await runSync(ws.db, ws.main);
            const files = (await startFileDownload(ws.db, ws.main)).result!;
            expect(files.errorCode).toBeNull();
            // Never a "0 missing" count that hides a name, nor a name without a count.
            expect(files.missingTotal).toBe(files.missing.length);
            expect(summary.missingTotal).toBe(summary.missingFiles.length);
            lastResult.set(ws, { missing: new Set(files.missing.map((m) => m.blobId)), total: files.missingTotal });
          }
          const refsA = await referenced(both[0]);
          expect(await referenced(both[1])).toEqual(refsA);
          for (const ws of both) {
            const { missing } = lastResult.get(ws)!;
            for (const id of refsA) {
              const here = await ws.files.has(id);
              expect(here || missing.has(id), `file ${id.slice(0, 8)} on ${ws.userDataDir}`).toBe(true);
              // And a file that is here is not called missing.
              if (here) expect(missing.has(id)).toBe(false);
            }
          }
          for (const ws of both) ws.db.close();
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 240_000);
});
