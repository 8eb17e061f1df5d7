import { officeKeyOf, shareBlob } from '../../src-main/main/sync/testing/workspace';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressReleaseRepo, taskRepo } from '../../src-renderer/data';
import { startFileDownload } from '../../src-renderer/features/sync/data/file-download';
import { writeSnapshotIfDue } from '../../src-renderer/features/sync/data/snapshot';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { addAttachment, addPhoto, createRelease, createTask, fileBytes, sha256 } from './files';
import { workstation } from './workstation';

async function office() {
  const root = mkdtempSync(join(tmpdir(), 'pr-desk-files-'));
  const folder = join(root, 'share');
  const a = await workstation(root, 'pc1');
  const b = await workstation(root, 'pc2');
  const { workspaceId } = await a.createShare(folder);
  await b.joinShare(folder);
  // Where a blob lies on the (sealed) share, as A wrote it.
  const shareFile = (id: string) => shareBlob(folder, workspaceId, officeKeyOf(a.userDataDir, workspaceId), id);
  return { root, folder, a, b, shareFile };
}

/** Presses Sync and waits for the background file download too. */
async function syncAll(ws: Awaited<ReturnType<typeof workstation>>) {
  const summary = await runSync(ws.db, ws.main);
  const files = await startFileDownload(ws.db, ws.main);
  return { summary, files: files.result! };
}


describe('sync carries the files', () => {
  it('photos of a release and attachments of a task reach the other workstation, byte for byte', async () => {
    const { a, b } = await office();
    const photos = [await addPhoto(a, 1, 'ผู้ว่าราชการจังหวัดเปิดงาน'), await addPhoto(a, 2, 'บรรยากาศ'), await addPhoto(a, 3, 'ผู้ร่วมงาน')];
    const release = await createRelease(a.db, 'จังหวัดสงขลาเปิดงานกาชาด', photos);
    const task = await createTask(a.db, 'ถ่ายภาพงานกาชาด', [await addAttachment(a, 9, 'กำหนดการ.pdf')]);

    const sent = await syncAll(a);
    expect(sent.summary.missingTotal).toBe(0);
    const got = await syncAll(b);
    expect(got.files).toMatchObject({ missingTotal: 0, errorCode: null });
    expect((await pressReleaseRepo(b.db).get(release.id))?.photos.map((p) => p.caption)).toEqual(['ผู้ว่าราชการจังหวัดเปิดงาน', 'บรรยากาศ', 'ผู้ร่วมงาน']);
    const ids = [...photos.flatMap((p) => [p.blobId, p.thumbBlobId]), ...task.attachments.map((x) => x.blobId)];
    for (const id of ids) expect(sha256((await b.files.read(id))!)).toBe(id);
    expect(await b.db.blobWants.count()).toBe(0);
  });

  it('a file deleted from the sending store is named missing on both sides, and the text still arrives', async () => {
    const { a, b } = await office();
    const photo = await addPhoto(a, 4, 'ภาพที่หายไป');
    await a.files.remove(photo.blobId);
    const release = await createRelease(a.db, 'ประชุมคณะกรรมการจังหวัด', [photo]);

    const sent = await syncAll(a);
    expect(sent.summary.missingTotal).toBe(1);
    expect(sent.summary.missingFiles).toEqual([
      expect.objectContaining({ blobId: photo.blobId, table: 'pressReleases', record: 'ประชุมคณะกรรมการจังหวัด', file: 'IMG_0004.jpg (ภาพที่หายไป)', field: 'photos' }),
    ]);
    expect(sent.files.missingTotal).toBe(1);

    const got = await syncAll(b);
    expect((await pressReleaseRepo(b.db).get(release.id))?.headline).toBe('ประชุมคณะกรรมการจังหวัด');
    expect(got.files.missingTotal).toBe(1);
    expect(got.files.missing[0]).toMatchObject({ blobId: photo.blobId, record: 'ประชุมคณะกรรมการจังหวัด', file: 'IMG_0004.jpg (ภาพที่หายไป)', attempts: 1 });
    // The thumbnail did arrive.
    expect(await b.files.has(photo.thumbBlobId)).toBe(true);

    // Someone finds the photo and adds it again on A: the next syncs heal both sides.
    await a.files.put(fileBytes(4, 4096));
    expect((await syncAll(a)).files.missingTotal).toBe(0);
    expect((await syncAll(b)).files.missingTotal).toBe(0);
    expect(await b.files.has(photo.blobId)).toBe(true);
  });

  it('a damaged or half-copied file on the share is missing, never accepted, and fetched once it is whole', async () => {
    const { a, b, shareFile } = await office();
    const attachment = await addAttachment(a, 5, 'หนังสือเชิญ.pdf');
    await createTask(a.db, 'ประสานสื่อมวลชน', [attachment]);
    await syncAll(a);
    const good = fileBytes(5, 3000);
    const onShare = shareFile(attachment.blobId);
    writeFileSync(onShare.path, onShare.sealedOf(good).subarray(0, 1000));

    const first = await syncAll(b);
    expect(first.files.missing).toEqual([expect.objectContaining({ blobId: attachment.blobId, table: 'tasks', record: 'ประสานสื่อมวลชน', file: 'หนังสือเชิญ.pdf' })]);
    expect(await b.files.has(attachment.blobId)).toBe(false);

    writeFileSync(onShare.path, onShare.sealedOf(good));
    expect((await syncAll(b)).files.missingTotal).toBe(0);
    expect(sha256((await b.files.read(attachment.blobId))!)).toBe(attachment.blobId);
  });

  it('a want whose record let go of the file is dropped, not reported', async () => {
    const { a, b, shareFile } = await office();
    const photo = await addPhoto(a, 6, 'ภาพแรก');
    const release = await createRelease(a.db, 'ข่าวที่เปลี่ยนภาพ', [photo]);
    await syncAll(a);
    rmSync(shareFile(photo.blobId).path);
    expect((await syncAll(b)).files.missingTotal).toBe(1);

    await pressReleaseRepo(a.db).update(release.id, { photos: [] });
    await syncAll(a);
    expect((await syncAll(b)).files.missingTotal).toBe(0);
    expect(await b.db.blobWants.count()).toBe(0);
  });

  it('a new workstation joins from a snapshot and then fetches the files its records refer to', async () => {
    const { folder, a, b } = await office();
    const photos = [await addPhoto(a, 7, 'ภาพหนึ่ง'), await addPhoto(a, 8, 'ภาพสอง')];
    const release = await createRelease(a.db, 'งานวันเด็กแห่งชาติ', photos);
    await createTask(a.db, 'เตรียมของขวัญ', [await addAttachment(a, 10, 'รายชื่อ.xlsx')]);
    await syncAll(a);
    expect(await writeSnapshotIfDue(a.db, a.main, true)).toBe(true);
    const logDir = join(folder, 'devices', a.db.writer.deviceId, 'log');
    for (const name of readdirSync(logDir)) rmSync(join(logDir, name));

    const progress: string[] = [];
    const summary = await runSync(b.db, b.main, { onProgress: (p) => progress.push(p.step), downloadFiles: false });
    expect(progress).toContain('join');
    expect(summary.received).toBeGreaterThanOrEqual(2);
    const copy = await pressReleaseRepo(b.db).get(release.id);
    expect(copy?.photos).toHaveLength(2);
    expect(copy?.createdBy).toBe('actor-pc1');
    expect(await b.db.blobWants.count()).toBe(5);
    const files = (await startFileDownload(b.db, b.main)).result!;
    expect(files.missingTotal).toBe(0);
    for (const p of photos) expect(await b.files.has(p.blobId)).toBe(true);
  });

  it('heals an office upgraded from the version where nested photos never synced (one full scan)', async () => {
    const { a, b } = await office();
    const attachment = await addAttachment(a, 11, 'ภาพเก่า.jpg');
    const task = await createTask(a.db, 'งานเก่า', [attachment]);
    await syncAll(a);
    await syncAll(b);
    // As the old version left it: B has the record but never wanted its file.
    await b.files.remove(attachment.blobId);
    await b.db.blobWants.clear();
    await b.db.syncMeta.delete('blobWantsScanned');
    expect((await taskRepo(b.db).get(task.id))?.attachments).toHaveLength(1);
    const healed = await syncAll(b);
    expect(healed.files.missingTotal).toBe(0);
    expect(await b.files.has(attachment.blobId)).toBe(true);
  });
});
