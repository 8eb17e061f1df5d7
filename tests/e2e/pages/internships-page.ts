import { expect, type Page } from '@playwright/test';

/** The internships module driven the way staff use it, in Thai. */
export class InternshipsPage {
  constructor(readonly page: Page) {}

  /** สถานศึกษา → เพิ่มสถานศึกษา, saved, then back on the intern list (where registering starts). */
  async addInstitution(name: string, faculty = ''): Promise<void> {
    await this.page.getByRole('tab', { name: 'สถานศึกษา' }).click();
    await this.page.getByRole('button', { name: 'เพิ่มสถานศึกษา' }).click();
    const form = this.page.getByRole('form', { name: 'แบบฟอร์มสถานศึกษา' });
    await form.getByRole('textbox', { name: 'ชื่อสถานศึกษา' }).fill(name);
    if (faculty) await form.getByRole('textbox', { name: 'คณะ/สาขา' }).fill(faculty);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    await expect(this.page.getByTestId('institution-list')).toContainText(name);
    await this.page.getByRole('tab', { name: 'นักศึกษาฝึกงาน' }).click();
  }
}
