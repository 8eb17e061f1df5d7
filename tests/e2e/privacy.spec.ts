import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { ComplaintsPage } from './pages/complaints-page';
import { PressPage } from './pages/press-page';
import { InternshipsPage } from './pages/internships-page';
import { bangkokNow, thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';
import { SCREENSHOT_DIR } from './support/paths';
import { filesHolding } from './support/byte-search';

const COMPLAINANT = 'นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์';
/**
 * Today on the office's calendar (Asia/Bangkok), as a Date whose local fields read it: the app
 * counts the 30 days from the Bangkok day, which is already tomorrow after 17.00 UTC.
 */
const bangkokTyped = (days: number) => thaiTypedDate(days);
const SUBJECT = 'เสียงตามสายหน้าตลาดดังเกินเวลา';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\u200b/g, '').replace(/\s+/g, '');
}

test.describe('personal data (PDPA)', () => {
  test('the records of processing list what the office stores, as a Thai PDF and an Excel file', async ({ app }) => {
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นางสาว', firstName: 'ปิยะนุช', lastName: 'ทองคำ', position: 'นักประชาสัมพันธ์ปฏิบัติการ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });

    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByRole('tab', { name: 'บันทึกกิจกรรมการประมวลผล (RoPA)' }).click();
    const table = page.getByTestId('ropa-table');
    await expect(table.getByTestId('ropa-row')).toHaveCount(8);
    await expect(table.getByTestId('ropa-row').filter({ hasText: 'การรับนักศึกษาฝึกงาน' })).toContainText('มาตรา 24(3)');
    // The counts are this workstation's records: the staff member just added and the administrator.
    await expect(table.getByTestId('ropa-row').filter({ hasText: 'บุคลากรและบัญชีผู้ใช้งาน' })).toContainText(/เจ้าหน้าที่ \([2-9]\sรายการ\)/);
    await app.screenshot('settings-ropa-th');

    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const text = pdfText(app.env.pdf.saved[0] ?? '');
    for (const expected of ['บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล', 'ตามมาตรา39', 'การรับและจัดการเรื่องร้องเรียน', 'ผู้ร้องเรียน', SONGKHLA_OFFICE.directorName]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }

    await page.getByRole('button', { name: 'ส่งออก Excel' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    expect(app.env.exported[0]).toMatch(/\.xlsx$/);
  });

  test('a request from a person goes from intake to a Thai access-export PDF and data file; the dashboard shows the 30-day limit', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    const complaints = new ComplaintsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();

    // Her complaint, logged with her consent to keep her name and phone.
    await settings.shell.openSection('เรื่องร้องเรียน');
    await page.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
    const intake = complaints.intakeForm();
    await intake.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(SUBJECT);
    await intake.getByRole('textbox', { name: 'รายละเอียด' }).fill('เปิดเสียงตามสายก่อนหกโมงเช้าทุกวัน');
    await intake.getByRole('textbox', { name: 'ชื่อ-สกุลผู้ร้อง' }).fill(COMPLAINANT);
    await intake.getByRole('textbox', { name: 'โทรศัพท์' }).fill('081-234-5678');
    await intake.getByRole('button', { name: 'บันทึก' }).click();
    await expect(intake).toBeHidden();

    // Twenty-five days ago she asked for a copy of her data; forty days ago someone objected.
    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await expect(page.getByTestId('empty-state')).toContainText('ยังไม่มีคำขอใช้สิทธิ');
    await page.getByRole('button', { name: 'บันทึกคำขอ' }).click();
    const form = page.getByRole('form', { name: 'แบบบันทึกคำขอใช้สิทธิ' });
    await form.getByRole('textbox', { name: 'วันที่รับคำขอ' }).fill(bangkokTyped(-25).typed);
    await form.getByRole('textbox', { name: 'รายละเอียดคำขอ' }).fill('ขอสำเนาข้อมูลของข้าพเจ้าที่สำนักงานเก็บไว้ทั้งหมด');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    // What is missing is said beside the field, in Thai; nothing typed is lost.
    await expect(form.getByText('กรุณากรอกข้อมูลช่องนี้')).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'รายละเอียดคำขอ' })).toHaveValue('ขอสำเนาข้อมูลของข้าพเจ้าที่สำนักงานเก็บไว้ทั้งหมด');
    await form.getByRole('textbox', { name: 'ผู้ยื่นคำขอ' }).fill(COMPLAINANT);
    await form.getByRole('textbox', { name: 'ช่องทางติดต่อกลับ' }).fill('081-234-5678');
    await complaints.choose(form, 'ประเภทเจ้าของข้อมูล', 'ผู้ร้องเรียน');
    await complaints.choose(form, 'ชื่อเจ้าของข้อมูล', /^เรื่องร้องเรียนเลขที่ 1\//);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();

    await page.getByRole('button', { name: 'บันทึกคำขอ' }).click();
    await form.getByRole('textbox', { name: 'วันที่รับคำขอ' }).fill(bangkokTyped(-40).typed);
    await complaints.choose(form, 'ประเภทคำขอ', 'คัดค้านการเก็บ ใช้ หรือเปิดเผยข้อมูล (มาตรา 32)');
    await form.getByRole('textbox', { name: 'ผู้ยื่นคำขอ' }).fill('นายสมศักดิ์ ใจกว้าง');
    await form.getByRole('textbox', { name: 'รายละเอียดคำขอ' }).fill('ไม่ประสงค์ให้ใช้ภาพถ่ายของตนในข่าว');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();

    const rows = page.getByTestId('request-row');
    await expect(rows).toHaveCount(2);
    const access = rows.filter({ hasText: 'ขอเข้าถึงและขอรับสำเนาข้อมูล' });
    await expect(access.getByTestId('request-deadline')).toHaveAttribute('data-state', 'due-soon');
    await expect(access.getByTestId('request-deadline')).toContainText('อีก 5 วัน');
    await expect(rows.filter({ hasText: 'คัดค้าน' }).getByTestId('request-deadline')).toHaveAttribute('data-state', 'overdue');
    await app.screenshot('privacy-requests-th');

    // The dashboard: two to answer, one past its 30 days, the nearest limit shown.
    await settings.shell.openSection('แดชบอร์ด');
    const card = page.getByTestId('dashboard-privacy');
    await expect(card.getByTestId('dashboard-requests-open')).toHaveText('คำขอที่รอตอบ 2 เรื่อง');
    await expect(card.getByTestId('dashboard-requests-overdue')).toHaveText('เกินกำหนด 1 เรื่อง');
    await expect(card.getByTestId('request-deadline')).toContainText('เกินกำหนด 10 วัน');
    await app.screenshot('dashboard-privacy-th');

    // The copy of her data: reviewed on screen, then a Thai PDF and a data file.
    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await access.getByRole('button', { name: 'สำเนาข้อมูล' }).click();
    const dialog = page.getByTestId('access-export');
    await expect(dialog.getByTestId('access-sections')).toContainText('เรื่องร้องเรียน 1 รายการ');
    await expect(dialog.getByTestId('access-sections')).toContainText('คำขอใช้สิทธิเกี่ยวกับข้อมูลส่วนบุคคล 1 รายการ');
    await app.screenshot('privacy-access-export-th');
    await dialog.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const pdf = app.env.pdf.saved[0] ?? '';
    const text = pdfText(pdf);
    const received = bangkokTyped(-25);
    for (const expected of ['สำเนาข้อมูลส่วนบุคคลตามคำขอใช้สิทธิเข้าถึง', 'ตามมาตรา30', COMPLAINANT, SUBJECT, '081-234-5678', 'การรับและจัดการเรื่องร้องเรียน', SONGKHLA_OFFICE.directorName]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
    // Buddhist-era year, never the Christian one.
    expect(text).toContain(String(Number(received.iso.slice(0, 4)) + 543));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    copyFileSync(pdf, join(SCREENSHOT_DIR, 'privacy-access-export.pdf'));

    await dialog.getByRole('button', { name: 'บันทึกไฟล์ข้อมูล (JSON)' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    const file = app.env.exported[0] ?? '';
    expect(file).toMatch(/\.json$/);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { เจ้าของข้อมูล: { ชื่อ: string }; ข้อมูล: Record<string, Record<string, string>[]> };
    expect(data.เจ้าของข้อมูล.ชื่อ).toBe(COMPLAINANT);
    expect(data.ข้อมูล['เรื่องร้องเรียน']?.[0]).toMatchObject({ เรื่อง: SUBJECT, โทรศัพท์: '081-234-5678' });
    await page.keyboard.press('Escape');

    // Answered today: off the dashboard's count, and on time.
    await access.getByRole('button', { name: 'ดำเนินการ/ตอบ' }).click();
    await complaints.choose(form, 'สถานะ', 'ตอบเจ้าของข้อมูลแล้ว');
    await form.getByRole('textbox', { name: 'วันที่ตอบ' }).fill(bangkokTyped(0).typed);
    await form.getByRole('textbox', { name: 'ผลการดำเนินการ' }).fill('มอบสำเนาข้อมูลเป็นไฟล์ PDF และไฟล์ข้อมูลแก่ผู้ยื่นด้วยตนเอง');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    await expect(access.getByTestId('request-deadline')).toHaveAttribute('data-state', 'met');
    await settings.shell.openSection('แดชบอร์ด');
    await expect(card.getByTestId('dashboard-requests-open')).toHaveText('คำขอที่รอตอบ 1 เรื่อง');
  });

  test('a breach is logged with when the office learned of it; the 72-hour notice shows on the dashboard until the regulator is told', async ({ app }) => {
    const page = app.page;
    const settings = new SettingsPage(page);
    const complaints = new ComplaintsPage(page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByRole('tab', { name: 'เหตุละเมิดข้อมูล' }).click();
    await page.getByRole('button', { name: 'บันทึกเหตุละเมิด' }).click();
    const form = page.getByRole('form', { name: 'แบบบันทึกเหตุละเมิด' });
    // Found yesterday at this time: 48 hours of the 72 are left.
    const now = bangkokNow();
    await form.getByRole('textbox', { name: 'วันที่ทราบเหตุ' }).fill(bangkokTyped(-1).typed);
    await form.getByLabel('เวลาที่ทราบเหตุ').fill(`${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form.getByText('กรุณากรอกข้อมูลช่องนี้').first()).toBeVisible();
    await form.getByRole('textbox', { name: 'เหตุการณ์' }).fill('ส่งไฟล์รายชื่อสื่อมวลชนพร้อมเบอร์โทรผิดกลุ่มไลน์');
    await form.getByRole('textbox', { name: 'รายละเอียด' }).fill('เจ้าหน้าที่ส่งไฟล์ Excel ทะเบียนสื่อมวลชนไปยังกลุ่มไลน์ประชาชน พบหลังส่ง 20 นาที');
    await complaints.choose(form, 'ประเภทข้อมูลที่เกี่ยวข้อง', 'ข้อมูลติดต่อ (โทรศัพท์ อีเมล ไลน์)');
    await page.keyboard.press('Escape');
    await form.getByRole('textbox', { name: 'จำนวนผู้ได้รับผลกระทบ (คน)' }).fill('146');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();

    const row = page.getByTestId('breach-row');
    await expect(row.getByTestId('breach-notice')).toHaveAttribute('data-state', 'due');
    await expect(row.getByTestId('breach-notice')).toContainText(/อีก 4[78] ชั่วโมง/);
    await app.screenshot('privacy-breach-th');
    await settings.shell.openSection('แดชบอร์ด');
    await expect(page.getByTestId('dashboard-privacy').getByTestId('breach-notice')).toContainText('แจ้ง สคส. ภายใน');

    // Told the regulator; then the incident can be closed, and the dashboard is quiet again.
    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByRole('tab', { name: 'เหตุละเมิดข้อมูล' }).click();
    await expect(row.getByRole('button', { name: 'ปิดเหตุ' })).toHaveCount(0);
    await row.getByRole('button', { name: 'แจ้ง สคส. แล้ว' }).click();
    await expect(row.getByTestId('breach-notice')).toHaveAttribute('data-state', 'notified');
    await row.getByRole('button', { name: 'ปิดเหตุ' }).click();
    await expect(row).toContainText('ปิดเหตุแล้ว');
    await settings.shell.openSection('แดชบอร์ด');
    await expect(page.getByTestId('dashboard-privacy').getByTestId('breach-notice')).toHaveCount(0);
  });

  test('once a year the records whose retention ended are listed, printed for the director, and erased', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    const complaints = new ComplaintsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();

    // An intern who finished two years ago, and one still here.
    await settings.shell.openSection('นักศึกษาฝึกงาน');
    await new InternshipsPage(page).addInstitution('มหาวิทยาลัยทักษิณ');
    const register = async (first: string, studentId: string, start: number, end: number, status: string) => {
      await page.getByRole('button', { name: 'ลงทะเบียนนักศึกษา' }).click();
      const form = page.getByRole('form', { name: 'แบบฟอร์มนักศึกษาฝึกงาน' });
      await form.getByRole('combobox', { name: 'คำนำหน้า' }).fill('นางสาว');
      await form.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(first);
      await form.getByRole('textbox', { name: 'นามสกุล', exact: true }).fill('ศรีสุข');
      await form.getByRole('textbox', { name: 'รหัสนักศึกษา' }).fill(studentId);
      await complaints.choose(form, 'สถานศึกษา', 'มหาวิทยาลัยทักษิณ');
      await form.getByRole('textbox', { name: 'วันเริ่มฝึก' }).fill(bangkokTyped(start).typed);
      await form.getByRole('textbox', { name: 'วันสิ้นสุดการฝึก' }).fill(bangkokTyped(end).typed);
      await complaints.choose(form, 'สถานะ', status);
      await form.getByRole('button', { name: 'บันทึก' }).click();
      await expect(form).toBeHidden();
    };
    await register('กนกวรรณ', '6310110001', -800, -740, 'จบการฝึก');
    await register('ปิยะนุช', '6610110002', -10, 50, 'กำลังฝึก');

    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByRole('tab', { name: 'ครบกำหนดเก็บรักษา' }).click();
    const rows = page.getByTestId('retention-row');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('นางสาวกนกวรรณ ศรีสุข');
    await expect(rows).toContainText('มหาวิทยาลัยทักษิณ');
    await app.screenshot('privacy-retention-th');

    // The list for the director's signature: ลับ, in Thai, with the period it rests on.
    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const pdf = app.env.pdf.saved[0] ?? '';
    const text = pdfText(pdf);
    for (const expected of ['บัญชีข้อมูลส่วนบุคคลที่ครบกำหนดเก็บรักษา', 'นางสาวกนกวรรณศรีสุข', '1ปีนับแต่วันสิ้นสุดการฝึกงาน', 'ลับ', SONGKHLA_OFFICE.directorName]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    copyFileSync(pdf, join(SCREENSHOT_DIR, 'privacy-retention-list.pdf'));

    // Signed: erased the same way a single erasure is; nothing is due any more.
    await page.getByRole('button', { name: /^ลบข้อมูลตามบัญชี \(1 รายการ\)/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^ลบข้อมูลตามบัญชี/ }).click();
    await expect(page.getByText('ทำเครื่องหมายว่าผู้อำนวยการอนุมัติบัญชีแล้วก่อนลบ')).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'ผู้อำนวยการลงนามอนุมัติบัญชีนี้แล้ว' }).check();
    await dialog.getByRole('button', { name: /^ลบข้อมูลตามบัญชี/ }).click();
    await expect(page.getByText('ลบข้อมูลแล้ว 1 รายการ')).toBeVisible();
    await expect(rows).toHaveCount(0);
    await settings.shell.openSection('นักศึกษาฝึกงาน');
    await expect(page.getByTestId('intern-row').filter({ hasText: 'ปิยะนุช' })).toHaveCount(1);
    await expect(page.getByTestId('intern-row').filter({ hasText: 'กนกวรรณ' })).toHaveCount(0);
  });

  test('a reporter asks to be taken off the press list: her name and channels go, the outlet and what was sent stay', async ({ app }) => {
    const page = app.page;
    const settings = new SettingsPage(page);
    const press = new PressPage(page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSection('บริการข่าว');
    await press.openTab('เครือข่ายสื่อมวลชน');
    await press.addOutlet('สวท.สงขลา', 'วิทยุ');
    await press.addContact({ title: 'นางสาว', first: 'วิภาวดี', last: 'รายงานข่าว', outlet: 'สวท.สงขลา', lineId: 'wipa.news', verified: bangkokTyped(-10).typed });
    const list = page.getByTestId('contact-list');
    await list.getByText('นางสาววิภาวดี รายงานข่าว').click();
    const privacy = page.getByTestId('contact-privacy');
    await privacy.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    const confirm = page.getByRole('dialog', { name: 'ลบข้อมูลส่วนบุคคลของผู้ติดต่อ' });
    await expect(confirm).toContainText('วิภาวดี รายงานข่าว');
    await expect(confirm.getByTestId('erasure-scope-kept')).toContainText('ประวัติการส่งข่าว');
    await app.screenshot('press-contact-erase-dialog-th');
    // The disk fails as the files are cleared: nothing is lost, the app says so in Thai, and the
    // next start rebuilds them.
    const failClear = app.holdDatabaseClear();
    await confirm.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    await expect(page.getByTestId('rebuilding-database')).toContainText('ขั้นที่ 2 จาก 3');
    failClear('fail');
    await expect(page.getByText('ล้างข้อมูลส่วนบุคคลที่ลบแล้วออกจากไฟล์ฐานข้อมูลไม่สำเร็จ ข้อมูลของสำนักงานยังอยู่ครบ')).toBeVisible({ timeout: 30_000 });
    await app.screenshot('press-contact-erase-clear-failed-th');
    const indexedDb = join(app.profileDir, 'Default', 'IndexedDB');
    expect(filesHolding(indexedDb, ['wipa.news']).length).toBeGreaterThan(0);
    await app.restart();
    const again = new SettingsPage(app.page);
    await again.shell.waitUntilReady();
    expect(filesHolding(indexedDb, ['wipa.news', 'วิภาวดี'])).toEqual([]);
    await again.shell.openSection('บริการข่าว');
    await new PressPage(app.page).openTab('เครือข่ายสื่อมวลชน');
    const listAgain = app.page.getByTestId('contact-list');
    await expect(listAgain).not.toContainText('วิภาวดี');
    await expect(listAgain).not.toContainText('wipa.news');
    await expect(listAgain).toContainText('สวท.สงขลา');
    await listAgain.getByText('ลบข้อมูลส่วนบุคคลแล้ว').click();
    await expect(app.page.getByTestId('contact-erased')).toContainText('เจ้าของข้อมูลขอให้ลบ');
  });

  test('a staff member who has left asks to be erased: phone, e-mail and sign-in go, the name of the official record stays', async ({ app }) => {
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.addStaff({ title: 'นาง', firstName: 'รัชนี', lastName: 'ย้ายไปแล้ว', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานอำนวยการ', phone: '0861112222', email: 'ratchanee.moved@prd.example.go.th' });
    // A colleague's task names her in its title: prose the erasure does not change, so the dialog lists it.
    await settings.shell.openSection('ภารกิจ');
    await page.getByRole('button', { name: 'เพิ่มงาน' }).first().click();
    const taskForm = page.getByRole('form', { name: 'แบบฟอร์มงาน' });
    await taskForm.getByRole('textbox', { name: 'ชื่องาน' }).fill('รับมอบงานข่าวต่อจากรัชนี ย้ายไปแล้ว');
    await taskForm.getByRole('combobox', { name: 'ภารกิจ' }).click();
    await page.getByRole('option', { name: /^2\. / }).click();
    await taskForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(taskForm).toBeHidden();
    await settings.shell.openSettingsTab('บุคลากร');
    const edit = () => page.getByRole('button', { name: 'แก้ไข นางรัชนี ย้ายไปแล้ว' }).click();
    const dialog = page.getByRole('dialog', { name: 'แก้ไขข้อมูลบุคลากร' });
    // Still working here: nothing to erase yet, and the dialog says how.
    await edit();
    await expect(dialog.getByTestId('staff-privacy')).toContainText('ลบข้อมูลส่วนบุคคลได้เมื่อบุคลากรพ้นจากสำนักงานแล้ว');
    await dialog.getByRole('switch', { name: 'ยังปฏิบัติงานอยู่' }).uncheck();
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await expect(dialog).toBeHidden();
    // She is no longer on the list of those working here: all staff.
    const showAll = () => page.locator('label').filter({ hasText: /^ทั้งหมด$/ }).click();
    await showAll();
    await edit();
    await dialog.getByTestId('staff-privacy').getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    const confirm = page.getByRole('dialog', { name: 'ลบข้อมูลส่วนบุคคลของอดีตบุคลากร' });
    await expect(confirm).toContainText('นางรัชนี ย้ายไปแล้ว');
    await expect(confirm.getByTestId('erasure-scope-kept')).toContainText('เอกสารราชการ');
    await expect(confirm.getByTestId('privacy-mentions')).toContainText('ชื่อนี้ยังปรากฏในข้อความของบันทึกอื่น 1 รายการ');
    await expect(confirm.getByTestId('privacy-mentions')).toContainText('งาน: รับมอบงานข่าวต่อจากรัชนี ย้ายไปแล้ว');
    await page.waitForTimeout(400); // let the dialog finish fading in before the picture
    await app.screenshot('staff-erase-dialog-th');
    await confirm.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    // The window starts again on new database files and says it is done.
    await expect(page.getByText('ลบข้อมูลส่วนบุคคลของอดีตบุคลากรแล้ว')).toBeVisible({ timeout: 30_000 });
    await settings.shell.openSettingsTab('บุคลากร');
    await showAll();
    await expect(settings.staffRow('นางรัชนี ย้ายไปแล้ว')).toBeVisible();
    await edit();
    await expect(dialog.getByRole('textbox', { name: 'โทรศัพท์' })).toHaveValue('');
    await expect(dialog.getByRole('textbox', { name: 'โทรศัพท์' })).toBeDisabled();
    await expect(dialog.getByTestId('staff-erased')).toContainText('อดีตบุคลากรขอให้ลบ');
    await app.screenshot('staff-erased-th');
    expect(filesHolding(join(app.profileDir, 'Default', 'IndexedDB'), ['0861112222', 'ratchanee.moved'])).toEqual([]);
  });

  test('a respondent who wrote her phone in a questionnaire asks for it to go: its answers are erased, the form still counts', async ({ app }) => {
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSection('ประเมินผล');
    await page.getByRole('button', { name: 'สร้างแบบสำรวจจากแม่แบบ' }).click();
    await page.getByRole('menuitem', { name: 'ความพึงพอใจต่อการให้บริการ' }).click();
    await page.getByRole('button', { name: 'บันทึกแบบสำรวจ' }).click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();
    await page.getByRole('tab', { name: 'บันทึกแบบสอบถาม' }).click();
    const serial = page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' });
    await expect(serial).toBeFocused();
    await page.keyboard.press('Enter');
    for (const digit of [2, 3, 1, 1, 5, 4, 5, 5, 4]) {
      await page.keyboard.press(String(digit));
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('กรุณาโทรกลับ นางพรทิพย์ 0873334444');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('entry-count')).toContainText('บันทึกแล้ว 1 ชุด');

    const panel = page.getByTestId('response-privacy');
    await panel.getByTestId('erase-serial').fill('9');
    await panel.getByRole('button', { name: 'ค้นหา' }).click();
    await expect(panel).toContainText('ไม่พบแบบสอบถามเลขที่ 9 ในแบบสำรวจนี้');
    await panel.getByTestId('erase-serial').fill('1');
    await panel.getByRole('button', { name: 'ค้นหา' }).click();
    await expect(panel).toContainText('แบบสอบถามเลขที่ 1 · ตอบ 10 ข้อ');
    await panel.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    const confirm = page.getByRole('dialog', { name: 'ลบคำตอบของผู้ตอบแบบสอบถาม' });
    await expect(confirm).toContainText('แบบสอบถามเลขที่ 1');
    await app.screenshot('survey-response-erase-th');
    await confirm.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    await expect(page.getByText('ลบคำตอบของผู้ตอบแล้ว')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'บันทึกแบบสอบถาม' }).click();
    await expect(page.getByTestId('entry-count')).toContainText('บันทึกแล้ว 1 ชุด');
    await page.getByTestId('response-privacy').getByTestId('erase-serial').fill('1');
    await page.getByTestId('response-privacy').getByRole('button', { name: 'ค้นหา' }).click();
    await expect(page.getByTestId('response-erased')).toContainText('ผู้ตอบขอให้ลบ');
    expect(filesHolding(join(app.profileDir, 'Default', 'IndexedDB'), ['0873334444', 'พรทิพย์'])).toEqual([]);
  });
});
