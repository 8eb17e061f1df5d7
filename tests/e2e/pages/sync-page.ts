import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** ซิงค์ข้อมูล as staff use it: set up the folder once, then press the button. */
export class SyncPage {
  readonly shell: ShellPage;
  readonly summary: Locator;
  readonly conflicts: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.summary = page.getByTestId('sync-summary');
    this.conflicts = page.getByTestId('conflict');
  }

  async open(): Promise<void> {
    await this.shell.openSection('ซิงค์ข้อมูล');
  }

  async setUpFolder(folder: string, mode: 'สร้างโฟลเดอร์ซิงค์ใหม่' | 'เข้าร่วมโฟลเดอร์ที่มีอยู่'): Promise<void> {
    await this.open();
    await this.page.getByRole('textbox', { name: 'โฟลเดอร์ซิงค์' }).fill(folder);
    await this.page.getByRole('button', { name: mode }).click();
    await expect(this.page.getByTestId('sync-folder')).toHaveText(folder);
  }

  async syncNow(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'ซิงค์ข้อมูล', exact: true }).click();
    await expect(this.summary).toBeVisible({ timeout: 30_000 });
  }
}
