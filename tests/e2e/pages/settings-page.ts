import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';
import { SignInPage, TEST_PIN } from './sign-in-page';

/** The officer and the director setUpPressOffice adds, as the app names them. */
export const PR_OFFICER = 'นางวิไลวรรณ ข่าวดี';
export const PR_DIRECTOR = 'นายวิชัย ใจซื่อ';

export interface OfficeProfileInput {
  officeName: string;
  province: string;
  address: string;
  phone: string;
  directorName: string;
  directorTitle: string;
}

export interface StaffInput {
  title: string;
  firstName: string;
  lastName: string;
  position: string;
  workGroup: string;
  startDate?: string;
  /** How the form should echo the typed date back, e.g. "1 ตุลาคม 2567". */
  startDateLong?: string;
  /** The role as the form lists it (ผู้อำนวยการ, เจ้าหน้าที่ …); เจ้าหน้าที่ when absent. */
  role?: string;
  /** The sign-in PIN the administrator sets right after adding them; TEST_PIN when absent, none when null. */
  pin?: string | null;
  phone?: string;
  email?: string;
}

/** Settings as staff use it: typed into labelled Thai fields, saved with the button or Ctrl+S. */
export class SettingsPage {
  readonly shell: ShellPage;
  readonly staffList: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.staffList = page.getByTestId('staff-list');
  }

  async fillOfficeProfile(profile: OfficeProfileInput): Promise<void> {
    await this.shell.openSettingsTab('ข้อมูลสำนักงาน');
    const form = this.page.getByRole('form', { name: 'ข้อมูลสำนักงาน' });
    await form.getByLabel('ชื่อสำนักงาน').fill(profile.officeName);
    await form.getByLabel('จังหวัด').fill(profile.province);
    await form.getByLabel('ที่อยู่').fill(profile.address);
    await form.getByLabel('โทรศัพท์').fill(profile.phone);
    await form.getByLabel('ชื่อผู้อำนวยการ').fill(profile.directorName);
    await form.getByLabel('ตำแหน่งผู้อำนวยการ').fill(profile.directorTitle);
  }

  async saveOfficeProfile(): Promise<void> {
    await this.page.getByRole('form', { name: 'ข้อมูลสำนักงาน' }).getByRole('button', { name: 'บันทึก' }).click();
    await expect(this.page.getByText('บันทึกข้อมูลสำนักงานแล้ว')).toBeVisible();
  }

  /** ตั้งค่า → เครื่องนี้: the name the other workstations see (set before joining: the registry keeps it). */
  async nameThisDevice(name: string): Promise<void> {
    await this.shell.openSection('ตั้งค่า');
    // exact: ผู้ใช้งานเครื่องนี้ is another tab.
    await this.page.getByRole('tab', { name: 'เครื่องนี้', exact: true }).click();
    await this.page.getByRole('textbox', { name: 'ชื่อเครื่อง' }).fill(name);
    await this.page.getByRole('button', { name: 'บันทึก' }).click();
    await expect(this.page.getByText('เปลี่ยนชื่อเครื่องแล้ว')).toBeVisible();
  }

  async addStaff(staff: StaffInput): Promise<void> {
    await this.shell.openSettingsTab('บุคลากร');
    await this.page.getByRole('button', { name: 'เพิ่มบุคลากร' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'เพิ่มบุคลากร' });
    await dialog.getByRole('combobox', { name: 'คำนำหน้า' }).fill(staff.title);
    await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(staff.firstName);
    await dialog.getByRole('textbox', { name: 'นามสกุล' }).fill(staff.lastName);
    await dialog.getByRole('textbox', { name: 'ตำแหน่ง' }).fill(staff.position);
    await dialog.getByRole('combobox', { name: 'กลุ่มงาน' }).click();
    await this.page.getByRole('option', { name: staff.workGroup }).click();
    if (staff.role) {
      await dialog.getByRole('combobox', { name: 'บทบาทในโปรแกรม' }).click();
      await this.page.getByRole('option', { name: staff.role, exact: true }).click();
    }
    if (staff.phone) await dialog.getByRole('textbox', { name: 'โทรศัพท์' }).fill(staff.phone);
    if (staff.email) await dialog.getByRole('textbox', { name: 'อีเมล' }).fill(staff.email);
    if (staff.startDate) {
      await dialog.getByLabel('วันที่เริ่มปฏิบัติงาน').fill(staff.startDate);
      await dialog.getByLabel('วันที่เริ่มปฏิบัติงาน').press('Tab');
      await expect(dialog.getByText(staff.startDateLong ?? '')).toBeVisible();
    }
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await expect(dialog).toBeHidden();
    if (staff.pin !== null) await this.setPin(`${staff.title}${staff.firstName} ${staff.lastName}`, staff.pin ?? TEST_PIN);
  }

  /** The administrator sets (or resets) a person's sign-in PIN from the staff list. */
  async setPin(name: string, pin = TEST_PIN): Promise<void> {
    await this.shell.openSettingsTab('บุคลากร');
    await this.page.getByRole('button', { name: `ตั้งรหัสเข้าสู่ระบบของ ${name}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `ตั้งรหัสเข้าสู่ระบบ: ${name}` });
    await dialog.getByRole('textbox', { name: 'รหัส PIN หรือรหัสผ่าน', exact: true }).fill(pin);
    await dialog.getByRole('textbox', { name: 'พิมพ์รหัสอีกครั้ง', exact: true }).fill(pin);
    await dialog.getByRole('button', { name: 'ตั้งรหัส' }).click();
    await expect(dialog).toBeHidden();
  }

  staffRow(name: string): Locator {
    return this.staffList.getByRole('listitem', { name });
  }

  /** Signs out whoever is signed in and signs `name` in with their PIN (set by addStaff). */
  /**
   * The Songkhla office of the press journeys: its profile, a PR officer who writes and a
   * director who approves (both with TEST_PIN). Their names as the app shows them: see PR_OFFICER
   * and PR_DIRECTOR.
   */
  async setUpPressOffice(profile: OfficeProfileInput): Promise<void> {
    await this.shell.waitUntilReady();
    await this.fillOfficeProfile(profile);
    await this.saveOfficeProfile();
    await this.addStaff({ title: 'นาง', firstName: 'วิไลวรรณ', lastName: 'ข่าวดี', position: 'นักประชาสัมพันธ์ชำนาญการ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
    await this.addStaff({ title: 'นาย', firstName: 'วิชัย', lastName: 'ใจซื่อ', position: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา', workGroup: 'กลุ่มงานอำนวยการ', role: 'ผู้อำนวยการ' });
  }

  async chooseCurrentUser(name: string, pin = TEST_PIN): Promise<void> {
    await new SignInPage(this.page).switchTo(name, pin);
  }
}
