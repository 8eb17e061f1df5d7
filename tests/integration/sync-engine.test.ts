import { officeKeyOf, shareBlob } from '../../src-main/main/sync/testing/workspace';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeProfileRepo, staffRepo } from '../../src-renderer/data';
import { startFileDownload } from '../../src-renderer/features/sync/data/file-download';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { writeSnapshotIfDue } from '../../src-renderer/features/sync/data/snapshot';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { workstation } from './workstation';

describe('sync engine with the real main handlers', () => {
  it('publishes the ops unpublished when it started (read a chunk at a time); an edit made while syncing waits for the next sync', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-engine-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc1');
    await a.createShare(folder);
    for (let i = 0; i < 5; i++) await staffRepo(a.db).create({ ...SOMCHAI, firstName: `เจ้าหน้าที่ ${i + 1}` });
    // Someone saves a record while the sync is publishing: its files (if any) were not
    // uploaded before it, so its op must wait for the next sync.
    let edited = false;
    const main = {
      ...a.main,
      syncPublish: async (input: Parameters<typeof a.main.syncPublish>[0]) => {
        if (!edited) {
          edited = true;
          await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'บันทึกระหว่างซิงก์' });
        }
        return a.main.syncPublish(input);
      },
    };
    const first = await runSync(a.db, main);
    expect(edited).toBe(true);
    expect(first.sent).toBe(5);
    expect(await a.db.outbox.where('published').equals(0).count()).toBe(1);
    const second = await runSync(a.db, a.main);
    expect(second.sent).toBe(1);
    expect(await a.db.outbox.where('published').equals(0).count()).toBe(0);
    rmSync(root, { recursive: true, force: true });
  });

  it('lets a new workstation start from a snapshot without the old log files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-engine-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc1');
    const b = await workstation(root, 'pc2');
    await a.createShare(folder);
    await b.joinShare(folder);

    for (const firstName of ['สมชาย', 'กัญญ์ณัฏฐ์', 'ปิยะนุช']) await staffRepo(a.db).create({ ...SOMCHAI, firstName });
    const sentSummary = await runSync(a.db, a.main);
    expect(sentSummary.sent).toBe(3);
    expect(await writeSnapshotIfDue(a.db, a.main, true)).toBe(true);

    // The old files are gone (archived elsewhere): only the snapshot can bring the data.
    const logDir = join(folder, 'devices', a.db.writer.deviceId, 'log');
    for (const name of readdirSync(logDir)) rmSync(join(logDir, name));

    const summary = await runSync(b.db, b.main);
    expect(summary.received).toBe(3);
    const names = (await staffRepo(b.db).list()).map((s) => s.firstName).sort();
    expect(names).toEqual(['กัญญ์ณัฏฐ์', 'ปิยะนุช', 'สมชาย'].sort());

    // And it keeps working normally afterwards: a new edit on A reaches B through the log.
    const [first] = await staffRepo(a.db).list();
    await staffRepo(a.db).update(first!.id, { position: 'หัวหน้ากลุ่มงาน' });
    await runSync(a.db, a.main);
    await runSync(b.db, b.main);
    expect((await staffRepo(b.db).get(first!.id))?.position).toBe('หัวหน้ากลุ่มงาน');
  });

  it('backs up before every sync and refuses a missing folder without touching local data', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-engine-'));
    const a = await workstation(root, 'pc1');
    await a.createShare(join(root, 'share'));
    await staffRepo(a.db).create(SOMCHAI);
    await runSync(a.db, a.main);
    expect((await a.main.backupList()).map((b) => b.reason)).toContain('before-sync');

    rmSync(join(root, 'share'), { recursive: true });
    await expect(runSync(a.db, a.main)).rejects.toMatchObject({ code: 'sync-folder-missing' });
    expect(await staffRepo(a.db).list()).toHaveLength(1);
  });

  it('copies attachments before the ops that use them, and fetches a late one at the next sync', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-engine-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc1');
    const b = await workstation(root, 'pc2');
    await a.createShare(folder);
    await b.joinShare(folder);
    const logo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    const { id: logoBlobId } = await a.files.put(logo);
    await officeProfileRepo(a.db).save({
      officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
      province: 'สงขลา',
      address: '',
      phone: '',
      email: '',
      directorName: 'นายสมชาย ใจดี',
      directorTitle: 'ผู้อำนวยการ',
      logoBlobId,
      thaiDigits: false,
    });
    await runSync(a.db, a.main);
    const blobFile = shareBlob(folder, (await a.main.syncGetTarget())!.workspaceId, officeKeyOf(a.userDataDir, (await a.main.syncGetTarget())!.workspaceId), logoBlobId).path;
    expect(existsSync(blobFile)).toBe(true);

    // The blob file is not there yet (a slow copy): the record still arrives, the logo later.
    renameSync(blobFile, `${blobFile}.away`);
    await runSync(b.db, b.main);
    expect((await officeProfileRepo(b.db).get())?.logoBlobId).toBe(logoBlobId);
    const first = await startFileDownload(b.db, b.main);
    expect(first.result?.missing).toEqual([expect.objectContaining({ table: 'officeProfile', record: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', field: 'logoBlobId' })]);
    expect(await b.files.has(logoBlobId)).toBe(false);

    renameSync(`${blobFile}.away`, blobFile);
    const second = await runSync(b.db, b.main);
    expect(second.missingTotal).toBe(1); // still missing when the records are in: not yet fetched
    expect((await startFileDownload(b.db, b.main)).result?.missingTotal).toBe(0);
    expect(Array.from((await b.files.read(logoBlobId)) ?? [])).toEqual(Array.from(logo));
  });

  it('falls back to the previous snapshot when the newest is damaged, and to the logs when none is usable', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-engine-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc1');
    await a.createShare(folder);
    const first = await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'ก่อนหน้า' });
    await runSync(a.db, a.main);
    await writeSnapshotIfDue(a.db, a.main, true);
    await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'ล่าสุด' });
    await runSync(a.db, a.main);
    await writeSnapshotIfDue(a.db, a.main, true);
    const snapshots = join(folder, 'snapshots', a.db.writer.deviceId);
    expect(readdirSync(snapshots)).toHaveLength(2);

    // Damage every part of the newest snapshot (the one covering the most ops).
    const [newest] = await a.main.syncListSnapshots();
    const newestDir = join(folder, 'snapshots', newest!.key.split('/')[1]!, newest!.key.split('/')[2]!);
    for (const name of readdirSync(newestDir).filter((n) => n.endsWith('.gz'))) writeFileSync(join(newestDir, name), 'not gzip');

    const b = await workstation(root, 'pc2');
    await b.joinShare(folder);
    const summary = await runSync(b.db, b.main, { downloadFiles: false });
    // The previous snapshot brought the first person, the logs the rest: nothing is lost.
    expect((await staffRepo(b.db).list()).map((s) => s.firstName).sort()).toEqual(['ก่อนหน้า', 'ล่าสุด'].sort());
    expect(summary.received).toBeGreaterThanOrEqual(2);
    expect((await staffRepo(b.db).get(first.id))?.firstName).toBe('ก่อนหน้า');

    // No usable snapshot at all: the logs alone.
    rmSync(join(folder, 'snapshots'), { recursive: true });
    const c = await workstation(root, 'pc3');
    await c.joinShare(folder);
    await runSync(c.db, c.main, { downloadFiles: false });
    expect(await staffRepo(c.db).list()).toHaveLength(2);
  });
});
