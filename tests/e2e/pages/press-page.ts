import { expect, type Page } from '@playwright/test';

/** The press module driven the way staff use it, in Thai. */
export class PressPage {
  constructor(readonly page: Page) {}

  async openTab(name: 'ข่าวประชาสัมพันธ์' | 'คำขอรับบริการ' | 'เครือข่ายสื่อมวลชน' | 'ทำเนียบหน่วยงาน' | 'สถิติ'): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  async pick(form: ReturnType<Page['getByRole']>, label: string, option: string): Promise<void> {
    await form.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The media network's view switch (contacts / outlets / lists). */
  async view(name: string): Promise<void> {
    await this.page.getByRole('radiogroup').getByText(name, { exact: true }).click();
  }

  /** คำขอรับบริการ → รับคำขอใหม่: an agency's event to cover, saved. */
  async requestEvent(event: { title: string; agency: string; date: string; time: string; place: string }): Promise<void> {
    await this.openTab('คำขอรับบริการ');
    await this.page.getByRole('button', { name: 'รับคำขอใหม่' }).click();
    const form = this.page.getByRole('form', { name: 'แบบฟอร์มคำขอรับบริการ' });
    await form.getByRole('textbox', { name: 'ชื่องาน/กิจกรรม' }).fill(event.title);
    await this.pick(form, 'หน่วยงานที่ขอรับบริการ', event.agency);
    await form.getByRole('textbox', { name: 'วันที่จัดงาน' }).fill(event.date);
    await form.getByRole('textbox', { name: 'เวลา', exact: true }).fill(event.time);
    await form.getByRole('textbox', { name: 'สถานที่' }).fill(event.place);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
  }

  async addAgency(name: string, shortName: string): Promise<void> {
    await this.openTab('ทำเนียบหน่วยงาน');
    await this.page.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    const form = this.page.getByRole('form', { name: 'แบบฟอร์มหน่วยงาน' });
    await form.getByRole('textbox', { name: 'ชื่อหน่วยงาน' }).fill(name);
    await form.getByRole('textbox', { name: 'อักษรย่อ' }).fill(shortName);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
  }

  async addOutlet(name: string, kind: string): Promise<void> {
    await this.view('สื่อ');
    await this.page.getByRole('button', { name: 'เพิ่มสื่อ' }).click();
    const form = this.page.getByRole('form', { name: 'แบบฟอร์มข้อมูลสื่อ' });
    await form.getByRole('textbox', { name: 'ชื่อสื่อ' }).fill(name);
    await this.pick(form, 'ประเภทสื่อ', kind);
    await form.getByRole('textbox', { name: 'พื้นที่ครอบคลุม' }).fill('จังหวัดสงขลา');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
  }

  async addContact(c: { title: string; first: string; last: string; outlet: string; lineId: string; verified: string }): Promise<void> {
    await this.view('ผู้ติดต่อ');
    await this.page.getByRole('button', { name: 'เพิ่มผู้ติดต่อ' }).click();
    const form = this.page.getByRole('form', { name: 'แบบฟอร์มผู้ติดต่อ' });
    await form.getByRole('textbox', { name: 'คำนำหน้า' }).fill(c.title);
    await form.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(c.first);
    await form.getByRole('textbox', { name: 'นามสกุล' }).fill(c.last);
    await this.pick(form, 'สื่อ', c.outlet);
    await form.getByRole('textbox', { name: 'LINE ID' }).fill(c.lineId);
    await form.getByRole('textbox', { name: 'ยืนยันข้อมูลล่าสุด' }).fill(c.verified);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
  }

  async addList(name: string, outlet: string): Promise<void> {
    await this.view('รายชื่อส่งข่าว');
    await this.page.getByRole('button', { name: 'เพิ่มรายชื่อส่งข่าว' }).click();
    const form = this.page.getByRole('form', { name: 'แบบฟอร์มรายชื่อส่งข่าว' });
    await form.getByRole('textbox', { name: 'ชื่อรายชื่อส่งข่าว' }).fill(name);
    await form.getByRole('combobox', { name: 'สื่อทั้งสำนัก (ผู้ติดต่อทุกคนของสื่อนั้น)' }).click();
    await this.page.getByRole('option', { name: outlet, exact: true }).click();
    await form.getByRole('textbox', { name: 'ชื่อรายชื่อส่งข่าว' }).click();
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
  }

  /** Moves the open release one workflow step by its button, with an optional comment. */
  async step(button: string, comment = ''): Promise<void> {
    if (comment) await this.page.getByRole('textbox', { name: 'ความเห็นประกอบ (ถ้ามี)' }).fill(comment);
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }
}
