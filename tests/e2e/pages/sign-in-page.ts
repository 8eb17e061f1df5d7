import { expect, type Locator, type Page } from '@playwright/test';

/** The PIN every test person gets (six digits, not a run or a repeat). */
export const TEST_PIN = '482915';

export interface AdminInput {
  title: string;
  firstName: string;
  lastName: string;
  position: string;
}

/** The administrator a test workstation's first run creates unless the test says otherwise. */
export const TEST_ADMIN: AdminInput = { title: 'นาย', firstName: 'ผู้ดูแล', lastName: 'ระบบทดสอบ', position: 'ผู้ดูแลระบบ' };

export function displayName(person: Pick<AdminInput, 'title' | 'firstName' | 'lastName'>): string {
  return `${person.title}${person.firstName} ${person.lastName}`;
}

/** The first-run, sign-in and lock screens, as a person uses them (issue 19). */
export class SignInPage {
  readonly firstRun: Locator;
  readonly signInHeading: Locator;
  readonly lockHeading: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.firstRun = page.getByRole('heading', { name: 'เริ่มใช้ PR Desk ที่เครื่องนี้' });
    // By test id, so a restart in English signs in the same way (the journeys check the Thai text).
    this.signInHeading = page.getByTestId('sign-in-heading');
    this.lockHeading = page.getByRole('heading', { name: 'หน้าจอถูกล็อก' });
    this.error = page.getByTestId('sign-in-error');
  }

  /** First run of a new office: the administrator and their PIN, signed in at once. */
  async createAdministrator(admin: AdminInput = TEST_ADMIN, pin = TEST_PIN): Promise<void> {
    await expect(this.firstRun).toBeVisible();
    const form = this.page.getByRole('form', { name: 'สำนักงานเริ่มใช้ครั้งแรก: สร้างผู้ดูแลระบบ' });
    await form.getByRole('textbox', { name: 'คำนำหน้า' }).fill(admin.title);
    await form.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(admin.firstName);
    await form.getByRole('textbox', { name: 'นามสกุล' }).fill(admin.lastName);
    await form.getByRole('textbox', { name: 'ตำแหน่ง' }).fill(admin.position);
    await form.getByRole('textbox', { name: 'รหัส PIN หรือรหัสผ่าน', exact: true }).fill(pin);
    await form.getByRole('textbox', { name: 'พิมพ์รหัสอีกครั้ง', exact: true }).fill(pin);
    await form.getByRole('button', { name: 'สร้างผู้ดูแลระบบและเข้าสู่ระบบ' }).click();
    await expect(this.page.getByTestId('header-current-user')).toContainText(displayName(admin), { timeout: 15_000 });
  }

  /** Chooses the name and types the PIN; what follows (signed in, an error) is the caller's to check. */
  async submit(name: string, pin: string): Promise<void> {
    await expect(this.signInHeading).toBeVisible();
    await this.page.getByTestId('sign-in-who').click();
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
    await this.page.getByTestId('sign-in-secret').fill(pin);
    await this.page.getByTestId('sign-in-submit').click();
  }

  async signIn(name: string, pin = TEST_PIN): Promise<void> {
    await this.submit(name, pin);
    await expect(this.page.getByTestId('header-current-user')).toContainText(name, { timeout: 15_000 });
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await expect(this.signInHeading).toBeVisible();
  }

  /** Signs the current person out and signs `name` in. */
  async switchTo(name: string, pin = TEST_PIN): Promise<void> {
    await this.signOut();
    await this.signIn(name, pin);
  }
}

/**
 * A just-started workstation made ready for work as staff would: the first run creates the test
 * administrator, and every later restart signs them in again (main keeps no sign-in across an
 * app restart). Used by the E2E fixture and by the bench cases that drive the app's screens.
 */
export async function signInFromFirstRun<A extends { page: Page; restart(): Promise<void> }>(app: A): Promise<A> {
  await new SignInPage(app.page).createAdministrator();
  const restart = app.restart.bind(app);
  app.restart = async () => {
    await restart();
    // A workstation left in survey kiosk mode comes back to the kiosk, with no sign-in screen:
    // the test then carries on at the kiosk (leaving it needs a staff PIN, as at the office).
    const signIn = new SignInPage(app.page);
    const kiosk = app.page.getByTestId('kiosk');
    await expect(signIn.signInHeading.or(kiosk)).toBeVisible({ timeout: 15_000 });
    if (await kiosk.isVisible()) return;
    await signIn.signIn(displayName(TEST_ADMIN), TEST_PIN);
  };
  return app;
}
