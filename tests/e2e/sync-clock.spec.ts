import { join } from 'node:path';
import { expect, startWorkstation, test } from './support/app-fixture';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

const HOURS_AHEAD = 5;

test.describe('a workstation clock set wrong (issue 18)', () => {
  test('a PC whose clock runs hours ahead: the other PC is warned in Thai when it syncs, and both end with the same records', async ({ rendererServer, workspace }, testInfo) => {
    test.setTimeout(150_000);
    const folder = join(workspace, 'shared-sync');
    const fast = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc-fast');
    const right = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc-right');
    try {
      // pc-fast's clock (the page's Date, which stamps every edit) runs five hours ahead, and keeps running.
      await fast.context.clock.install({ time: Date.now() + HOURS_AHEAD * 3_600_000 });
      await fast.page.reload();
      const [a, b] = [new SyncPage(fast), new SyncPage(right)];
      for (const sync of [a, b]) await sync.shell.waitUntilReady();
      await new SettingsPage(fast.page).nameThisDevice('เครื่องงานข่าว');
      await a.setUpFolder(folder, 'สร้างโฟลเดอร์ซิงค์ใหม่');
      await new SettingsPage(fast.page).addStaff({ title: 'นาย', firstName: 'นาฬิกา', lastName: 'เดินเร็ว', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานประเมินผล' });
      await a.syncNow();

      // pc-right takes in an edit stamped five hours from its now: merged as usual, and the report says why times look odd.
      await b.setUpFolder(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
      await b.syncNow();
      const warning = right.page.getByTestId('sync-clock-warning');
      await expect(warning).toContainText('นาฬิกาของเครื่องนี้ไม่ตรงกับเครื่อง เครื่องงานข่าว');
      await expect(warning).toContainText('(ข้อมูลยังซิงค์ตามปกติ)');
      await warning.scrollIntoViewIfNeeded();
      await right.screenshot('sync-clock-warning');

      // pc-right's own edit, made at its (right) time, still reaches pc-fast: nothing is refused for the clocks.
      await new SettingsPage(right.page).addStaff({ title: 'นางสาว', firstName: 'ตรงเวลา', lastName: 'พอดี', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานประเมินผล' });
      await b.syncNow();
      await a.syncNow();
      for (const page of [fast.page, right.page]) {
        const settings = new SettingsPage(page);
        await settings.shell.openSettingsTab('บุคลากร');
        await expect(settings.staffRow('นายนาฬิกา เดินเร็ว')).toBeVisible();
        await expect(settings.staffRow('นางสาวตรงเวลา พอดี')).toBeVisible();
      }
    } finally {
      await fast.close();
      await right.close();
    }
  });
});
