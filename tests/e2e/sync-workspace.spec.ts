import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startWorkstation, test } from './support/app-fixture';
import { SyncPage } from './pages/sync-page';

/** What main answers for this workstation's sync folder, through the app's own bridge. */
function syncTarget(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { prDesk: { syncGetTarget(): Promise<unknown> } }).prDesk.syncGetTarget());
}

test.describe('an encrypted sync folder (issue 18)', () => {
  test('a workstation with the wrong passphrase is refused, in Thai', async ({ rendererServer, workspace }, testInfo) => {
    test.setTimeout(120_000);
    const folder = join(workspace, 'shared-sync');
    const one = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc1');
    const two = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc2');
    const three = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc3');
    try {
      const a = new SyncPage(one);
      const b = new SyncPage(two);
      const c = new SyncPage(three);
      for (const sync of [a, b, c]) await sync.shell.waitUntilReady();

      // A makes the folder under the office passphrase; the key sheet is shown once, and closes
      // only once someone says it is kept.
      await a.submitSetUp(folder, 'สร้างโฟลเดอร์ซิงค์ใหม่');
      await expect(a.keySheet).toBeVisible({ timeout: 30_000 });
      await expect(a.keySheet.getByTestId('key-sheet-key')).toHaveText(/^[A-Z2-7]{4}(-[A-Z2-7]{1,4})+$/);
      await expect(a.keySheet.getByRole('button', { name: 'ปิด', exact: true })).toBeDisabled();
      await one.screenshot('sync-key-sheet');
      const workspaceId = (await a.keySheet.getByTestId('key-sheet-workspace').innerText()).trim();
      await a.keepKeySheet();
      await expect(one.page.getByTestId('sync-folder')).toHaveText(folder);
      expect(await syncTarget(one.page)).toMatchObject({ ok: true, value: { folder, workspaceId } });
      await a.syncNow();
      // The ten standard missions every workstation seeds on first run, and the administrator
      // created at first run with their PIN.
      await expect(a.summary).toContainText('ส่งออก 12 รายการ');

      // B joins with the same passphrase and receives them.
      await b.setUpFolder(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
      await b.syncNow();
      await expect(b.summary).toContainText('รับเข้า 12 รายการ');
      await expect(b.summary).toContainText('ข้อมูลขัดแย้งที่รอตรวจสอบ 0 รายการ');

      // Someone drops a file into the share under a workstation nobody admitted: B's next sync
      // sets it aside, says so in Thai, and everything else still syncs.
      const stray = join(folder, 'devices', '0190a000-0000-7000-8000-00000000dead', 'log');
      mkdirSync(stray, { recursive: true });
      writeFileSync(join(stray, '000000000001-000000000001.ndjson.gz'), 'ไฟล์ปลอม');
      await b.syncNow();
      const quarantine = two.page.getByTestId('sync-quarantine');
      await expect(quarantine).toContainText('สิ่งที่กันไว้ไม่นำเข้า');
      await expect(quarantine.getByTestId('sync-quarantine-row')).toHaveCount(1);
      await expect(quarantine.getByTestId('sync-quarantine-row')).toContainText('มาจากเครื่องที่ไม่ได้ลงทะเบียนไว้กับโฟลเดอร์ซิงค์นี้');
      await two.screenshot('sync-quarantine-report');

      // C types another passphrase: refused with the Thai text, and no folder is set.
      await c.submitSetUp(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่', 'ประชาสัมพันธ์จังหวัดสงขลา 2568');
      await expect(three.page.getByRole('alert')).toHaveText(
        'รหัสผ่านไม่ถูกต้อง จึงเปิดโฟลเดอร์ซิงค์นี้ไม่ได้ กรุณาตรวจสอบรหัสผ่านของสำนักงานแล้วลองอีกครั้ง ข้อมูลในเครื่องนี้ยังอยู่ครบ',
        { timeout: 30_000 },
      );
      await expect(three.page.getByTestId('sync-folder')).toHaveCount(0);
      await expect(three.page.getByRole('tab', { name: 'เข้าร่วมโฟลเดอร์ที่มีอยู่', exact: true })).toBeVisible();
      // The folder picked stays chosen (main keeps the dialog's token after a failed join).
      await expect(c.chosenFolder).toHaveValue(folder);
      expect(await syncTarget(three.page)).toEqual({ ok: true, value: null });
      await three.screenshot('sync-wrong-passphrase');
    } finally {
      await one.close();
      await two.close();
      await three.close();
    }
  });
});
