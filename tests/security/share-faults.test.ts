import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShareWriteFs } from '../../src-main/main/sync/atomic-file';
import { openPrDeskDb, staffRepo, type PrDeskDb } from '../../src-renderer/data';
import { streamBackup } from '../../src-renderer/data/backup';
import { restoreBackup } from '../../src-renderer/data/restore';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { writeSnapshotIfDue } from '../../src-renderer/features/sync/data/snapshot';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { workstation } from '../integration/workstation';

/**
 * Issue 18, faults of the share itself with three workstations (real main handlers, real
 * renderer sync engine, real files in a temp folder): a file the office already consumed is
 * damaged or deleted, the share fills up or turns read-only during a publish, and a
 * workstation is replaced by a new PC restored from its backup. Every case ends with the
 * office converged.
 */
type Station = Awaited<ReturnType<typeof workstation>>;

async function staffOf(db: PrDeskDb) {
  return (await db.staff.toArray()).map((s) => ({ id: s.id, firstName: s.firstName, position: s.position, deleted: s.deleted })).sort((x, y) => x.id.localeCompare(y.id));
}

async function expectConverged(...stations: { db: PrDeskDb }[]): Promise<void> {
  const [first, ...rest] = await Promise.all(stations.map((s) => staffOf(s.db)));
  for (const other of rest) expect(other).toEqual(first);
}

async function addStaff(s: Station, ...names: string[]): Promise<void> {
  for (const firstName of names) await staffRepo(s.db).create({ ...SOMCHAI, firstName });
}

function logDirOf(folder: string, s: { db: PrDeskDb }): string {
  return join(folder, 'devices', s.db.writer.deviceId, 'log');
}

const DAMAGE = {
  truncated: (path: string) => truncateSync(path, 40),
  'zero-filled': (path: string) => writeFileSync(path, Buffer.alloc(statSync(path).size)),
  deleted: (path: string) => rmSync(path),
};

describe('share faults with three workstations', () => {
  it("A's already-consumed file truncated, zero-filled, deleted: the others keep syncing, A's next sync puts it back, everyone converges", async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-faults-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc-a');
    const b = await workstation(root, 'pc-b');
    await a.createShare(folder);
    await b.joinShare(folder);
    await addStaff(a, 'สมชาย', 'กัญญ์ณัฏฐ์', 'ปิยะนุช');
    expect((await runSync(a.db, a.main, { downloadFiles: false })).sent).toBe(3);
    await addStaff(a, 'วิไลวรรณ');
    await runSync(a.db, a.main, { downloadFiles: false });
    await runSync(b.db, b.main, { downloadFiles: false }); // B consumed both of A's files
    const [firstFile] = readdirSync(logDirOf(folder, a)).sort();
    const firstPath = join(logDirOf(folder, a), firstFile!);
    const original = await fsp.readFile(firstPath);

    const joined: Station[] = [];
    for (const [kind, damage] of Object.entries(DAMAGE)) {
      damage(firstPath);
      // B edits and syncs as usual: the damaged file is behind its cursor.
      await addStaff(b, `จากบี ${kind}`);
      expect((await runSync(b.db, b.main, { downloadFiles: false })).sent).toBe(1);
      // A workstation joining now needs that file: it gets B's edits, and A's wait behind it.
      const late = await workstation(root, `pc-late-${kind}`);
      await late.joinShare(folder);
      const before = await runSync(late.db, late.main, { downloadFiles: false });
      const names = (await staffOf(late.db)).map((s) => s.firstName);
      expect(names).toContain(`จากบี ${kind}`);
      expect(names).not.toContain('สมชาย');
      if (kind !== 'deleted') expect(before.quarantined).toContainEqual(expect.objectContaining({ deviceId: a.db.writer.deviceId, file: `devices/${a.db.writer.deviceId}/log/${firstFile}` }));

      // A's next sync puts its file back, byte for byte as the office first read it.
      const repairing = await runSync(a.db, a.main, { downloadFiles: false });
      expect(repairing.repaired).toBe(1);
      expect((await fsp.readFile(firstPath)).equals(original)).toBe(true);
      expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
      // Nothing else to repair the time after (the unchanged files are only stat-ed).
      expect((await runSync(a.db, a.main, { downloadFiles: false })).repaired).toBe(0);

      await runSync(late.db, late.main, { downloadFiles: false });
      await runSync(b.db, b.main, { downloadFiles: false });
      for (const s of joined) await runSync(s.db, s.main, { downloadFiles: false });
      joined.push(late);
      await expectConverged(a, b, ...joined);
    }

    // C joins from a snapshot written while A's file is damaged, then everyone converges.
    await writeSnapshotIfDue(b.db, b.main, true);
    DAMAGE.truncated(firstPath);
    const c = await workstation(root, 'pc-c');
    await c.joinShare(folder);
    await runSync(c.db, c.main, { downloadFiles: false });
    await addStaff(c, 'จากซี');
    await runSync(c.db, c.main, { downloadFiles: false });
    expect((await runSync(a.db, a.main, { downloadFiles: false })).repaired).toBe(1);
    await runSync(b.db, b.main, { downloadFiles: false });
    await runSync(c.db, c.main, { downloadFiles: false });
    for (const s of joined) await runSync(s.db, s.main, { downloadFiles: false });
    await expectConverged(a, b, c, ...joined);
    expect((await staffOf(c.db)).map((s) => s.firstName)).toEqual(expect.arrayContaining(['สมชาย', 'วิไลวรรณ', 'จากซี']));
    rmSync(root, { recursive: true, force: true });
  });

  for (const fault of ['full', 'read-only'] as const) {
    it(`a ${fault} share during publish: a typed error, no temp file in the share, every op kept, published once writes work again`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'pr-desk-faults-'));
      const folder = join(root, 'share');
      let failing = false;
      const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
      // The share as the transport writes to it: when full, a write lands half-way and fails
      // with ENOSPC (the temp file exists at that moment); when read-only, open is refused.
      const shareFs: ShareWriteFs = {
        open: async (path, flags) => {
          if (failing && fault === 'read-only' && path.startsWith(folder)) throw errno('EROFS');
          const handle = await fsp.open(path, flags);
          if (!failing || fault !== 'full' || !path.startsWith(folder)) return handle;
          return {
            writeFile: async (data) => {
              await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
              throw errno('ENOSPC');
            },
            sync: () => handle.sync(),
            close: () => handle.close(),
          };
        },
        rename: (from, to) => fsp.rename(from, to),
        unlink: (path) => fsp.unlink(path),
      };
      const a = await workstation(root, 'pc-a', { shareFs });
      const b = await workstation(root, 'pc-b');
      const c = await workstation(root, 'pc-c');
      await a.createShare(folder);
      await b.joinShare(folder);
      await c.joinShare(folder);
      await addStaff(a, 'ก่อนเต็ม');
      await runSync(a.db, a.main, { downloadFiles: false });

      await addStaff(a, 'สมชาย', 'กัญญ์ณัฏฐ์', 'ปิยะนุช');
      failing = true;
      await expect(runSync(a.db, a.main, { downloadFiles: false })).rejects.toMatchObject({ code: fault === 'full' ? 'sync-share-full' : 'sync-share-read-only' });
      expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
      expect(await a.db.outbox.where('published').equals(0).count()).toBe(3);
      expect(readdirSync(logDirOf(folder, a))).toHaveLength(1);

      failing = false; // space freed / permission restored
      expect((await runSync(a.db, a.main, { downloadFiles: false })).sent).toBe(3);
      expect(await a.db.outbox.where('published').equals(0).count()).toBe(0);
      await runSync(b.db, b.main, { downloadFiles: false });
      await runSync(c.db, c.main, { downloadFiles: false });
      await expectConverged(a, b, c);
      expect(await staffOf(b.db)).toHaveLength(4);
      rmSync(root, { recursive: true, force: true });
    });
  }

  it("a replacement PC restored from A's backup joins under a new id, never reuses A's sequence numbers, and brings A's unsent edits to the office", async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-faults-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc-a');
    const b = await workstation(root, 'pc-b');
    const c = await workstation(root, 'pc-c');
    await a.createShare(folder);
    await b.joinShare(folder);
    await c.joinShare(folder);
    await addStaff(a, 'สมชาย', 'กัญญ์ณัฏฐ์');
    await runSync(a.db, a.main, { downloadFiles: false });
    await runSync(b.db, b.main, { downloadFiles: false });
    await runSync(c.db, c.main, { downloadFiles: false });
    // Edits on A after its last publish, captured by a backup; then A's PC dies.
    await addStaff(a, 'หลังซิงค์ครั้งสุดท้าย');
    const [first] = await staffRepo(a.db).list();
    await staffRepo(a.db).update(first!.id, { position: 'หัวหน้ากลุ่มงาน' });
    const backup = await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main });
    const oldId = a.db.writer.deviceId;
    const aFiles = readdirSync(join(folder, 'devices', oldId, 'log')).sort();
    a.db.close();

    // The new PC: the backup copied into its data folder, restored, the app restarted as the new device.
    const fresh = await workstation(root, 'pc-new');
    cpSync(join(a.userDataDir, 'backups'), join(fresh.userDataDir, 'backups'), { recursive: true });
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    const restored = await restoreBackup(fresh.db, backup.name, { keep: 5, main: fresh.main, storage, safetyBackup: false });
    expect(restored.newDeviceId).not.toBe(oldId);
    const dbName = fresh.db.name;
    fresh.db.close();
    const db = await openPrDeskDb({ name: dbName, deviceId: restored.newDeviceId, getActor: () => 'actor-new', acting: 'not-checked' });
    const n = { ...fresh, db };
    await n.joinShare(folder);
    const summary = await runSync(n.db, n.main, { downloadFiles: false });
    expect(summary.sent).toBe(2);

    // A's published files are untouched; the new PC publishes from seq 1 under its own id.
    expect(readdirSync(join(folder, 'devices', oldId, 'log')).sort()).toEqual(aFiles);
    expect(readdirSync(join(folder, 'devices', restored.newDeviceId, 'log'))).toEqual(['000000000001-000000000002.ndjson.gz']);
    await runSync(b.db, b.main, { downloadFiles: false });
    await runSync(c.db, c.main, { downloadFiles: false });
    await expectConverged(b, c, n);
    const names = (await staffOf(b.db)).map((s) => s.firstName);
    expect(names).toContain('หลังซิงค์ครั้งสุดท้าย');
    expect((await staffRepo(c.db).get(first!.id))?.position).toBe('หัวหน้ากลุ่มงาน');
    // And the office keeps working with the new PC: an edit on B reaches it.
    await addStaff(b, 'จากบีหลังกู้คืน');
    await runSync(b.db, b.main, { downloadFiles: false });
    await runSync(n.db, n.main, { downloadFiles: false });
    await expectConverged(b, n);
    rmSync(root, { recursive: true, force: true });
  });
});
