import { join } from 'node:path';
import { expect, startWorkstation, test } from './support/app-fixture';
import { filesHolding } from './support/byte-search';
import { InternshipsPage } from './pages/internships-page';
import { thaiTypedDate } from './pages/missions-page';
import { SyncPage } from './pages/sync-page';
import { SettingsPage } from './pages/settings-page';
import type { Page } from '@playwright/test';

const UNIVERSITY = 'มหาวิทยาลัยทักษิณ';
/** Her values, unusual enough that no other text holds them. */
const HER = { first: 'พิมพ์ชนก', last: 'ลบได้จริง', email: 'pimchanok.erase@tsu.example.ac.th', phone: '0819990001' };
const HER_VALUES = [HER.first, HER.last, HER.email, HER.phone];

async function registerIntern(page: Page): Promise<void> {
  await new InternshipsPage(page).addInstitution(UNIVERSITY);
  await page.getByRole('button', { name: 'ลงทะเบียนนักศึกษา' }).click();
  const form = page.getByRole('form', { name: 'แบบฟอร์มนักศึกษาฝึกงาน' });
  await form.getByRole('combobox', { name: 'คำนำหน้า' }).fill('นางสาว');
  await form.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(HER.first);
  await form.getByRole('textbox', { name: 'นามสกุล', exact: true }).fill(HER.last);
  await form.getByRole('textbox', { name: 'รหัสนักศึกษา' }).fill('6510220777');
  await form.getByRole('combobox', { name: 'สถานศึกษา' }).click();
  await page.getByRole('option', { name: UNIVERSITY }).click();
  await form.getByRole('textbox', { name: 'โทรศัพท์' }).fill(HER.phone);
  await form.getByRole('textbox', { name: 'อีเมล' }).fill(HER.email);
  await form.getByRole('textbox', { name: 'วันเริ่มฝึก' }).fill(thaiTypedDate(-30).typed);
  await form.getByRole('textbox', { name: 'วันสิ้นสุดการฝึก' }).fill(thaiTypedDate(30).typed);
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(form).toBeHidden();
}

/**
 * Files of the test browser that the app's Electron has no counterpart of: Chrome's session
 * restore (the tabs' form contents, `Sessions/`) and its autofill history (`Web Data`). Electron
 * ships neither (electron/electron#6422: "Electron doesn't ship the autofill feature of Chrome");
 * docs/PDPA.md "The database files on disk".
 */
const BROWSER_ONLY = [/^Default\/Sessions\//, /^Default\/Web Data(-journal)?:/];
const outsideBrowserOnly = (hits: string[]) => hits.filter((hit) => !BROWSER_ONLY.some((pattern) => pattern.test(hit)));

/** The IndexedDB files of a Chromium profile: where the app's records live on disk. */
const indexedDbOf = (profileDir: string) => join(profileDir, 'Default', 'IndexedDB');

test.describe('PDPA erasure reaches the database files on disk', () => {
  test('after an erasure on one workstation and a sync on the other, neither profile’s files hold her name, e-mail or phone', async ({ rendererServer, workspace }, testInfo) => {
    test.setTimeout(180_000);
    const folder = join(workspace, 'shared-sync');
    const a = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc-a');
    const b = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc-b');
    try {
      const shellA = new SettingsPage(a.page).shell;
      await shellA.waitUntilReady();
      await new SettingsPage(b.page).shell.waitUntilReady();

      // A registers her; both workstations have her after a sync.
      await shellA.openSection('นักศึกษาฝึกงาน');
      await registerIntern(a.page);
      const syncA = new SyncPage(a);
      const syncB = new SyncPage(b);
      await syncA.setUpFolder(folder, 'สร้างโฟลเดอร์ซิงค์ใหม่');
      await syncA.syncNow();
      await syncB.setUpFolder(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
      await syncB.syncNow();
      const shellB = new SettingsPage(b.page).shell;
      await shellB.openSection('นักศึกษาฝึกงาน');
      await expect(b.page.getByRole('link', { name: `นางสาว${HER.first} ${HER.last}` })).toBeVisible();
      // The search sees her where she is: in both profiles' IndexedDB files.
      for (const app of [a, b]) await expect.poll(() => filesHolding(indexedDbOf(app.profileDir), HER_VALUES).length).toBeGreaterThan(0);

      // A erases her. The window starts again and rebuilds its database files first.
      await shellA.openSection('นักศึกษาฝึกงาน');
      await a.page.getByRole('link', { name: `นางสาว${HER.first} ${HER.last}` }).click();
      await a.page.getByRole('textbox', { name: 'เหตุผลในการลบ' }).fill('เจ้าของข้อมูลขอให้ลบ');
      await a.page.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
      await a.page.getByRole('dialog').getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
      await expect(a.page.getByText('ลบข้อมูลส่วนบุคคลแล้ว และบันทึกการลบไว้')).toBeVisible({ timeout: 30_000 });
      await expect(a.page.getByTestId('erased-notice')).toContainText('เจ้าของข้อมูลขอให้ลบ');
      await a.screenshot('pdpa-disk-a-after-erasure');
      expect(filesHolding(indexedDbOf(a.profileDir), HER_VALUES)).toEqual([]);

      // Everyone syncs. B scrubs her records; her old values are still in B's files until the rebuild.
      await syncA.syncNow();
      await syncB.syncNow();
      const erasedHere = b.page.getByTestId('sync-erased');
      await expect(erasedHere).toContainText('ลบข้อมูลส่วนบุคคลตามคำขอ (PDPA)');
      await b.screenshot('pdpa-disk-b-sync-erased');
      expect(filesHolding(indexedDbOf(b.profileDir), HER_VALUES).length).toBeGreaterThan(0);
      // The window restarts on the rebuild screen (held here so it can be looked at).
      const release = b.holdDatabaseClear();
      await erasedHere.getByRole('button', { name: 'ล้างไฟล์ฐานข้อมูลตอนนี้' }).click();
      const rebuilding = b.page.getByTestId('rebuilding-database');
      await expect(rebuilding).toContainText('กำลังล้างข้อมูลส่วนบุคคลที่ลบแล้วออกจากไฟล์ฐานข้อมูลของเครื่องนี้');
      // The backup is taken; the clear waits at the gate.
      await expect(rebuilding).toContainText('ขั้นที่ 2 จาก 3: ลบไฟล์ฐานข้อมูลเดิม');
      await b.screenshot('pdpa-disk-b-rebuilding');
      release();
      await expect(b.page.getByText('ล้างข้อมูลส่วนบุคคลที่ลบแล้วออกจากไฟล์ฐานข้อมูลของเครื่องนี้แล้ว')).toBeVisible({ timeout: 30_000 });

      // Nothing of her on either workstation's disk: the database files, and the rest of the profile.
      for (const app of [a, b]) {
        expect(filesHolding(indexedDbOf(app.profileDir), HER_VALUES)).toEqual([]);
        expect(outsideBrowserOnly(filesHolding(app.profileDir, HER_VALUES))).toEqual([]);
        expect(filesHolding(app.env.userDataDir, HER_VALUES)).toEqual([]);
      }
      // The app works on its new files as before: B still has the institution and sees her as erased.
      await shellB.openSection('นักศึกษาฝึกงาน');
      await expect(b.page.getByTestId('intern-row')).toHaveCount(1);
      await expect(b.page.getByTestId('intern-row')).not.toContainText(HER.first);
      await b.screenshot('pdpa-disk-b-after-rebuild');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
