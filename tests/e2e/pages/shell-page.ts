import { expect, type Locator, type Page } from '@playwright/test';

/** The app shell: sidebar, header, page heading — as a person sees them. */
export class ShellPage {
  static readonly SECTIONS_TH = [
    { label: 'แดชบอร์ด', heading: 'แดชบอร์ด' },
    { label: 'ภารกิจ', heading: 'ภารกิจ' },
    { label: 'บริการข่าว', heading: 'บริการข่าว' },
    { label: 'งานโฆษก', heading: 'งานโฆษก' },
    { label: 'นักศึกษาฝึกงาน', heading: 'นักศึกษาฝึกงาน' },
    { label: 'ประเมินผล', heading: 'ประเมินผล' },
    { label: 'ข้อมูลส่วนบุคคล', heading: 'ข้อมูลส่วนบุคคล' },
    { label: 'ซิงค์ข้อมูล', heading: 'ซิงค์ข้อมูล' },
    { label: 'ตั้งค่า', heading: 'ตั้งค่า' },
  ] as const;

  readonly nav: Locator;
  readonly pageHeading: Locator;
  readonly currentUser: Locator;
  readonly officeName: Locator;
  readonly syncStatus: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByTestId('sidebar');
    this.pageHeading = page.getByTestId('page-heading');
    this.currentUser = page.getByTestId('header-current-user');
    this.officeName = page.getByTestId('header-office-name');
    this.syncStatus = page.getByTestId('sync-status');
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.nav).toBeVisible();
    await expect(this.pageHeading).toBeVisible();
  }

  async openSection(label: string): Promise<void> {
    await this.nav.getByRole('link', { name: label, exact: true }).click();
  }

  async openSettingsTab(label: string): Promise<void> {
    await this.openSection('ตั้งค่า');
    await this.page.getByRole('tab', { name: label }).click();
  }

  async switchLanguage(label: 'English' | 'ไทย'): Promise<void> {
    await this.openSettingsTab('การแสดงผล');
    await this.page.getByText(label, { exact: true }).click();
  }
}
