import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** A date as Thai offices type it: d/m/yyyy in the Buddhist era, `days` from today. */
/**
 * The wall clock in Bangkok, as a Date whose local fields read Bangkok's date and time. The app
 * runs in Asia/Bangkok (playwright.config's timezoneId) while this process runs in the machine's
 * zone: from 17.00 UTC the two disagree on what "today" is, and a date typed from the machine's
 * day landed on the app's yesterday (the dashboard agenda spec caught it).
 */
export const bangkokNow = (): Date => new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Bangkok' }));

export function thaiTypedDate(days: number, from = bangkokNow()): { typed: string; iso: string } {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { typed: `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear() + 543}`, iso };
}

export interface TaskInput {
  title: string;
  mission?: string;
  details?: string;
  assignee?: string;
  startDate?: string;
  dueDate?: string;
}

/** The missions module as office staff use it: tabs, the task form, list, board and drawer. */
export class MissionsPage {
  readonly shell: ShellPage;
  readonly taskList: Locator;
  readonly board: Locator;
  readonly drawer: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.taskList = page.getByTestId('task-list');
    this.board = page.getByTestId('task-board');
    this.drawer = page.getByTestId('task-detail');
  }

  async openTab(label: 'งาน' | 'ภารกิจ' | 'รายงานผล'): Promise<void> {
    await this.shell.openSection('ภารกิจ');
    await this.page.getByRole('tab', { name: label, exact: true }).click();
  }

  taskDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByRole('form', { name: 'แบบฟอร์มงาน' }) });
  }

  async fillTask(task: TaskInput): Promise<void> {
    const dialog = this.taskDialog();
    await dialog.getByRole('textbox', { name: 'ชื่องาน' }).fill(task.title);
    if (task.mission) {
      await dialog.getByRole('combobox', { name: 'ภารกิจ' }).click();
      await this.page.getByRole('option', { name: task.mission }).click();
    }
    if (task.details !== undefined) await dialog.getByRole('textbox', { name: 'รายละเอียด' }).fill(task.details);
    if (task.assignee) {
      await dialog.getByRole('combobox', { name: 'ผู้รับผิดชอบ' }).click();
      await this.page.getByRole('option', { name: task.assignee }).click();
      await dialog.getByRole('textbox', { name: 'ชื่องาน' }).click(); // close the options list
    }
    if (task.startDate !== undefined) await dialog.getByRole('textbox', { name: 'วันเริ่ม' }).fill(task.startDate);
    if (task.dueDate !== undefined) await dialog.getByRole('textbox', { name: 'วันกำหนดเสร็จ' }).fill(task.dueDate);
  }

  async save(): Promise<void> {
    await this.taskDialog().getByRole('button', { name: 'บันทึก' }).click();
  }

  row(title: string): Locator {
    return this.taskList.getByRole('listitem', { name: title, exact: true });
  }

  async openTask(title: string): Promise<void> {
    await this.row(title).click();
    await expect(this.drawer.getByRole('heading', { name: title })).toBeVisible();
  }

  async chooseView(label: 'รายการ' | 'บอร์ด' | 'ปฏิทิน'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }

  column(status: string): Locator {
    return this.board.getByRole('region', { name: status, exact: true });
  }
}
