import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

export interface NewConference {
  title: string;
  /** As staff type it: "23 พ.ย. 69". */
  date: string;
  /** As staff type it: "10.00 น.". */
  time: string;
  venue: string;
}

/** A press conference's page (งานโฆษก → การแถลงข่าว) as staff use it. */
export class ConferencePage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  /** นัดหมายการแถลงข่าว with its fields typed; returns the dialog, not yet saved, to look at. */
  async fillNew(conference: NewConference): Promise<Locator> {
    await this.shell.openSection('งานโฆษก');
    await this.page.getByRole('tab', { name: 'การแถลงข่าว' }).click();
    await this.page.getByRole('button', { name: 'นัดหมายการแถลงข่าว' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'นัดหมายการแถลงข่าว' });
    await dialog.getByRole('textbox', { name: 'หัวข้อการแถลงข่าว', exact: true }).fill(conference.title);
    await dialog.getByRole('textbox', { name: 'วันและเวลา (วันที่)', exact: true }).fill(conference.date);
    await dialog.getByRole('textbox', { name: 'วันและเวลา (เวลา)', exact: true }).fill(conference.time);
    await dialog.getByRole('textbox', { name: 'สถานที่', exact: true }).fill(conference.venue);
    return dialog;
  }

  /** Saves the new conference; its page opens. */
  async saveNew(dialog: Locator, title: string): Promise<void> {
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await expect(this.page.getByTestId('page-heading')).toHaveText(title);
  }

  /**
   * Invites the seeded media network (media-network.ts): the list สื่อท้องถิ่นสงขลา and มานี
   * on her own, three people; then สุดา and ประยุทธ come and มานี sends word she will not.
   */
  async inviteSeededMediaAndRecordAttendance(): Promise<void> {
    await this.page.getByRole('button', { name: 'เชิญสื่อจากเครือข่าย' }).click();
    const invite = this.page.getByRole('dialog', { name: 'เชิญสื่อมวลชนจากเครือข่ายสื่อ' });
    await invite.getByRole('combobox', { name: 'รายชื่อส่งข่าว' }).click();
    await this.page.getByRole('option', { name: 'สื่อท้องถิ่นสงขลา' }).click();
    await invite.getByRole('combobox', { name: 'รายบุคคล' }).click();
    await this.page.getByRole('option', { name: /มานี ทันข่าว/ }).click();
    await expect(invite.getByTestId('invite-count')).toHaveText('จะเชิญเพิ่ม 3 คน');
    await invite.getByRole('button', { name: 'เชิญ 3 คน' }).click();
    const invitees = this.page.getByTestId('invitees');
    await expect(invitees.getByRole('row')).toHaveCount(4);
    await invitees.getByRole('row', { name: /สุดา ข่าวดี/ }).getByText('มา', { exact: true }).click();
    await invitees.getByRole('row', { name: /ประยุทธ รายงานสด/ }).getByText('มา', { exact: true }).click();
    await invitees.getByRole('row', { name: /มานี ทันข่าว/ }).getByText('ไม่มา', { exact: true }).click();
  }

  /** Issues แถลงการณ์ ฉบับที่ `number` and waits to see it listed. */
  async issueStatement(number: number, title: string, body: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(title);
    await this.page.getByRole('textbox', { name: 'ข้อความแถลงการณ์', exact: true }).fill(body);
    await this.page.getByRole('button', { name: `ออกแถลงการณ์ ฉบับที่ ${number}` }).click();
    await expect(this.page.getByTestId('statement').nth(number - 1)).toContainText(`แถลงการณ์ ฉบับที่ ${number} — ${title}`);
  }
}
