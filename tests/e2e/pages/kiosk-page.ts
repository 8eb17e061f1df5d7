import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_PIN } from './sign-in-page';

/** Survey kiosk mode (issue 19), as staff start it and as a member of the public sees it. */
export class KioskPage {
  readonly root: Locator;
  readonly staffExit: Locator;
  readonly exitDialog: Locator;
  /** main's answer to a wrong PIN (the same words as the sign-in screen). */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('kiosk');
    this.staffExit = this.root.getByRole('button', { name: 'สำหรับเจ้าหน้าที่' });
    this.exitDialog = page.getByRole('dialog', { name: 'ออกจากโหมดคีออสก์' });
    this.error = this.exitDialog.getByTestId('sign-in-error');
  }

  /** From a survey's page: โหมดคีออสก์, then confirm (the staff member is signed out). */
  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'โหมดคีออสก์', exact: true }).click();
    const confirm = this.page.getByRole('dialog', { name: 'เริ่มโหมดคีออสก์' });
    await expect(confirm).toContainText('ท่านจะออกจากระบบทันที');
    await confirm.getByRole('button', { name: 'เริ่มโหมดคีออสก์และออกจากระบบ' }).click();
    await expect(this.root).toBeVisible();
  }

  async choose(question: string, answer: string): Promise<void> {
    await this.root.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: true }).click();
  }

  /** The staff exit: choose one's name, type one's PIN; what follows is the caller's to check. */
  async submitLeave(name: string, pin: string): Promise<void> {
    if (!(await this.exitDialog.isVisible())) await this.staffExit.click();
    await expect(this.exitDialog).toBeVisible();
    const who = this.exitDialog.getByTestId('sign-in-who');
    if (!(await who.inputValue()).includes(name)) {
      await who.click();
      await this.page.getByRole('option', { name: new RegExp(name) }).click();
    }
    await this.exitDialog.getByRole('textbox', { name: 'รหัส PIN หรือรหัสผ่าน', exact: true }).fill(pin);
    await this.exitDialog.getByRole('button', { name: 'ออกจากโหมดคีออสก์' }).click();
  }

  /** Leaves with the right PIN: the staff app opens, signed in as that person. */
  async leave(name: string, pin = TEST_PIN): Promise<void> {
    await this.submitLeave(name, pin);
    await expect(this.page.getByTestId('header-current-user')).toContainText(name, { timeout: 15_000 });
    await expect(this.root).toHaveCount(0);
  }
}
