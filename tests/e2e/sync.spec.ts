import { join } from 'node:path';
import { expect, startWorkstation, test } from './support/app-fixture';
import { displayName, TEST_ADMIN } from './pages/sign-in-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

test.describe('two workstations over one shared folder', () => {
  test('both edit offline, both sync, and end with the same records and one reviewed conflict', async ({ rendererServer, workspace }, testInfo) => {
    test.setTimeout(120_000);
    const folder = join(workspace, 'shared-sync');
    const one = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc1');
    const two = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc2');
    try {
      const s1 = new SettingsPage(one.page);
      const s2 = new SettingsPage(two.page);
      await s1.shell.waitUntilReady();
      await s2.shell.waitUntilReady();

      // PC 1 creates the folder and the first staff member; PC 2 joins and receives them.
      await s1.addStaff({ title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานอำนวยการ' });
      const sync1 = new SyncPage(one);
      const sync2 = new SyncPage(two);
      await sync1.setUpFolder(folder, 'สร้างโฟลเดอร์ซิงค์ใหม่');
      await sync1.syncNow();
      // The administrator and the staff member with their PINs, plus the ten standard missions
      // every workstation seeds on first run.
      await expect(sync1.summary).toContainText('ส่งออก 14 รายการ');
      await sync2.setUpFolder(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
      await sync2.syncNow();
      // PC 2 seeded the same missions under the same ids: they merge, with no conflict.
      await expect(sync2.summary).toContainText('รับเข้า 14 รายการ');
      await expect(sync2.summary).toContainText('ข้อมูลขัดแย้งที่รอตรวจสอบ 0 รายการ');

      // Offline, both change the same person's position, and each adds someone.
      for (const [settings, position, newcomer] of [
        [s1, 'หัวหน้ากลุ่มงานอำนวยการ', 'ปิยะนุช'],
        [s2, 'นักประชาสัมพันธ์ชำนาญการ', 'ณัฐวุฒิ'],
      ] as const) {
        await settings.shell.openSettingsTab('บุคลากร');
        await settings.page.getByRole('button', { name: 'แก้ไข นายสมชาย ใจดี' }).click();
        const dialog = settings.page.getByRole('dialog', { name: 'แก้ไขข้อมูลบุคลากร' });
        await dialog.getByRole('textbox', { name: 'ตำแหน่ง' }).fill(position);
        await dialog.getByRole('button', { name: 'บันทึก' }).click();
        await expect(dialog).toBeHidden();
        await settings.addStaff({ title: 'นางสาว', firstName: newcomer, lastName: 'ทองคำ', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานประเมินผล' });
      }

      await sync1.syncNow();
      await sync2.syncNow();
      await sync1.syncNow();

      // Both have the same people and the same winning position, and both show the conflict.
      for (const settings of [s1, s2]) {
        await settings.shell.openSettingsTab('บุคลากร');
        for (const name of ['นายสมชาย ใจดี', 'นางสาวปิยะนุช ทองคำ', 'นางสาวณัฐวุฒิ ทองคำ']) {
          await expect(settings.staffRow(name)).toBeVisible();
        }
        await expect(settings.staffRow('นายสมชาย ใจดี')).toContainText('นักประชาสัมพันธ์ชำนาญการ');
      }
      for (const sync of [sync1, sync2]) {
        await sync.open();
        await expect(sync.conflicts).toHaveCount(1);
        await expect(sync.conflicts.getByTestId('conflict-other')).toHaveText('หัวหน้ากลุ่มงานอำนวยการ');
      }
      await one.screenshot('sync-conflict-review');

      // PC 1 reviews it: keep the other value. After syncing, neither shows a conflict.
      await sync1.conflicts.getByRole('button', { name: 'ใช้ค่าจากอีกเครื่อง' }).click();
      await expect(sync1.conflicts).toHaveCount(0);
      await sync1.syncNow();
      await sync2.syncNow();
      await expect(sync2.conflicts).toHaveCount(0);
      for (const settings of [s1, s2]) {
        await settings.shell.openSettingsTab('บุคลากร');
        await expect(settings.staffRow('นายสมชาย ใจดี')).toContainText('หัวหน้ากลุ่มงานอำนวยการ');
      }
      await two.screenshot('sync-after-resolution');
    } finally {
      await one.close();
      await two.close();
    }
  });

  test('the folder is picked in the dialog only: a path or a made-up token from the page is refused, nothing is created', async ({ app, workspace }) => {
    const sync = new SyncPage(app);
    await sync.shell.waitUntilReady();
    await sync.open();
    // Nothing chosen yet: the folder field cannot be typed into, and neither button is on.
    await expect(sync.chosenFolder).toHaveValue('');
    await expect(sync.chosenFolder).not.toBeEditable();
    await expect(app.page.getByRole('button', { name: 'เข้าร่วมโฟลเดอร์ที่มีอยู่', exact: true })).toBeDisabled();
    await app.screenshot('sync-setup-nothing-chosen');

    // Code in the window naming a folder itself (as a script injected into the page would).
    const target = join(workspace, 'named-by-the-page');
    const answers = await app.page.evaluate(async (folder) => {
      type Answer = { ok: boolean; error?: { code: string } };
      const prDesk = (window as unknown as { prDesk: Record<'syncCreateFolder' | 'syncJoinFolder', (input: unknown) => Promise<Answer>> }).prDesk;
      const passphrase = 'ข่าวสารจังหวัดเพื่อประชาชน 2569';
      const tries = [
        prDesk.syncCreateFolder({ folder, passphrase }),
        prDesk.syncJoinFolder({ folder, passphrase }),
        prDesk.syncCreateFolder({ token: folder, passphrase }),
        prDesk.syncCreateFolder({ token: 'Q'.repeat(43), passphrase }),
        prDesk.syncJoinFolder({ token: 'Q'.repeat(43), passphrase }),
      ];
      return (await Promise.all(tries)).map((answer) => (answer.ok ? 'ok' : answer.error?.code));
    }, target);
    expect(answers).toEqual(['invalid-payload', 'invalid-payload', 'invalid-payload', 'path-not-chosen', 'path-not-chosen']);
    const { existsSync } = await import('node:fs');
    expect(existsSync(target)).toBe(false);
    expect(existsSync(join(app.env.userDataDir, 'sync-target.json'))).toBe(false);

    // Picked with เลือกโฟลเดอร์…: shown, still read-only, and the button comes on.
    await sync.chooseFolder(join(workspace, 'shared-sync'));
    await expect(sync.chosenFolder).not.toBeEditable();
    await expect(app.page.getByRole('button', { name: 'เข้าร่วมโฟลเดอร์ที่มีอยู่', exact: true })).toBeEnabled();
    await app.screenshot('sync-setup-folder-chosen');

    // The dialog asked again meanwhile (its new choice replaces the one on screen): the old
    // token is refused in Thai and the field is emptied, so the folder is picked again.
    await app.page.evaluate(() => (window as unknown as { prDesk: { syncChooseFolder(): Promise<unknown> } }).prDesk.syncChooseFolder());
    await sync.submitChosen('เข้าร่วมโฟลเดอร์ที่มีอยู่');
    await expect(app.page.getByRole('alert')).toContainText('กรุณากดปุ่ม “เลือกโฟลเดอร์…” แล้วเลือกโฟลเดอร์อีกครั้ง');
    await expect(sync.chosenFolder).toHaveValue('');
    await expect(app.page.getByRole('button', { name: 'เข้าร่วมโฟลเดอร์ที่มีอยู่', exact: true })).toBeDisabled();
    expect(existsSync(join(app.env.userDataDir, 'sync-target.json'))).toBe(false);
    await app.screenshot('sync-setup-choose-again');
  });

  test('a missing folder is refused with a Thai message and nothing local changes', async ({ app, workspace }) => {
    const sync = new SyncPage(app);
    await sync.shell.waitUntilReady();
    await sync.submitSetUp(join(workspace, 'not-a-sync-folder'), 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
    await expect(app.page.getByRole('alert')).toContainText('ไม่พบโฟลเดอร์ซิงค์');
    await app.screenshot('sync-missing-folder');
  });

  test('backup now, then restore it after a change', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.addStaff({ title: 'นาย', firstName: 'ฟื้นฟู', lastName: 'น้ำดื่ม', position: 'ช่างภาพ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
    // Three photos already in this workstation's store (the photo screens are another part).
    const { localBlobStore } = await import('../../src-main/main/blobs/blob-store');
    const { randomBytes } = await import('node:crypto');
    for (let i = 0; i < 3; i++) await localBlobStore(app.env.userDataDir).put(randomBytes(200_000));
    const sync = new SyncPage(app);
    await sync.backupNow();
    await expect(sync.backupRow('สำรองเอง')).toContainText('3 ไฟล์ · 586 KB');
    const { readFileSync } = await import('node:fs');
    const deviceId = () => (JSON.parse(readFileSync(join(app.env.userDataDir, 'device.json'), 'utf8')) as { deviceId: string }).deviceId;
    const deviceBefore = deviceId();
    await expect(app.page.getByText('สำรองข้อมูลแล้ว')).toBeHidden({ timeout: 10_000 });
    await sync.backupRow('สำรองเอง').scrollIntoViewIfNeeded();
    await app.screenshot('backups-panel');

    await settings.addStaff({ title: 'นาย', firstName: 'หลังสำรอง', lastName: 'ข้อมูล', position: 'ทดลอง', workGroup: 'กลุ่มงานประเมินผล' });
    // A damaged disk: every photo gone from this PC, and one of them from the backup store too.
    // The preview says so before restoring, and the restore names it (the before-restore backup
    // cannot supply it). The backup store's names are sealed (HMAC of the id), so the lost file is
    // chosen there and the PC loses all three.
    const { readdirSync, rmSync } = await import('node:fs');
    const store = join(app.env.userDataDir, 'backups', 'store');
    const shard = readdirSync(store).find((name) => /^[0-9a-f]{2}$/.test(name))!;
    rmSync(join(store, shard, readdirSync(join(store, shard))[0]!));
    const photos = localBlobStore(app.env.userDataDir);
    for await (const { id } of photos.list()) await photos.remove(id);
    await sync.open();
    await sync.openBackup('สำรองเอง');
    await expect(app.page.getByTestId('backup-absent')).toContainText('ไม่พบรูปภาพหรือไฟล์แนบ 1 ไฟล์');
    await expect(app.page.getByTestId('backup-preview')).toContainText('บุคลากร');
    await expect(app.page.getByTestId('backup-preview')).toContainText('ประวัติการเปลี่ยนแปลง');
    await app.screenshot('backup-preview');
    await sync.restoreOpenedBackup();
    await expect(app.page.getByTestId('backup-restored')).toContainText('1 ไฟล์ที่เสียหายหรือไม่พบ');
    // The state replaced by the restore was itself backed up first.
    await expect(sync.backupRow('ก่อนกู้คืน')).toBeVisible();

    await settings.shell.openSettingsTab('บุคลากร');
    await expect(settings.staffRow('นายฟื้นฟู น้ำดื่ม')).toBeVisible();
    await expect(settings.staffRow('นายหลังสำรอง ข้อมูล')).toHaveCount(0);
    // A restored workstation continues under a new device id (it never writes into the old log).
    expect(deviceId()).not.toBe(deviceBefore);
  });
});

test.describe('carry a backup to another computer', () => {
  test('copies a backup to a folder and imports it back after a preview; a foreign file is refused', async ({ app, workspace }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.addStaff({ title: 'นางสาว', firstName: 'ญี่ปุ่น', lastName: 'ฟื้นฟู', position: 'นักวิชาการ', workGroup: 'กลุ่มงานประเมินผล' });
    const sync = new SyncPage(app);
    await sync.backupNow();
    const usb = join(workspace, 'usb-drive');
    const { mkdirSync, readdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(usb);
    app.env.chosenFolder = usb;
    await sync.backupRow('สำรองเอง').getByRole('button', { name: 'คัดลอกไปยังโฟลเดอร์' }).click();
    // Backups are sealed with a key only this PC holds: copying out asks for a backup passphrase
    // first (a short one, then two that differ, are refused in Thai; nothing is copied meanwhile).
    const dialog = app.page.getByRole('dialog', { name: 'ตั้งรหัสผ่านข้อมูลสำรองก่อนคัดลอก' });
    await dialog.getByTestId('backup-passphrase').fill('สั้นไป');
    await dialog.getByTestId('backup-passphrase-confirm').fill('สั้นไป');
    await dialog.getByRole('button', { name: 'บันทึกรหัสผ่านแล้วคัดลอก' }).click();
    await expect(dialog.getByText('รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร')).toBeVisible();
    await dialog.getByTestId('backup-passphrase').fill('ข้าวเหนียวมะม่วงสงขลา 2569');
    await dialog.getByTestId('backup-passphrase-confirm').fill('ข้าวเหนียวมะม่วงสงขลา 2568');
    await dialog.getByRole('button', { name: 'บันทึกรหัสผ่านแล้วคัดลอก' }).click();
    await expect(dialog.getByText('รหัสผ่านที่พิมพ์ทั้งสองครั้งไม่ตรงกัน')).toBeVisible();
    expect(readdirSync(usb)).toEqual([]);
    await app.screenshot('backup-passphrase-export');
    await dialog.getByTestId('backup-passphrase-confirm').fill('ข้าวเหนียวมะม่วงสงขลา 2569');
    await dialog.getByRole('button', { name: 'บันทึกรหัสผ่านแล้วคัดลอก' }).click();
    await expect(app.page.getByText('คัดลอกข้อมูลสำรองไปไว้ที่', { exact: false })).toBeVisible();
    const [exported] = readdirSync(usb);
    expect(exported).toMatch(/^PR Desk สำรอง \d{1,2} .+ 25\d\d \d\d\.\d\d น\. \(ชุดที่ \d+\)$/);

    // A file that is not ours: refused, nothing changes.
    app.env.chosenOpenFile = join(workspace, 'random.json');
    writeFileSync(app.env.chosenOpenFile, '{"spreadsheet": true}');
    await app.page.getByRole('button', { name: 'นำเข้าข้อมูลสำรอง' }).click();
    await expect(app.page.getByText('ไฟล์นี้ไม่ใช่ข้อมูลสำรองของ PR Desk', { exact: false })).toBeVisible();

    await settings.addStaff({ title: 'นาย', firstName: 'ชั่วคราว', lastName: 'ทดลอง', position: 'ทดลอง', workGroup: 'กลุ่มงานประเมินผล' });
    await sync.open();
    app.env.chosenOpenFile = join(usb, exported!, 'manifest.json');
    await app.page.getByRole('button', { name: 'นำเข้าข้อมูลสำรอง' }).click();
    await expect(app.page.getByTestId('backup-preview')).toContainText('บุคลากร');
    await sync.restoreOpenedBackup();
    await expect(sync.backupRow('นำเข้าจากที่อื่น')).toBeVisible();
    await settings.shell.openSettingsTab('บุคลากร');
    await expect(settings.staffRow('นางสาวญี่ปุ่น ฟื้นฟู')).toBeVisible();
    await expect(settings.staffRow('นายชั่วคราว ทดลอง')).toHaveCount(0);
  });

  test('a replacement PC imports a sealed backup with its passphrase (a wrong one is refused in Thai) and restores it', async ({ rendererServer, workspace }, testInfo) => {
    test.setTimeout(120_000);
    const usb = join(workspace, 'usb-drive');
    const { mkdirSync, readdirSync } = await import('node:fs');
    mkdirSync(usb);
    const old = await startWorkstation(rendererServer.origin, workspace, testInfo, 'old-pc');
    const replacement = await startWorkstation(rendererServer.origin, workspace, testInfo, 'new-pc');
    try {
      // The old PC: a person, a backup, copied out with a backup passphrase.
      const oldSettings = new SettingsPage(old.page);
      await oldSettings.shell.waitUntilReady();
      await oldSettings.addStaff({ title: 'นาง', firstName: 'ศรีสุดา', lastName: 'ย้ายเครื่อง', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานประชาสัมพันธ์' });
      const oldSync = new SyncPage(old);
      await oldSync.backupNow();
      old.env.chosenFolder = usb;
      await oldSync.backupRow('สำรองเอง').getByRole('button', { name: 'คัดลอกไปยังโฟลเดอร์' }).click();
      const setDialog = old.page.getByRole('dialog', { name: 'ตั้งรหัสผ่านข้อมูลสำรองก่อนคัดลอก' });
      await setDialog.getByTestId('backup-passphrase').fill('ข้าวเหนียวมะม่วงสงขลา 2569');
      await setDialog.getByTestId('backup-passphrase-confirm').fill('ข้าวเหนียวมะม่วงสงขลา 2569');
      await setDialog.getByRole('button', { name: 'บันทึกรหัสผ่านแล้วคัดลอก' }).click();
      await expect(old.page.getByText('คัดลอกข้อมูลสำรองไปไว้ที่', { exact: false })).toBeVisible();
      const [exported] = readdirSync(usb);

      // The replacement PC cannot open it without the passphrase: it asks, and a wrong one changes nothing.
      const sync = new SyncPage(replacement);
      await new SettingsPage(replacement.page).shell.waitUntilReady();
      await sync.open();
      replacement.env.chosenOpenFile = join(usb, exported!, 'manifest.json');
      await replacement.page.getByRole('button', { name: 'นำเข้าข้อมูลสำรอง' }).click();
      const dialog = replacement.page.getByRole('dialog', { name: 'รหัสผ่านของข้อมูลสำรองที่นำเข้า' });
      await expect(dialog).toContainText('กรุณาพิมพ์รหัสผ่านข้อมูลสำรองที่ตั้งไว้ที่เครื่องที่คัดลอกมา');
      await dialog.getByTestId('backup-passphrase').fill('ข้าวเหนียวมะม่วงสงขลา 2568');
      await dialog.getByRole('button', { name: 'นำเข้า' }).click();
      await expect(dialog.getByText('รหัสผ่านข้อมูลสำรองไม่ถูกต้อง', { exact: false })).toBeVisible();
      await replacement.screenshot('backup-passphrase-import-wrong');
      // The dialog stays open with the typed text kept, and no imported backup was listed.
      await expect(dialog.getByTestId('backup-passphrase')).toHaveValue('ข้าวเหนียวมะม่วงสงขลา 2568');
      await expect(sync.backupRow('นำเข้าจากที่อื่น')).toHaveCount(0);

      await dialog.getByTestId('backup-passphrase').fill('ข้าวเหนียวมะม่วงสงขลา 2569');
      await dialog.getByRole('button', { name: 'นำเข้า' }).click();
      await expect(replacement.page.getByTestId('backup-preview')).toContainText('บุคลากร');
      // The same row that was absent after the wrong passphrase is listed now.
      await expect(sync.backupRow('นำเข้าจากที่อื่น')).toBeVisible();
      // The old PC's staff replace this one's: its administrator signs in with the PIN from there.
      await sync.restoreOpenedBackup(displayName(TEST_ADMIN));
      const settings = new SettingsPage(replacement.page);
      await settings.shell.openSettingsTab('บุคลากร');
      await expect(settings.staffRow('นางศรีสุดา ย้ายเครื่อง')).toBeVisible();
    } finally {
      await old.close();
      await replacement.close();
    }
  });
});

