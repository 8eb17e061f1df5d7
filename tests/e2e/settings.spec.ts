import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { FIXTURES_DIR } from './support/paths';
import { SignInPage } from './pages/sign-in-page';
import { SettingsPage } from './pages/settings-page';

const thai = JSON.parse(readFileSync(join(FIXTURES_DIR, 'thai-text.json'), 'utf8')) as {
  agencies: string[];
  names: string[];
};

const PROFILE = {
  officeName: thai.agencies[0] ?? 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  province: 'สงขลา',
  address: 'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน ตำบลบ่อยาง อำเภอเมืองสงขลา 90000',
  phone: '074-311-000',
  directorName: 'นายสมชาย ใจดี',
  directorTitle: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
};

test.describe('settings', () => {
  test('office profile and staff survive a reload and a restart', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();

    await settings.fillOfficeProfile(PROFILE);
    await settings.saveOfficeProfile();
    await expect(settings.shell.officeName).toHaveText(PROFILE.officeName);

    await settings.addStaff({
      title: 'ว่าที่ร้อยตรีหญิง',
      firstName: 'ปิยะนุช',
      lastName: 'ทองคำ',
      position: 'นักประชาสัมพันธ์ปฏิบัติการ',
      workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร',
      startDate: '1/10/2567',
      startDateLong: '1 ตุลาคม 2567',
    });
    await expect(settings.staffRow('ว่าที่ร้อยตรีหญิงปิยะนุช ทองคำ')).toBeVisible();
    await app.screenshot('settings-staff-th');

    await app.page.reload();
    await settings.shell.waitUntilReady();
    await expect(settings.shell.officeName).toHaveText(PROFILE.officeName);
    await expect(settings.staffRow('ว่าที่ร้อยตรีหญิงปิยะนุช ทองคำ')).toBeVisible();

    await app.restart();
    const again = new SettingsPage(app.page);
    await again.shell.openSettingsTab('ข้อมูลสำนักงาน');
    const form = app.page.getByRole('form', { name: 'ข้อมูลสำนักงาน' });
    for (const [label, value] of [
      ['ชื่อสำนักงาน', PROFILE.officeName],
      ['ที่อยู่', PROFILE.address],
      ['ตำแหน่งผู้อำนวยการ', PROFILE.directorTitle],
    ] as const) {
      await expect(form.getByLabel(label)).toHaveValue(value);
    }
    await app.screenshot('settings-office-th');
  });

  test('a record shows who changed it', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.addStaff({
      title: 'นาย',
      firstName: 'สมชาย',
      lastName: 'ใจดี',
      position: 'ผู้อำนวยการ',
      workGroup: 'กลุ่มงานอำนวยการ',
      role: 'ผู้อำนวยการ',
    });
    await settings.chooseCurrentUser('นายสมชาย ใจดี');

    await settings.fillOfficeProfile(PROFILE);
    await settings.saveOfficeProfile();
    await app.page.getByRole('form', { name: 'ข้อมูลสำนักงาน' }).getByLabel('โทรศัพท์').fill('074-999-999');
    await app.page.keyboard.press('Control+s');
    await expect(app.page.getByText('บันทึกข้อมูลสำนักงานแล้ว').last()).toBeVisible();

    await app.page.getByRole('button', { name: 'ประวัติการแก้ไข' }).click();
    const history = app.page.getByTestId('record-history');
    await expect(history.getByTestId('history-actor').first()).toHaveText('นายสมชาย ใจดี');
    await expect(history).toContainText('โทรศัพท์: 074-311-000 → 074-999-999');
    await expect(history).toContainText('สร้าง');
    await app.screenshot('settings-history-th');
  });

  test('a form with bad input shows Thai messages and keeps what was typed', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSettingsTab('ข้อมูลสำนักงาน');
    const form = app.page.getByRole('form', { name: 'ข้อมูลสำนักงาน' });
    await form.getByLabel('จังหวัด').fill('สงขลา');
    await form.getByLabel('โทรศัพท์').fill('โทรหาผม');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form.getByText('กรุณากรอกข้อมูลช่องนี้').first()).toBeVisible();
    await expect(form.getByText('หมายเลขโทรศัพท์ใช้ได้เฉพาะตัวเลข', { exact: false })).toBeVisible();
    await expect(form.getByLabel('จังหวัด')).toHaveValue('สงขลา');
    await app.screenshot('settings-validation-th');
  });

  test('เครื่องนี้ shows the program version; outside the installed program the update check is off', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSettingsTab('เครื่องนี้');
    const section = app.page.getByTestId('update-section');
    await expect(section.getByRole('heading', { name: 'เวอร์ชันของโปรแกรม' })).toBeVisible();
    await expect(section.getByText('e2e', { exact: true })).toBeVisible();
    await expect(section.getByTestId('update-off')).toContainText('ใช้ได้เฉพาะในโปรแกรมที่ติดตั้ง');
    await expect(section.getByTestId('update-off')).toContainText('แฟลชไดรฟ์');
    await expect(section.getByRole('button', { name: 'ตรวจหาเวอร์ชันใหม่' })).toBeDisabled();
    await expect(section.getByRole('button', { name: 'ดาวน์โหลด' })).toHaveCount(0);
    await expect(section.getByRole('button', { name: 'ติดตั้งและเปิดโปรแกรมใหม่' })).toHaveCount(0);
    await app.screenshot('settings-device-update-off-th');
  });

  test('a module adds its own tab to ตั้งค่า: the release number format, saved once, seen in the press module too', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    const page = app.page;
    await settings.shell.waitUntilReady();
    await settings.shell.openSettingsTab('เลขที่ข่าว');
    const format = page.getByRole('textbox', { name: 'รูปแบบเลขที่ข่าว' });
    await format.fill('ปชส.สข. {n:3}/{year}');
    await expect(page.getByText('ตัวอย่าง: ปชส.สข. 123/2568')).toBeVisible();
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(page.getByText('บันทึกรูปแบบเลขที่ข่าวแล้ว')).toBeVisible();
    await app.screenshot('settings-release-numbers-th');
    await page.reload();
    await expect(page.getByRole('tab', { name: 'เลขที่ข่าว' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('textbox', { name: 'รูปแบบเลขที่ข่าว' })).toHaveValue('ปชส.สข. {n:3}/{year}');
    await settings.shell.openSection('บริการข่าว');
    await page.getByRole('tab', { name: 'ตั้งค่าเลขที่ข่าว' }).click();
    await expect(page.getByRole('textbox', { name: 'รูปแบบเลขที่ข่าว' })).toHaveValue('ปชส.สข. {n:3}/{year}');
  });

  test('staff can be archived and restored', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.addStaff({ title: 'นางสาว', firstName: 'กัญญ์ณัฏฐ์', lastName: 'ศรีสุข', position: 'นักวิชาการ', workGroup: 'กลุ่มงานประเมินผล' });
    const name = 'นางสาวกัญญ์ณัฏฐ์ ศรีสุข';
    await app.page.getByRole('button', { name: `เก็บถาวร ${name}` }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'เก็บถาวร' }).click();
    await expect(settings.staffRow(name)).toBeHidden();
    await app.page.getByRole('button', { name: 'เลิกทำ' }).click();
    await expect(settings.staffRow(name)).toBeVisible();
  });
});

test.describe('settings: no typed data is lost', () => {
  test('a date typed and saved with Ctrl+S without leaving the field is kept', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSettingsTab('บุคลากร');
    await app.page.getByRole('button', { name: 'เพิ่มบุคลากร' }).first().click();
    const dialog = app.page.getByRole('dialog', { name: 'เพิ่มบุคลากร' });
    await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('ณัฐวุฒิ');
    await dialog.getByRole('textbox', { name: 'นามสกุล' }).fill('พิพัฒน์ผล');
    await dialog.getByLabel('วันที่เริ่มปฏิบัติงาน').fill('15/1/2568');
    await app.page.keyboard.press('Control+s');
    await expect(dialog).toBeHidden();
    await app.page.getByRole('button', { name: 'ประวัติการแก้ไขของ ณัฐวุฒิ พิพัฒน์ผล' }).click();
    await expect(app.page.getByTestId('record-history')).toContainText('วันที่เริ่มปฏิบัติงาน: 15 มกราคม 2568');
  });

  test('an impossible date blocks saving with a Thai message', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSettingsTab('บุคลากร');
    await app.page.getByRole('button', { name: 'เพิ่มบุคลากร' }).first().click();
    const dialog = app.page.getByRole('dialog', { name: 'เพิ่มบุคลากร' });
    await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('ทดสอบ');
    await dialog.getByRole('textbox', { name: 'นามสกุล' }).fill('วันที่');
    await dialog.getByLabel('วันที่เริ่มปฏิบัติงาน').fill('31/2/2568');
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await expect(dialog.getByText('วันที่ไม่ถูกต้อง', { exact: false })).toBeVisible();
    await expect(dialog).toBeVisible();
  });

  test('Ctrl+N inside the edit dialog does not wipe what was typed', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSettingsTab('บุคลากร');
    await app.page.getByRole('button', { name: 'เพิ่มบุคลากร' }).first().click();
    const dialog = app.page.getByRole('dialog', { name: 'เพิ่มบุคลากร' });
    await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('ปิ่นโต');
    await app.page.keyboard.press('Control+n');
    await expect(dialog.getByRole('textbox', { name: 'ชื่อ', exact: true })).toHaveValue('ปิ่นโต');
  });

  test('an archived person is signed out and can no longer sign in', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    const signIn = new SignInPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.addStaff({ title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'เจ้าหน้าที่ธุรการ', workGroup: 'กลุ่มงานอำนวยการ', role: 'ผู้ดูแลระบบ' });
    await settings.chooseCurrentUser('นายสมชาย ใจดี');
    await settings.shell.openSettingsTab('บุคลากร');
    await app.page.getByRole('button', { name: 'เก็บถาวร นายสมชาย ใจดี' }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'เก็บถาวร' }).click();
    await expect(signIn.signInHeading).toBeVisible();
    await app.page.getByRole('combobox', { name: 'ชื่อผู้ใช้' }).click();
    await expect(app.page.getByRole('option', { name: /นายสมชาย ใจดี/ })).toHaveCount(0);
    await expect(app.page.getByRole('option', { name: /นายผู้ดูแล ระบบทดสอบ/ })).toBeVisible();
  });
});
