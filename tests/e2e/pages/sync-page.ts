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

  /** สำรองข้อมูลตอนนี้, waiting until the new backup is listed. */
  async backupNow(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'สำรองข้อมูลตอนนี้' }).click();
    await expect(this.page.getByText('สำรองข้อมูลแล้ว')).toBeVisible({ timeout: 30_000 });
    await expect(this.page.getByTestId('backup-progress')).toHaveCount(0);
  }

  /** The newest backup of a kind (its Thai name, e.g. สำรองเอง). */
  backupRow(kind: string): Locator {
    return this.page.getByTestId('backup-list').getByRole('row', { name: new RegExp(kind) }).first();
  }

  async openBackup(kind: string): Promise<void> {
    await this.backupRow(kind).getByRole('button', { name: 'ดู / กู้คืน' }).click();
    await expect(this.page.getByTestId('backup-preview')).toBeVisible();
  }

  /** กู้คืนข้อมูล in the open preview; the app reloads as the new device and says it is done. */
  async restoreOpenedBackup(): Promise<void> {
    await this.page.getByRole('button', { name: 'กู้คืนข้อมูล' }).click();
    await expect(this.page.getByTestId('backup-restored')).toContainText('กู้คืนข้อมูลแล้ว', { timeout: 30_000 });
  }

  async syncNow(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'ซิงค์ข้อมูล', exact: true }).click();
    await expect(this.summary).toBeVisible({ timeout: 30_000 });
  }
}
