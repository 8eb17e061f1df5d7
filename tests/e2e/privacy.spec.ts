import { execFileSync } from 'node:child_process';
import { expect, test } from './support/app-fixture';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\u200b/g, '').replace(/\s+/g, '');
}

test.describe('personal data (PDPA)', () => {
  test('the records of processing list what the office stores, as a Thai PDF and an Excel file', async ({ app }) => {
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นางสาว', firstName: 'ปิยะนุช', lastName: 'ทองคำ', position: 'นักประชาสัมพันธ์ปฏิบัติการ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });

    await settings.shell.openSettingsTab('ข้อมูลส่วนบุคคล (PDPA)');
    const table = page.getByTestId('ropa-table');
    await expect(table.getByTestId('ropa-row')).toHaveCount(7);
    await expect(table.getByTestId('ropa-row').filter({ hasText: 'การรับนักศึกษาฝึกงาน' })).toContainText('มาตรา 24(3)');
    // The counts are this workstation's records: the staff member just added and the administrator.
    await expect(table.getByTestId('ropa-row').filter({ hasText: 'บุคลากรและบัญชีผู้ใช้งาน' })).toContainText(/เจ้าหน้าที่ \([2-9]\sรายการ\)/);
    await app.screenshot('settings-ropa-th');

    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const text = pdfText(app.env.pdf.saved[0] ?? '');
    for (const expected of ['บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล', 'ตามมาตรา39', 'การรับและจัดการเรื่องร้องเรียน', 'ผู้ร้องเรียน', SONGKHLA_OFFICE.directorName]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }

    await page.getByRole('button', { name: 'ส่งออก Excel' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    expect(app.env.exported[0]).toMatch(/\.xlsx$/);
  });
});
