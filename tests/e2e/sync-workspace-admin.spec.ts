import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startWorkstation, test } from './support/app-fixture';
import { OFFICE_PASSPHRASE } from './pages/office-passphrase';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

const NEW_PASSPHRASE = 'รหัสใหม่ของสำนักงาน ปี 2570';
const REVOKED_TEXT = 'เครื่องนี้ถูกเพิกถอนสิทธิ์การซิงค์แล้ว (เช่น แจ้งว่าสูญหายหรือเลิกใช้งาน) จึงส่งข้อมูลไปยังโฟลเดอร์ซิงค์ไม่ได้ ข้อมูลในเครื่องนี้ยังอยู่ครบ กรุณาติดต่อผู้ดูแลระบบ';
const WRONG_PASSPHRASE_TEXT = 'รหัสผ่านไม่ถูกต้อง จึงเปิดโฟลเดอร์ซิงค์นี้ไม่ได้ กรุณาตรวจสอบรหัสผ่านของสำนักงานแล้วลองอีกครั้ง ข้อมูลในเครื่องนี้ยังอยู่ครบ';

/** ซิงค์ข้อมูล → จัดการพื้นที่ซิงค์, opened. */
async function openAdmin(sync: SyncPage): Promise<void> {
  await sync.open();
  const panel = sync.page.getByTestId('workspace-admin');
  await panel.getByRole('button', { name: 'เปิดการจัดการ' }).click();
  await expect(panel.getByTestId('workspace-device').first()).toBeVisible({ timeout: 30_000 });
}

const deviceRow = (page: Page, name: string) => page.getByTestId('workspace-device').filter({ hasText: name });

test.describe('administering the sync workspace (issue 18)', () => {
  test('A revokes B, B is told so in Thai; A changes the passphrase: the old one is refused, the new one joins', async ({ rendererServer, workspace }, testInfo) => {
    test.setTimeout(180_000);
    const folder = join(workspace, 'shared-sync');
    const one = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc1');
    const two = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc2');
    const three = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc3');
    try {
      const [a, b, c] = [new SyncPage(one), new SyncPage(two), new SyncPage(three)];
      for (const sync of [a, b, c]) await sync.shell.waitUntilReady();
      await new SettingsPage(one.page).nameThisDevice('เครื่องงานข่าว');
      await new SettingsPage(two.page).nameThisDevice('โน้ตบุ๊กงานโฆษก');

      // A makes the folder; B joins, adds someone and syncs; A takes in what B sent.
      await a.submitSetUp(folder, 'สร้างโฟลเดอร์ซิงค์ใหม่');
      const firstSheetKey = await a.keepKeySheet();
      await expect(one.page.getByTestId('sync-folder')).toHaveText(folder, { timeout: 30_000 });
      await a.syncNow();
      await b.setUpFolder(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
      await new SettingsPage(two.page).addStaff({ title: 'นางสาว', firstName: 'ปิยะนุช', lastName: 'ทองคำ', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานประเมินผล' });
      await b.syncNow();
      await a.syncNow();
      await expect(a.summary).toContainText('รับเข้า');

      // A sees both workstations: itself marked, B with what A received from it.
      await openAdmin(a);
      await expect(one.page.getByTestId('workspace-device')).toHaveCount(2);
      await expect(deviceRow(one.page, 'เครื่องงานข่าว')).toContainText('เครื่องนี้');
      await expect(deviceRow(one.page, 'โน้ตบุ๊กงานโฆษก')).toContainText(/รับแล้วถึงรายการที่ \d+/);
      await expect(deviceRow(one.page, 'โน้ตบุ๊กงานโฆษก')).toContainText('ใช้งานได้');
      // Dates in พ.ศ. with the time as "14.30 น.".
      await expect(deviceRow(one.page, 'โน้ตบุ๊กงานโฆษก')).toContainText(/25\d\d \d{1,2}\.\d\d น\./);
      await one.page.getByTestId('workspace-devices').scrollIntoViewIfNeeded();
      await one.screenshot('sync-admin-devices');

      // A revokes B, giving the reason; the dialog says what stays, what is refused, and the limit.
      await one.page.getByRole('button', { name: 'เพิกถอนเครื่อง โน้ตบุ๊กงานโฆษก' }).click();
      const dialog = one.page.getByRole('dialog', { name: 'เพิกถอนเครื่อง “โน้ตบุ๊กงานโฆษก”' });
      await expect(dialog).toContainText('ยังเปิดอ่านข้อมูลในโฟลเดอร์ซิงค์ได้');
      await dialog.getByRole('button', { name: 'เพิกถอน', exact: true }).click();
      await expect(dialog.getByText('กรุณากรอกเหตุผลที่เพิกถอน')).toBeVisible();
      await dialog.getByRole('textbox', { name: 'เหตุผลที่เพิกถอน' }).fill('เครื่องสูญหาย');
      await one.screenshot('sync-admin-revoke-dialog');
      await dialog.getByRole('button', { name: 'เพิกถอน', exact: true }).click();
      await expect(dialog).toBeHidden();
      const revoked = deviceRow(one.page, 'โน้ตบุ๊กงานโฆษก').getByTestId('device-revoked');
      await expect(revoked).toContainText('ถูกเพิกถอนแล้ว');
      await expect(revoked).toContainText('โดย เครื่องงานข่าว');
      await expect(revoked).toContainText('เหตุผล: เครื่องสูญหาย');
      await expect(one.page.getByRole('button', { name: 'เพิกถอนเครื่อง โน้ตบุ๊กงานโฆษก' })).toHaveCount(0);

      // B's next sync stops and says why, in Thai.
      await b.open();
      await two.page.getByRole('button', { name: 'ซิงค์ข้อมูล', exact: true }).click();
      await expect(two.page.getByRole('alert').filter({ hasText: 'ถูกเพิกถอน' })).toHaveText(REVOKED_TEXT, { timeout: 30_000 });
      await two.screenshot('sync-admin-revoked-b');

      // A changes the office passphrase (a wrong current one is refused first).
      const form = one.page.getByTestId('change-passphrase');
      await form.getByLabel('รหัสผ่านปัจจุบันของสำนักงาน', { exact: true }).fill('ไม่ใช่รหัสผ่านของสำนักงาน');
      await form.getByLabel('รหัสผ่านใหม่ของสำนักงาน', { exact: true }).fill(NEW_PASSPHRASE);
      await form.getByLabel('พิมพ์รหัสผ่านใหม่อีกครั้ง', { exact: true }).fill(NEW_PASSPHRASE);
      await form.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }).click();
      await expect(form.getByRole('alert')).toHaveText('รหัสผ่านปัจจุบันไม่ถูกต้อง จึงยังไม่ได้เปลี่ยนรหัสผ่าน รหัสผ่านเดิมยังใช้ได้ตามเดิม', { timeout: 30_000 });
      await form.getByLabel('รหัสผ่านปัจจุบันของสำนักงาน', { exact: true }).fill(OFFICE_PASSPHRASE);
      await form.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }).click();
      await expect(form.getByTestId('passphrase-changed')).toContainText('เปลี่ยนรหัสผ่านของสำนักงานแล้ว', { timeout: 30_000 });
      await form.scrollIntoViewIfNeeded();
      await one.screenshot('sync-admin-passphrase-changed');

      // A new key sheet from A: the same key as the one shown when the folder was made.
      await one.page.getByRole('button', { name: 'พิมพ์แผ่นรหัสกู้คืนใหม่' }).click();
      await expect(a.keySheet).toContainText('พิมพ์ใหม่จากกุญแจที่เครื่องนี้เก็บไว้');
      expect(await a.keepKeySheet()).toBe(firstSheetKey);

      // A third workstation: the old passphrase is refused in Thai, the new one joins and syncs.
      await c.submitSetUp(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่', OFFICE_PASSPHRASE);
      await expect(three.page.getByRole('alert')).toHaveText(WRONG_PASSPHRASE_TEXT, { timeout: 30_000 });
      await expect(three.page.getByTestId('sync-folder')).toHaveCount(0);
      // The folder stays chosen after a wrong passphrase: only the passphrase is typed again.
      await expect(c.chosenFolder).toHaveValue(folder);
      await c.submitChosen('เข้าร่วมโฟลเดอร์ที่มีอยู่', NEW_PASSPHRASE);
      await expect(three.page.getByTestId('sync-folder')).toHaveText(folder, { timeout: 30_000 });
      await c.syncNow();
      await expect(c.summary).toContainText('รับเข้า');
      // The third workstation sees the revocation as A wrote it.
      await openAdmin(c);
      await expect(deviceRow(three.page, 'โน้ตบุ๊กงานโฆษก').getByTestId('device-revoked')).toContainText('เหตุผล: เครื่องสูญหาย');
    } finally {
      await one.close();
      await two.close();
      await three.close();
    }
  });
});
