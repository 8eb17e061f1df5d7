import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { MissionsPage } from './pages/missions-page';
import { SettingsPage } from './pages/settings-page';

/**
 * Writes records straight into the app's IndexedDB, below every check the app makes, as a
 * damaged restore, an old bug or a hand edit would leave them.
 */
async function plant(page: Page, table: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ table, json }) => {
      const records = JSON.parse(json) as unknown[];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('pr-desk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        for (const record of records) tx.objectStore(table).put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { table, json: JSON.stringify(records) },
  );
}

test.describe('one bad record never blanks the app (issue 18)', () => {
  test('records that fail their schema are left out of the lists and counted in a Thai notice', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.addStaff({ title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานอำนวยการ' });
    await expect(settings.staffRow('นายสมชาย ใจดี')).toBeVisible();

    const good = await app.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('pr-desk');
        open.onsuccess = () => resolve(open.result);
      });
      const staff = await new Promise<unknown[]>((resolve) => {
        const all = db.transaction('staff').objectStore('staff').getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
      });
      const missions = await new Promise<unknown[]>((resolve) => {
        const all = db.transaction('missions').objectStore('missions').getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
      });
      db.close();
      return { staff: staff[0] as Record<string, unknown>, mission: missions[0] as Record<string, unknown> };
    });
    // A name that is an object, a mission whose title is a number, a staff record with a prototype
    // key (`toString` as a field once crashed the merge; IndexedDB does not keep an own `__proto__`).
    await plant(app.page, 'staff', [
      { ...good.staff, id: 'bad-staff-object-name', firstName: { th: 'สมหญิง' } },
      { ...good.staff, id: 'bad-staff-proto', toString: 'ไม่ใช่ฟังก์ชัน' },
    ]);
    await plant(app.page, 'missions', [{ ...good.mission, id: 'bad-mission-number-title', title: 12345, sortOrder: 0 }]);

    await app.page.reload();
    await settings.shell.waitUntilReady();
    await settings.shell.openSettingsTab('บุคลากร');
    await expect(settings.staffRow('นายสมชาย ใจดี')).toBeVisible();
    // นายสมชาย and the administrator created at first run; neither bad record.
    await expect(settings.staffList.getByRole('listitem')).toHaveCount(2);
    const notice = app.page.getByTestId('unreadable-notice');
    // Counted as screens read them: the two staff records here (the dashboard may have read the mission already).
    await expect(notice).toContainText(/มีข้อมูล [23] รายการที่อ่านไม่ได้/);

    // The missions page still lists the ten standard missions; the notice now counts three.
    const missions = new MissionsPage(app.page);
    await missions.openTab('ภารกิจ');
    await expect(app.page.getByTestId('mission-row')).toHaveCount(10);
    await expect(notice).toContainText('มีข้อมูล 3 รายการที่อ่านไม่ได้');

    // Which ones, for the administrator: table and id.
    await notice.getByRole('button', { name: 'รายละเอียดสำหรับผู้ดูแลระบบ' }).click();
    for (const id of ['bad-staff-object-name', 'bad-staff-proto', 'bad-mission-number-title']) await expect(notice).toContainText(id);
    await expect(notice).toContainText('บุคลากร');
    await expect(notice).toContainText('firstName');
    await expect(notice).toContainText('toString');
    await app.screenshot('unreadable-records-notice');
  });
});
