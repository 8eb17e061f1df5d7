import { expect, type Locator, type Page } from '@playwright/test';
import type { E2eMainEnvironment } from '../support/main-deps';
import { OFFICE_PASSPHRASE } from './office-passphrase';
import { ShellPage } from './shell-page';
import { SignInPage } from './sign-in-page';

export type SetUpMode = 'สร้างโฟลเดอร์ซิงค์ใหม่' | 'เข้าร่วมโฟลเดอร์ที่มีอยู่';

/** A running workstation (startWorkstation's AppHandle): its page, and what main's stub dialogs answer. */
export interface SyncPageApp {
  readonly page: Page;
  readonly env: Pick<E2eMainEnvironment, 'chosenFolder'>;
}

/** ซิงค์ข้อมูล as staff use it: set up the folder once, then press the button. */
export class SyncPage {
  readonly shell: ShellPage;
  readonly summary: Locator;
  readonly conflicts: Locator;
  /** The office key, shown once after a new sync folder is made. */
  readonly keySheet: Locator;
  /** The chosen sync folder, shown read-only: it can only be picked with เลือกโฟลเดอร์…. */
  readonly chosenFolder: Locator;
  readonly page: Page;
  private readonly env: SyncPageApp['env'];

  constructor(app: SyncPageApp) {
    const page = app.page;
    this.page = page;
    this.env = app.env;
    this.shell = new ShellPage(page);
    this.chosenFolder = page.getByRole('textbox', { name: 'โฟลเดอร์ซิงค์' });
    this.summary = page.getByTestId('sync-summary');
    this.conflicts = page.getByTestId('conflict');
    this.keySheet = page.getByRole('dialog', { name: 'รหัสกู้คืนโฟลเดอร์ซิงค์' });
  }

  async open(): Promise<void> {
    await this.shell.openSection('ซิงค์ข้อมูล');
  }

  /**
   * เลือกโฟลเดอร์…: main's folder dialog (stubbed: it answers env.chosenFolder) picks `folder`,
   * which the screen then shows; the folder cannot be typed (issue 19).
   */
  async chooseFolder(folder: string): Promise<void> {
    this.env.chosenFolder = folder;
    await this.page.getByRole('button', { name: 'เลือกโฟลเดอร์…', exact: true }).click();
    await expect(this.chosenFolder).toHaveValue(folder);
  }

  /**
   * Picks the folder in the dialog, types the office passphrase (twice for a new folder) and
   * presses the mode's button; what follows (the key sheet, the folder set, a refusal) is the
   * caller's to check.
   */
  async submitSetUp(folder: string, mode: SetUpMode, passphrase = OFFICE_PASSPHRASE): Promise<void> {
    await this.open();
    await this.chooseFolder(folder);
    await this.submitChosen(mode, passphrase);
  }

  /** The passphrase and the mode's button for the folder already chosen (e.g. after a mistyped passphrase). */
  async submitChosen(mode: SetUpMode, passphrase = OFFICE_PASSPHRASE): Promise<void> {
    await this.page.getByRole('tab', { name: mode, exact: true }).click();
    await this.page.getByLabel('รหัสผ่านของสำนักงาน', { exact: true }).fill(passphrase);
    if (mode === 'สร้างโฟลเดอร์ซิงค์ใหม่') await this.page.getByLabel('พิมพ์รหัสผ่านของสำนักงานอีกครั้ง', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: mode, exact: true }).click();
  }

  /** Ticks ฉันเก็บรหัสนี้ไว้แล้ว and closes the key sheet; answers the key as shown. */
  async keepKeySheet(): Promise<string> {
    // Creating the folder derives the passphrase key first (scrypt): allow it a moment.
    await expect(this.keySheet).toBeVisible({ timeout: 30_000 });
    const key = (await this.keySheet.getByTestId('key-sheet-key').innerText()).trim();
    await this.keySheet.getByRole('checkbox', { name: 'ฉันเก็บรหัสนี้ไว้แล้ว' }).check();
    await this.keySheet.getByRole('button', { name: 'ปิด', exact: true }).click();
    await expect(this.keySheet).toBeHidden();
    return key;
  }

  /** Sets up the sync folder with the office passphrase; a new folder's key sheet is kept and closed. */
  async setUpFolder(folder: string, mode: SetUpMode, passphrase = OFFICE_PASSPHRASE): Promise<void> {
    await this.submitSetUp(folder, mode, passphrase);
    if (mode === 'สร้างโฟลเดอร์ซิงค์ใหม่') await this.keepKeySheet();
    await expect(this.page.getByTestId('sync-folder')).toHaveText(folder, { timeout: 30_000 });
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

  /**
   * กู้คืนข้อมูล in the open preview; the app reloads as the new device and says it is done.
   * `signInAs`: the backup came from another PC, whose staff replace this one's, so whoever was
   * signed in here is signed out and signs in with their account from the backup.
   */
  async restoreOpenedBackup(signInAs?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'กู้คืนข้อมูล' }).click();
    if (!signInAs) {
      await expect(this.page.getByTestId('backup-restored')).toContainText('กู้คืนข้อมูลแล้ว', { timeout: 30_000 });
      return;
    }
    const signIn = new SignInPage(this.page);
    await expect(signIn.signInHeading).toBeVisible({ timeout: 30_000 });
    await signIn.signIn(signInAs);
  }

  async syncNow(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'ซิงค์ข้อมูล', exact: true }).click();
    await expect(this.summary).toBeVisible({ timeout: 30_000 });
  }
}
