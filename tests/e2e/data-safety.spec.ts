import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, startWorkstation, test } from './support/app-fixture';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

/** Appends blocks to `filler` until the filesystem refuses more (ENOSPC). */
function topUp(filler: string, blockSize: number): void {
  const block = Buffer.alloc(blockSize, 1);
  try {
    for (;;) writeFileSync(filler, block, { flag: 'a' });
  } catch {
    // ENOSPC: the disk is full
  }
}

/**
 * Fills a filesystem and keeps it full: whatever space is freed later is taken again within a
 * few milliseconds. Filling once was the race behind the flaky full-disk run (issue 23): space
 * freed after the fill let the save that must fail succeed. Seen here twice: once a failed
 * start-of-day backup removing its temp files, once with that backup finished (the profile's
 * own housekeeping, we think — e.g. LevelDB deleting an old log after a compaction; not
 * proven). Call `release()`.
 */
function holdDiskFull(dir: string): { release(): void } {
  const filler = join(dir, 'filler.bin');
  writeFileSync(filler, '');
  topUp(filler, 1024 * 1024);
  topUp(filler, 4096);
  const timer = setInterval(() => topUp(filler, 4096), 5);
  return {
    release() {
      clearInterval(timer); // idempotent: also called again when a test fails
      rmSync(filler, { force: true });
    },
  };
}

/** A 96 MB tmpfs mounted for the test (needs root), unmounted whatever happens. */
async function withSmallDisk(workspace: string, run: (disk: string) => Promise<void>): Promise<void> {
  const disk = join(workspace, 'small-disk');
  mkdirSync(disk, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', disk]);
  try {
    await run(disk);
  } finally {
    execFileSync('umount', ['-l', disk]);
  }
}

/**
 * The start-of-day backup runs by itself when the app opens. If it is still writing when the
 * disk is filled, it fails and removes its temp files — freeing space, so the save the test
 * expects to fail then succeeds (the flaky full-disk run of issue 23). Wait for it first.
 */
async function startOfDayBackupDone(userDataDir: string): Promise<void> {
  const { existsSync, readdirSync } = await import('node:fs');
  const sets = join(userDataDir, 'backups', 'sets');
  await expect.poll(() => existsSync(sets) && readdirSync(sets).some((name) => name.endsWith('-daily')), { timeout: 30_000 }).toBe(true);
}

test('a full disk gives a clear Thai message, and the data survives a restart', async ({ rendererServer, workspace }, testInfo) => {
  // Mounting a small filesystem needs root, as on the build machines and in CI.
  test.skip(process.getuid?.() !== 0, 'needs root to mount a small tmpfs');
  await withSmallDisk(workspace, async (disk) => {
    const app = await startWorkstation(rendererServer.origin, disk, testInfo, 'full');
    let full: { release(): void } | null = null;
    try {
      const settings = new SettingsPage(app.page);
      await settings.shell.waitUntilReady();
      await settings.addStaff({ title: 'นาย', firstName: 'ก่อนเต็ม', lastName: 'ใจดี', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานอำนวยการ' });
      await startOfDayBackupDone(app.env.userDataDir);
      full = holdDiskFull(disk);

      await app.page.getByRole('button', { name: 'เพิ่มบุคลากร' }).first().click();
      const dialog = app.page.getByRole('dialog', { name: 'เพิ่มบุคลากร' });
      await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('หลังเต็ม');
      await dialog.getByRole('textbox', { name: 'นามสกุล' }).fill('ทดสอบ');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await expect(app.page.getByText('พื้นที่ดิสก์ของเครื่องนี้เต็ม', { exact: false }).first()).toBeVisible({ timeout: 20_000 });
      await expect(dialog.getByRole('textbox', { name: 'ชื่อ', exact: true })).toHaveValue('หลังเต็ม');
      await app.screenshot('disk-full');

      full.release();
      await app.restart();
      const again = new SettingsPage(app.page);
      await again.shell.openSettingsTab('บุคลากร');
      await expect(again.staffRow('นายก่อนเต็ม ใจดี')).toBeVisible();
    } finally {
      full?.release();
      await app.close().catch(() => undefined);
    }
  });
});

test('a backup on a full disk says so in Thai and leaves no half-written backup', async ({ rendererServer, workspace }, testInfo) => {
  test.skip(process.getuid?.() !== 0, 'needs root to mount a small tmpfs');
  await withSmallDisk(workspace, async (disk) => {
    const app = await startWorkstation(rendererServer.origin, disk, testInfo, 'full');
    try {
      const sync = new SyncPage(app);
      await sync.shell.waitUntilReady();
      await sync.open();
      await startOfDayBackupDone(app.env.userDataDir);
      const full = holdDiskFull(disk);
      try {
        await app.page.getByRole('button', { name: 'สำรองข้อมูลตอนนี้' }).click();
        await expect(app.page.getByText('พื้นที่ดิสก์เต็ม บันทึกไฟล์ไม่ได้', { exact: false }).first()).toBeVisible({ timeout: 20_000 });
        await app.screenshot('backup-disk-full');
        await expect(app.page.getByTestId('backup-progress')).toHaveCount(0);
        const { readdirSync } = await import('node:fs');
        const backups = join(app.env.userDataDir, 'backups');
        expect(readdirSync(join(backups, 'tmp'))).toEqual([]);
        expect(readdirSync(join(backups, 'sets')).filter((name) => name.endsWith('-manual'))).toEqual([]);
      } finally {
        full.release();
      }
      // With space again, the same button works.
      await sync.backupNow();
      await expect(sync.backupRow('สำรองเอง')).toBeVisible();
    } finally {
      await app.close().catch(() => undefined);
    }
  });
});

test('a save cut off by closing the window leaves the previous version intact', async ({ app }) => {
  const settings = new SettingsPage(app.page);
  await settings.shell.waitUntilReady();
  await settings.addStaff({ title: 'นาย', firstName: 'ก่อนปิด', lastName: 'หน้าต่าง', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานอำนวยการ' });
  // A write like the app's (record and its log entry in one transaction) still open when the
  // window goes away: the transaction is kept busy so it cannot commit first.
  await app.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('pr-desk');
        open.onsuccess = () => {
          const tx = open.result.transaction(['staff', 'outbox'], 'readwrite');
          const staff = tx.objectStore('staff');
          staff.getAll().onsuccess = (event) => {
            const [record] = (event.target as IDBRequest<Record<string, unknown>[]>).result;
            staff.put({ ...record, firstName: 'ครึ่งทาง' });
            tx.objectStore('outbox').add({ opId: 'interrupted', table: 'staff', recordId: record?.id, published: 0 });
            const keepBusy = () => {
              staff.get('none').onsuccess = keepBusy;
            };
            keepBusy();
            resolve();
          };
        };
      }),
  );
  await app.restart();
  const again = new SettingsPage(app.page);
  await again.shell.openSettingsTab('บุคลากร');
  await expect(again.staffRow('นายก่อนปิด หน้าต่าง')).toBeVisible();
  await expect(again.staffRow('นายครึ่งทาง หน้าต่าง')).toHaveCount(0);
  const interrupted = await app.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('pr-desk');
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').index('opId').count('interrupted');
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(interrupted).toBe(0);
});

test('a database that cannot open stops on a recovery screen with the latest backup, never an empty app', async ({ app, workspace }) => {
  const settings = new SettingsPage(app.page);
  await settings.shell.waitUntilReady();
  await settings.addStaff({ title: 'นาย', firstName: 'ยังอยู่', lastName: 'ครบ', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานอำนวยการ' });
  const sync = new SyncPage(app);
  await sync.backupNow();
  await expect(sync.backupRow('สำรองเอง')).toBeVisible();

  // The browser can no longer open the database (a damaged profile or a failed upgrade).
  await app.context.addInitScript(() => {
    const factory = IDBFactory.prototype;
    const original = (Object.getOwnPropertyDescriptor(factory, 'open') as PropertyDescriptor).value as (this: IDBFactory, name: string, version?: number) => IDBOpenDBRequest;
    factory.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'pr-desk') throw new DOMException('Simulated damaged database', 'UnknownError');
      return original.call(this, name, version);
    };
  });
  await app.page.reload();
  await expect(app.page.getByRole('heading', { name: 'เปิดฐานข้อมูลของ PR Desk ไม่สำเร็จ' })).toBeVisible();
  await expect(app.page.getByTestId('sidebar')).toHaveCount(0); // not an empty app
  await expect(app.page.getByTestId('latest-backup')).toContainText('manual');
  const { mkdirSync: makeDir, readFileSync, readdirSync } = await import('node:fs');
  app.env.chosenFolder = join(workspace, 'usb-drive');
  makeDir(app.env.chosenFolder);
  await app.page.getByRole('button', { name: /บันทึกสำเนาไฟล์สำรองนี้/ }).click();
  await expect(app.page.getByTestId('latest-backup')).toContainText('บันทึกแล้วที่');
  await app.screenshot('startup-recovery');
  // A self-contained rescue folder: the key file (this PC's wrap: no passphrase could be set
  // with the database broken), the manifest, the records and the photo list — all sealed, so
  // the staff member's name is nowhere in plain text.
  const [copy] = readdirSync(app.env.chosenFolder);
  const folder = join(app.env.chosenFolder, copy!);
  expect(readdirSync(folder).sort()).toEqual(['KEY.json', 'blobs.sealed', 'manifest.json', 'tables']);
  const staffPart = readdirSync(join(folder, 'tables')).find((name) => name.startsWith('staff.'))!;
  expect(readFileSync(join(folder, 'tables', staffPart)).includes(Buffer.from('ยังอยู่'))).toBe(false);
});

test('a restore cut off half-way is offered again at the next start, and finishing it brings the data back', async ({ app }) => {
  const settings = new SettingsPage(app.page);
  await settings.shell.waitUntilReady();
  await settings.addStaff({ title: 'นาง', firstName: 'กลับมา', lastName: 'ครบถ้วน', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานอำนวยการ' });
  const sync = new SyncPage(app);
  await sync.backupNow();
  const { readdirSync } = await import('node:fs');
  const name = readdirSync(join(app.env.userDataDir, 'backups', 'sets')).find((n) => n.endsWith('-manual'))!;

  // As if the window closed while the restore was replacing tables: marker set, staff emptied.
  await app.page.evaluate(
    (backup) =>
      new Promise<void>((resolve) => {
        localStorage.setItem('pr-desk.restoring', backup);
        const open = indexedDB.open('pr-desk');
        open.onsuccess = () => {
          const tx = open.result.transaction('staff', 'readwrite');
          tx.objectStore('staff').clear();
          tx.oncomplete = () => resolve();
        };
      }),
    name,
  );
  await app.page.reload();
  await expect(app.page.getByRole('heading', { name: 'การกู้คืนข้อมูลครั้งก่อนยังไม่เสร็จ' })).toBeVisible();
  await expect(app.page.getByTestId('sidebar')).toHaveCount(0);
  await app.screenshot('restore-interrupted');
  await app.page.getByRole('button', { name: 'กู้คืนจากข้อมูลสำรองชุดเดิมอีกครั้ง' }).click();

  await settings.shell.waitUntilReady();
  await settings.shell.openSettingsTab('บุคลากร');
  await expect(settings.staffRow('นางกลับมา ครบถ้วน')).toBeVisible();
  expect(await app.page.evaluate(() => localStorage.getItem('pr-desk.restoring'))).toBeNull();
});
