import { join } from 'node:path';
import { expect, startWorkstation, test } from './support/app-fixture';
import { PressPage } from './pages/press-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

const AGENCY = 'สำนักงานสาธารณสุขจังหวัดสงขลา';
const REQUEST = 'รณรงค์ป้องกันไข้เลือดออก';
const HEADLINE = 'สงขลาจัดงานวันเด็กแห่งชาติ';
const FIRST = 'ผู้ว่าราชการจังหวัดสงขลาเป็นประธานเปิดงานวันเด็กแห่งชาติ ณ ศาลากลางจังหวัด';
const body = (second: string) => `${FIRST}\n\n${second}\n\nงานจัดถึงเวลา 16.00 น.`;
const PC1_PARAGRAPH = 'ภายในงานมีการแสดงโขนของนักเรียนโรงเรียนมหาวชิราวุธ';
const PC2_PARAGRAPH = 'ภายในงานมีการแข่งขันหมากรุกไทยชิงถ้วยผู้ว่าราชการจังหวัด';

test.describe('reviewing a conflict in the office’s words (issue 18)', () => {
  test('a release body, a request’s status and its person in charge: Thai labels, names, options and a side-by-side diff; the kept version is what search finds', async ({
    rendererServer,
    workspace,
  }, testInfo) => {
    // Two workstations through a whole review on a shared CI machine: about two and a half minutes.
    test.setTimeout(180_000);
    const folder = join(workspace, 'shared-sync');
    const one = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc1');
    const two = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc2');
    try {
      const s1 = new SettingsPage(one.page);
      await s1.shell.waitUntilReady();
      await new SettingsPage(two.page).shell.waitUntilReady();

      // PC 1: two staff, an agency, its request and the release written from it; PC 2 receives them.
      await s1.addStaff({ title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานอำนวยการ' });
      await s1.addStaff({ title: 'นางสาว', firstName: 'ปิยะนุช', lastName: 'ทองคำ', position: 'เจ้าหน้าที่', workGroup: 'กลุ่มงานประเมินผล' });
      const p1 = new PressPage(one.page);
      await s1.shell.openSection('บริการข่าว');
      await p1.addAgency(AGENCY, 'สสจ.สข.');
      await p1.openTab('คำขอรับบริการ');
      await one.page.getByRole('button', { name: 'รับคำขอใหม่' }).click();
      const requestForm = one.page.getByRole('form', { name: 'แบบฟอร์มคำขอรับบริการ' });
      await requestForm.getByRole('textbox', { name: 'ชื่องาน/กิจกรรม' }).fill(REQUEST);
      await p1.pick(requestForm, 'หน่วยงานที่ขอรับบริการ', AGENCY);
      await requestForm.getByRole('textbox', { name: 'สถานที่' }).fill('ลานวัฒนธรรม อำเภอเมืองสงขลา');
      await requestForm.getByRole('checkbox', { name: 'ภาพนิ่ง' }).check();
      await requestForm.getByRole('button', { name: 'บันทึก' }).click();
      await expect(requestForm).toBeHidden();
      await p1.openTab('ข่าวประชาสัมพันธ์');
      await one.page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
      const releaseForm = one.page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
      await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(HEADLINE);
      await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill(body('ภายในงานมีกิจกรรมสำหรับเด็ก'));
      await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
      await expect(releaseForm).toBeHidden();

      const sync1 = new SyncPage(one);
      const sync2 = new SyncPage(two);
      await sync1.setUpFolder(folder, 'สร้างโฟลเดอร์ซิงค์ใหม่');
      await sync1.syncNow();
      await sync2.setUpFolder(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
      await sync2.syncNow();
      await expect(sync2.summary).toContainText('ข้อมูลขัดแย้งที่รอตรวจสอบ 0 รายการ');

      // Offline, each rewrites the body's second paragraph and changes the request; PC 2 saves last.
      for (const [app, paragraph, status, person] of [
        [one, PC1_PARAGRAPH, 'มอบหมายแล้ว', 'นายสมชาย ใจดี'],
        [two, PC2_PARAGRAPH, 'ดำเนินการแล้ว', 'นางสาวปิยะนุช ทองคำ'],
      ] as const) {
        const press = new PressPage(app.page);
        await new SettingsPage(app.page).shell.openSection('บริการข่าว');
        await app.page.getByTestId('release-row').filter({ hasText: HEADLINE }).click();
        await app.page.getByRole('button', { name: 'แก้ไขข่าว' }).click();
        const form = app.page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
        await form.getByRole('textbox', { name: 'เนื้อข่าว' }).fill(body(paragraph));
        await form.getByRole('button', { name: 'บันทึก' }).click();
        await expect(form).toBeHidden();
        await app.page.getByRole('link', { name: 'กลับไปรายการข่าว' }).click();
        await press.openTab('คำขอรับบริการ');
        await app.page.getByTestId('request-list').getByText(REQUEST).click();
        const request = app.page.getByRole('form', { name: 'แบบฟอร์มคำขอรับบริการ' });
        await press.pick(request, 'สถานะ', status);
        await press.pick(request, 'ผู้รับผิดชอบ', person);
        await request.getByRole('button', { name: 'บันทึก' }).click();
        await expect(request).toBeHidden();
      }

      await sync1.syncNow();
      await sync2.syncNow();
      await sync1.syncNow();

      // PC 1 reviews: the release body and the request, in Thai, with names and options, never ids.
      await sync1.open();
      await expect(sync1.conflicts).toHaveCount(2);
      const release = sync1.conflicts.filter({ hasText: HEADLINE });
      const requestConflict = sync1.conflicts.filter({ hasText: REQUEST });
      await expect(release).toContainText('เนื้อข่าว');
      await expect(release.getByTestId('conflict-current').locator('[data-diff="removed"]')).toHaveText(`− ${PC2_PARAGRAPH}`);
      await expect(release.getByTestId('conflict-other').locator('[data-diff="added"]')).toHaveText(`+ ${PC1_PARAGRAPH}`);
      // The search words follow the body: they are never a conflict of their own.
      await expect(release).not.toContainText('terms');
      await expect(requestConflict).toContainText('สถานะ');
      await expect(requestConflict).toContainText('ผู้รับผิดชอบ');
      // Fields in name order: assignedStaffId, then status.
      await expect(requestConflict.getByTestId('conflict-current')).toHaveText(['นางสาวปิยะนุช ทองคำ', 'ดำเนินการแล้ว']);
      await expect(requestConflict.getByTestId('conflict-other')).toHaveText(['นายสมชาย ใจดี', 'มอบหมายแล้ว']);
      await expect(sync1.conflicts.first()).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      // Merging by hand starts from the whole text, paragraphs kept, in a tall editor.
      const merge = release.getByRole('textbox', { name: 'พิมพ์ค่าที่รวมเอง' });
      await expect(merge).toHaveValue(body(PC2_PARAGRAPH));
      expect(await merge.evaluate((el) => el.clientHeight)).toBeGreaterThan(150);
      // A choice or a person is picked, never typed: no hand-merge box for them.
      await expect(requestConflict.getByRole('textbox')).toHaveCount(0);
      // Tall enough to show the whole review in one picture.
      await one.page.setViewportSize({ width: 1366, height: 1500 });
      await one.page.getByRole('heading', { name: 'ข้อมูลที่ขัดแย้งกัน' }).scrollIntoViewIfNeeded();
      await one.screenshot('sync-conflict-review');
      await one.page.setViewportSize({ width: 1366, height: 768 });

      // Keep PC 1's body (the other workstation's side from PC 2's later save).
      await release.getByRole('button', { name: 'ใช้ค่าจากอีกเครื่อง' }).click();
      await expect(sync1.conflicts).toHaveCount(1);
      await requestConflict.getByRole('button', { name: 'ใช้ค่าปัจจุบัน' }).first().click();
      await expect(requestConflict).not.toContainText('ผู้รับผิดชอบ');
      await requestConflict.getByRole('button', { name: 'ใช้ค่าปัจจุบัน' }).click();
      await expect(sync1.conflicts).toHaveCount(0);

      // Search finds the kept version and not the discarded one, here and on PC 2 after a sync.
      await sync1.syncNow();
      await sync2.syncNow();
      await expect(sync2.conflicts).toHaveCount(0);
      for (const app of [one, two]) {
        await new SettingsPage(app.page).shell.openSection('บริการข่าว');
        const search = app.page.getByRole('textbox', { name: 'ค้นหาข่าว' });
        await search.fill('หมากรุก');
        await expect(app.page.getByTestId('release-row')).toHaveCount(0);
        await search.fill('โขน');
        await expect(app.page.getByTestId('release-row')).toHaveCount(1);
        await expect(app.page.getByTestId('release-row')).toContainText(HEADLINE);
      }
      await one.screenshot('sync-conflict-resolved-search');
    } finally {
      await one.close();
      await two.close();
    }
  });
});
