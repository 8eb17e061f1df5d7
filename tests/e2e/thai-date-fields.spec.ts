import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { ComplaintsPage } from './pages/complaints-page';
import { InternshipsPage } from './pages/internships-page';
import { MissionsPage } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { PressPage } from './pages/press-page';
import { SettingsPage } from './pages/settings-page';

/**
 * Every พ.ศ. date box of the app not already typed in thai-dates.spec.ts (งาน, ข่าว, คำขอรับบริการ,
 * เหตุละเมิดข้อมูล) or briefings.spec.ts (การแถลงข่าว, ข้อมูล ณ เวลา), one by one as staff type
 * them (issue 21): each takes "1 ต.ค. 68" and "1/10/2568" and says "1 ตุลาคม 2568" under the
 * box; "1/10/2025" is caught as a ค.ศ. year with the พ.ศ. date one click away; the record is saved
 * and, after a reload, read back in พ.ศ. The fields, by module and Thai label:
 *   ตั้งค่า › บุคลากร: วันที่เริ่มปฏิบัติงาน
 *   ตั้งค่า › รักษาราชการแทน: ตั้งแต่วันที่, ถึงวันที่
 *   งานโฆษก › คลังคำถาม-คำตอบ: วันที่อนุมัติ, ทบทวนภายใน
 *   งานโฆษก › เอกสารแถลงข่าว: วันที่
 *   บริการข่าว › เครือข่ายสื่อมวลชน › ผู้ติดต่อ: ยืนยันข้อมูลล่าสุด
 *   บริการข่าว › ข่าว › การนำไปเผยแพร่: วันที่เผยแพร่
 *   บริการข่าว › รายการข่าว (ตัวกรอง): ตั้งแต่วันที่, ถึงวันที่ (a filter: nothing to save or
 *     reload; "1 พ.ย. 68" and "31/10/2568" filter the list; typed key by key it keeps what is typed
 *     and catches a ค.ศ. year: it lost both before, the test below)
 *   นักศึกษาฝึกงาน › ลงทะเบียนนักศึกษา: วันเริ่มฝึก, วันสิ้นสุดการฝึก
 *   นักศึกษาฝึกงาน › บันทึกการปฏิบัติงาน: วันที่ (the work log has no time box)
 *   นักศึกษาฝึกงาน › หนังสือตอบรับการฝึกงาน: วันที่ (a letter, not a saved record: no reload;
 *     the date is checked in พ.ศ. in its PDF instead)
 *   ภารกิจ › ผลงานที่บันทึกไว้: วันที่
 *   แดชบอร์ด › บันทึกข้อความ: วันที่ (a memo, not a saved record: no reload; checked in its PDF)
 *   เรื่องร้องเรียน › รับเรื่องใหม่: วันที่รับเรื่อง
 *   เรื่องร้องเรียน › บันทึกขั้นตอน (ส่งต่อหน่วยงาน): วันที่, กำหนดตอบกลับ
 *   ข้อมูลส่วนบุคคล › คำขอใช้สิทธิ: วันที่รับคำขอ, วันที่ตอบ
 *   ประเมินผล › บันทึกแบบสอบถาม: a วันที่ question (a saved questionnaire is not shown again on
 *     screen: after the reload its date is read back from the CSV export, as the ISO date it keeps)
 * No time box is left uncovered: the only ones (คำขอรับบริการ, เหตุละเมิด, ห้ามเผยแพร่ก่อน,
 * การแถลงข่าว, ข้อมูล ณ เวลา) are in the two specs above.
 */

const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/** One พ.ศ. date: as typed, as the box shows it once saved, long (under the box) and short (in lists). */
interface ThaiDay {
  typed: string;
  box: string;
  long: string;
  short: string;
  iso: string;
}

function thaiDay(day: number, month: number, yearBE: number): ThaiDay {
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return {
    typed: `${day}/${month}/${yearBE}`,
    box: `${dd}/${mm}/${yearBE}`,
    long: `${day} ${THAI_MONTHS[month - 1]} ${yearBE}`,
    short: `${day} ${THAI_MONTHS_SHORT[month - 1]} ${yearBE}`,
    iso: `${yearBE - 543}-${mm}-${dd}`,
  };
}

const OCT_1 = thaiDay(1, 10, 2568);
const CE_MESSAGE = 'ปี 2025 เป็นปี ค.ศ. (ตรงกับ พ.ศ. 2568)';
const DATE_HINT = 'พิมพ์วันที่ พ.ศ. เช่น 1/10/2568 หรือ 1 ต.ค. 68';

/**
 * One date box, as a person types into it: "1 ต.ค. 68" reads as 1 ตุลาคม 2568; "1/10/2025" is
 * caught as ค.ศ. and its "ใช้วันที่ 1 ตุลาคม 2568" (a button in `scope`) fixes it; emptied, the box
 * gives its hint; "1/10/2568" reads as 1 ตุลาคม 2568; then `final` (d/m/พ.ศ.), the date the record
 * keeps, when the form needs another (an end after a start, or a date told apart in a list or PDF).
 * What the box says is read as its accessible description: the text under that very box.
 */
async function checkDateField(scope: Locator, box: Locator, final: ThaiDay = OCT_1): Promise<void> {
  await box.fill('1 ต.ค. 68');
  await expect(box).toHaveAccessibleDescription(OCT_1.long);
  await box.fill('1/10/2025');
  await expect(box).toHaveAccessibleDescription(new RegExp(`^${escape(CE_MESSAGE)} ใช้วันที่ 1 ตุลาคม 2568`));
  await scope.getByRole('button', { name: 'ใช้วันที่ 1 ตุลาคม 2568', exact: true }).click();
  await expect(box).toHaveValue(OCT_1.box);
  await expect(box).toHaveAccessibleDescription(OCT_1.long);
  await box.fill('');
  await expect(box).toHaveAccessibleDescription(new RegExp(`${escape(DATE_HINT)}$`));
  await box.fill(OCT_1.typed);
  await expect(box).toHaveAccessibleDescription(OCT_1.long);
  if (final.typed === OCT_1.typed) return;
  await box.fill(final.typed);
  await expect(box).toHaveAccessibleDescription(final.long);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/[\s\u200b]+/g, '');
}

/** After a reload the app is back, signed in, on the page it was on. */
async function reloadApp(page: Page, settings: SettingsPage): Promise<void> {
  await page.reload();
  await settings.shell.waitUntilReady();
}

test.describe('every other พ.ศ. date field (issue 21)', () => {
  test('ตั้งค่า and งานโฆษก: staff start date, acting period, Q&A approval and review dates, a briefing date; kept after a reload', async ({ app }) => {
    test.setTimeout(120_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    // The acting periods are kept in the office profile. Before it is saved, the tab says so and
    // will not save (it refused the save with no word beside the fields).
    await settings.shell.openSettingsTab('รักษาราชการแทน');
    await expect(page.getByTestId('acting-needs-profile')).toContainText('บันทึกข้อมูลสำนักงานก่อน');
    await expect(page.getByRole('form', { name: 'แบบฟอร์มผู้รักษาราชการแทน' }).getByRole('button', { name: 'บันทึกการมอบหมาย' })).toBeDisabled();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();

    // บุคลากร: วันที่เริ่มปฏิบัติงาน.
    await settings.shell.openSettingsTab('บุคลากร');
    await page.getByRole('button', { name: 'เพิ่มบุคลากร' }).first().click();
    const staffDialog = page.getByRole('dialog', { name: 'เพิ่มบุคลากร' });
    await staffDialog.getByRole('combobox', { name: 'คำนำหน้า' }).fill('นาย');
    await staffDialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('วีระ');
    await staffDialog.getByRole('textbox', { name: 'นามสกุล' }).fill('ประชาสัมพันธ์');
    await staffDialog.getByRole('textbox', { name: 'ตำแหน่ง' }).fill('นักประชาสัมพันธ์');
    await checkDateField(staffDialog, staffDialog.getByRole('textbox', { name: 'วันที่เริ่มปฏิบัติงาน' }));
    await staffDialog.getByRole('button', { name: 'บันทึก' }).click();
    await expect(staffDialog).toBeHidden();

    // รักษาราชการแทน: ตั้งแต่วันที่ and ถึงวันที่ (the end on or after the start).
    const octEnd = thaiDay(31, 10, 2568);
    await settings.shell.openSettingsTab('รักษาราชการแทน');
    const acting = page.getByRole('form', { name: 'แบบฟอร์มผู้รักษาราชการแทน' });
    await acting.getByRole('combobox', { name: 'ผู้รักษาราชการแทน' }).click();
    await page.getByRole('option', { name: 'นายวีระ ประชาสัมพันธ์' }).click();
    await checkDateField(acting, acting.getByRole('textbox', { name: 'ตั้งแต่วันที่' }));
    await checkDateField(acting, acting.getByRole('textbox', { name: 'ถึงวันที่' }), octEnd);
    await acting.getByRole('textbox', { name: 'ตามคำสั่ง' }).fill('คำสั่งสำนักงานประชาสัมพันธ์จังหวัดสงขลา ที่ 12/2568');
    await acting.getByRole('button', { name: 'บันทึกการมอบหมาย' }).click();
    await expect(page.getByTestId('acting-row')).toContainText(`${OCT_1.short} – ${octEnd.short}`);

    // คลังคำถาม-คำตอบ: วันที่อนุมัติ and ทบทวนภายใน.
    const reviewBy = thaiDay(31, 3, 2569);
    await settings.shell.openSection('งานโฆษก');
    await page.getByRole('tab', { name: 'คลังคำถาม-คำตอบ' }).click();
    await page.getByRole('button', { name: 'เพิ่มคำถาม-คำตอบ' }).click();
    const bankDialog = page.getByRole('dialog', { name: 'เพิ่มคำถาม-คำตอบ' });
    await bankDialog.getByRole('textbox', { name: 'หัวข้อ', exact: true }).fill('อุทกภัย');
    await bankDialog.getByRole('textbox', { name: 'คำถาม', exact: true }).fill('จังหวัดเตรียมศูนย์พักพิงไว้กี่แห่ง');
    await bankDialog.getByRole('textbox', { name: 'คำตอบที่อนุมัติ', exact: true }).fill('เปิดศูนย์พักพิงแล้ว 42 แห่ง');
    await checkDateField(bankDialog, bankDialog.getByRole('textbox', { name: 'วันที่อนุมัติ', exact: true }));
    await checkDateField(bankDialog, bankDialog.getByRole('textbox', { name: 'ทบทวนภายใน', exact: true }), reviewBy);
    // Another ค.ศ. year, caught the same way (the picture shows the message under its box).
    await bankDialog.getByRole('textbox', { name: 'ทบทวนภายใน', exact: true }).fill('31/3/2026');
    await expect(bankDialog.getByRole('textbox', { name: 'ทบทวนภายใน', exact: true })).toHaveAccessibleDescription(/^ปี 2026 เป็นปี ค\.ศ\. \(ตรงกับ พ\.ศ\. 2569\)/);
    await app.screenshot('thai-date-fields-qa-bank-ce-year');
    await bankDialog.getByRole('button', { name: `ใช้วันที่ ${reviewBy.long}` }).click();
    await bankDialog.getByRole('button', { name: 'บันทึก' }).click();
    await expect(bankDialog).toBeHidden();
    await expect(page.getByTestId('bank-item')).toHaveCount(1);

    // เอกสารแถลงข่าว: วันที่.
    const briefingDay = thaiDay(5, 10, 2568);
    await page.getByRole('tab', { name: 'เอกสารแถลงข่าว' }).click();
    await page.getByRole('button', { name: 'สร้างเอกสารแถลงข่าว' }).click();
    await page.getByRole('textbox', { name: 'ชื่อเรื่อง', exact: true }).fill('สถานการณ์อุทกภัย จังหวัดสงขลา');
    await checkDateField(page.getByRole('main'), page.getByRole('textbox', { name: 'วันที่', exact: true }), briefingDay);
    await page.getByRole('button', { name: 'บันทึก', exact: true }).first().click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();

    // After a reload: every date read back in พ.ศ.
    await reloadApp(page, settings);
    await expect(page.getByRole('textbox', { name: 'ชื่อเรื่อง', exact: true })).toHaveValue('สถานการณ์อุทกภัย จังหวัดสงขลา');
    await expect(page.getByRole('textbox', { name: 'วันที่', exact: true })).toHaveValue(briefingDay.box);
    await expect(page.getByRole('textbox', { name: 'วันที่', exact: true })).toHaveAccessibleDescription(briefingDay.long);

    await settings.shell.openSection('งานโฆษก');
    await page.getByRole('tab', { name: 'คลังคำถาม-คำตอบ' }).click();
    await page.getByTestId('bank-item').getByRole('button', { name: 'แก้ไข' }).click();
    const bankEdit = page.getByRole('dialog', { name: 'แก้ไขคำถาม-คำตอบ' });
    await expect(bankEdit.getByRole('textbox', { name: 'วันที่อนุมัติ', exact: true })).toHaveValue(OCT_1.box);
    await expect(bankEdit.getByRole('textbox', { name: 'ทบทวนภายใน', exact: true })).toHaveValue(reviewBy.box);
    await expect(bankEdit.getByRole('textbox', { name: 'ทบทวนภายใน', exact: true })).toHaveAccessibleDescription(reviewBy.long);
    await page.keyboard.press('Escape');
    await expect(bankEdit).toBeHidden();

    await settings.shell.openSettingsTab('รักษาราชการแทน');
    await expect(page.getByTestId('acting-row')).toContainText(`${OCT_1.short} – ${octEnd.short}`);

    await settings.shell.openSettingsTab('บุคลากร');
    await page.getByRole('button', { name: 'แก้ไข นายวีระ ประชาสัมพันธ์' }).click();
    const staffEdit = page.getByRole('dialog', { name: 'แก้ไขข้อมูลบุคลากร' });
    await expect(staffEdit.getByRole('textbox', { name: 'วันที่เริ่มปฏิบัติงาน' })).toHaveValue(OCT_1.box);
    await expect(staffEdit.getByRole('textbox', { name: 'วันที่เริ่มปฏิบัติงาน' })).toHaveAccessibleDescription(OCT_1.long);
  });

  test('บริการข่าว: a contact\'s last check, a pickup date, kept after a reload; the list\'s date filter', async ({ app }) => {
    test.setTimeout(120_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    const press = new PressPage(page);
    await settings.shell.waitUntilReady();

    // เครือข่ายสื่อมวลชน › ผู้ติดต่อ: ยืนยันข้อมูลล่าสุด.
    await settings.shell.openSection('บริการข่าว');
    await press.openTab('เครือข่ายสื่อมวลชน');
    await press.view('ผู้ติดต่อ');
    await page.getByRole('button', { name: 'เพิ่มผู้ติดต่อ' }).click();
    const contactForm = page.getByRole('form', { name: 'แบบฟอร์มผู้ติดต่อ' });
    await contactForm.getByRole('textbox', { name: 'คำนำหน้า' }).fill('นางสาว');
    await contactForm.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('วิภาวดี');
    await contactForm.getByRole('textbox', { name: 'นามสกุล' }).fill('รายงานข่าว');
    await checkDateField(contactForm, contactForm.getByRole('textbox', { name: 'ยืนยันข้อมูลล่าสุด' }));
    await contactForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(contactForm).toBeHidden();
    await expect(page.getByTestId('contact-list')).toContainText(OCT_1.short);

    // Two releases, a month and a half apart (their วันที่ข่าว is typed in thai-dates.spec.ts).
    const october = { headline: 'จังหวัดสงขลาเตรียมจัดงานกาชาดประจำปี 2568', day: OCT_1 };
    const november = { headline: 'จังหวัดสงขลาเปิดศูนย์พักพิงผู้ประสบอุทกภัยครบทุกอำเภอ', day: thaiDay(20, 11, 2568) };
    for (const release of [november, october]) {
      await settings.shell.openSection('บริการข่าว');
      await page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
      const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
      await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(release.headline);
      await releaseForm.getByRole('textbox', { name: 'สถานที่ต้นข่าว' }).fill('สงขลา');
      await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill(`${release.headline} เพื่อให้ประชาชนทราบ`);
      await releaseForm.getByRole('textbox', { name: 'วันที่ข่าว' }).fill(release.day.typed);
      await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
      await expect(page.getByTestId('page-heading')).toHaveText(release.headline);
    }

    // การนำไปเผยแพร่: วันที่เผยแพร่ (on the October release, now open).
    const pickupDay = thaiDay(3, 10, 2568);
    await page.getByRole('tab', { name: 'การนำไปเผยแพร่' }).click();
    const pickupForm = page.getByRole('form', { name: 'บันทึกการนำข่าวไปเผยแพร่' });
    await pickupForm.getByRole('textbox', { name: 'ชื่อสื่อ' }).fill('สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสงขลา');
    await checkDateField(pickupForm, pickupForm.getByRole('textbox', { name: 'วันที่เผยแพร่' }), pickupDay);
    await app.screenshot('thai-date-fields-pickup');
    await pickupForm.getByRole('button', { name: 'บันทึกการเผยแพร่' }).click();
    await expect(page.getByTestId('pickup-log')).toContainText(pickupDay.short);

    // The list's filter: ตั้งแต่วันที่ and ถึงวันที่, both ways, filter on วันที่ข่าว. Filled whole
    // (as a paste does) here; typed key by key in the test below.
    await settings.shell.openSection('บริการข่าว');
    const rows = page.getByTestId('release-row');
    await expect(rows).toHaveCount(2);
    const from = page.getByRole('textbox', { name: 'ตั้งแต่วันที่' });
    const to = page.getByRole('textbox', { name: 'ถึงวันที่' });
    await from.fill('1 พ.ย. 68');
    await expect(from).toHaveAccessibleDescription('1 พฤศจิกายน 2568');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(november.headline);
    await from.fill('');
    await expect(rows).toHaveCount(2);
    await to.fill('31/10/2568');
    await expect(to).toHaveAccessibleDescription('31 ตุลาคม 2568');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(october.headline);
    await to.fill('');
    await expect(rows).toHaveCount(2);

    // After a reload.
    await reloadApp(page, settings);
    await press.openTab('เครือข่ายสื่อมวลชน');
    await press.view('ผู้ติดต่อ');
    await expect(page.getByTestId('contact-list')).toContainText(OCT_1.short);
    await page.getByTestId('contact-list').getByText('นางสาววิภาวดี รายงานข่าว', { exact: true }).click();
    await expect(contactForm.getByRole('textbox', { name: 'ยืนยันข้อมูลล่าสุด' })).toHaveValue(OCT_1.box);
    await expect(contactForm.getByRole('textbox', { name: 'ยืนยันข้อมูลล่าสุด' })).toHaveAccessibleDescription(OCT_1.long);
    await page.keyboard.press('Escape');
    await expect(contactForm).toBeHidden();
    await press.openTab('ข่าวประชาสัมพันธ์');
    await rows.filter({ hasText: october.headline }).click();
    await page.getByRole('tab', { name: 'การนำไปเผยแพร่' }).click();
    await expect(page.getByTestId('pickup-log')).toContainText(pickupDay.short);
  });

  test('บริการข่าว: the list\'s date filter keeps a date typed key by key and catches a ค.ศ. year', async ({ app }) => {
    // A bug this test found (fixed in ReleaseFilterBar's DateFilter): the filter handed the box ''
    // back after every keystroke of an unfinished date, so "1/11/2568" typed key by key left an
    // empty box, and "1/10/2025" was wiped with no ค.ศ. message.
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSection('บริการข่าว');
    const from = page.getByRole('textbox', { name: 'ตั้งแต่วันที่' });
    await expect(from).toHaveValue('');
    await from.pressSequentially('1/11/2568');
    await expect(from).toHaveValue('1/11/2568');
    await expect(from).toHaveAccessibleDescription('1 พฤศจิกายน 2568');
    await from.fill('1/10/2025');
    await expect(from).toHaveAccessibleDescription(new RegExp(`^${escape(CE_MESSAGE)}`));
  });

  test('นักศึกษาฝึกงาน, ภารกิจ and บันทึกข้อความ: an internship period, a work log day, a work link; the letter and memo dates in their PDFs', async ({ app }) => {
    test.setTimeout(150_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    // Letters need the letterhead and the signer.
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();

    // ลงทะเบียนนักศึกษา: วันเริ่มฝึก, วันสิ้นสุดการฝึก (the end after the start).
    const endDay = thaiDay(28, 2, 2569);
    await settings.shell.openSection('นักศึกษาฝึกงาน');
    await new InternshipsPage(page).addInstitution('มหาวิทยาลัยสงขลานครินทร์');
    await page.getByRole('button', { name: 'ลงทะเบียนนักศึกษา' }).click();
    const internForm = page.getByRole('form', { name: 'แบบฟอร์มนักศึกษาฝึกงาน' });
    await internForm.getByRole('combobox', { name: 'คำนำหน้า' }).fill('นางสาว');
    await internForm.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('กนกวรรณ');
    await internForm.getByRole('textbox', { name: 'นามสกุล', exact: true }).fill('ศรีสุข');
    await internForm.getByRole('textbox', { name: 'รหัสนักศึกษา' }).fill('6410110123');
    await internForm.getByRole('combobox', { name: 'สถานศึกษา' }).click();
    await page.getByRole('option', { name: 'มหาวิทยาลัยสงขลานครินทร์' }).click();
    await checkDateField(internForm, internForm.getByRole('textbox', { name: 'วันเริ่มฝึก' }));
    await checkDateField(internForm, internForm.getByRole('textbox', { name: 'วันสิ้นสุดการฝึก' }), endDay);
    await internForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(internForm).toBeHidden();

    // บันทึกการปฏิบัติงาน: วันที่.
    const logDay = thaiDay(2, 10, 2568);
    await page.getByRole('link', { name: 'นางสาวกนกวรรณ ศรีสุข' }).click();
    const log = page.getByTestId('work-log');
    await checkDateField(log, log.getByRole('textbox', { name: 'วันที่', exact: true }), logDay);
    await log.getByRole('textbox', { name: 'งานที่ทำ' }).fill('ถ่ายภาพพิธีเปิดงานกาชาดและคัดเลือกภาพประกอบข่าว');
    await log.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(log.getByTestId('work-log-entry')).toContainText(logDay.long);

    // หนังสือตอบรับการฝึกงาน: วันที่, printed in พ.ศ.
    const letterDay = thaiDay(15, 9, 2568);
    await page.getByRole('button', { name: 'หนังสือตอบรับการฝึกงาน' }).click();
    const letter = page.getByRole('form', { name: 'หนังสือตอบรับการฝึกงาน' });
    await checkDateField(letter, letter.getByRole('textbox', { name: 'วันที่', exact: true }), letterDay);
    await letter.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    expect(pdfText(app.env.pdf.saved[0] ?? '')).toContain(letterDay.long.replace(/\s+/g, ''));
    await page.keyboard.press('Escape');
    await expect(letter).toBeHidden();

    // ผลงานที่บันทึกไว้ (ภารกิจที่ 1): วันที่.
    const linkDay = thaiDay(4, 10, 2568);
    const missions = new MissionsPage(page);
    await missions.openTab('ภารกิจ');
    await page.getByTestId('mission-row').first().getByRole('link').click();
    const links = page.getByTestId('work-links');
    await links.getByRole('textbox', { name: 'ผลงานที่บันทึกไว้' }).fill('ถ่ายทอดสดพิธีเปิดงานกาชาด');
    await checkDateField(links, links.getByRole('textbox', { name: 'วันที่', exact: true }), linkDay);
    await links.getByRole('button', { name: 'บันทึกผลงาน' }).click();
    await expect(links.getByRole('row').filter({ hasText: 'ถ่ายทอดสดพิธีเปิดงานกาชาด' })).toContainText(linkDay.short);

    // บันทึกข้อความ: วันที่, printed in พ.ศ.
    const memoDay = thaiDay(6, 10, 2568);
    await settings.shell.openSection('แดชบอร์ด');
    await page.getByRole('button', { name: 'สร้างบันทึกข้อความ' }).click();
    const memo = page.getByRole('form', { name: 'บันทึกข้อความ' });
    await memo.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill('ขอเชิญร่วมงานกาชาดประจำปี');
    await memo.getByRole('textbox', { name: 'เรียน', exact: true }).fill('ผู้ว่าราชการจังหวัดสงขลา');
    await memo.getByRole('textbox', { name: 'ข้อความ', exact: true }).fill('จึงเรียนมาเพื่อโปรดทราบ');
    await checkDateField(memo, memo.getByRole('textbox', { name: 'วันที่', exact: true }), memoDay);
    await memo.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(2);
    expect(pdfText(app.env.pdf.saved[1] ?? '')).toContain(memoDay.long.replace(/\s+/g, ''));
    await page.keyboard.press('Escape');
    await expect(memo).toBeHidden();

    // After a reload: the work link, the work log day and the period, in พ.ศ.
    await missions.openTab('ภารกิจ');
    await page.getByTestId('mission-row').first().getByRole('link').click();
    await reloadApp(page, settings);
    await expect(links.getByRole('row').filter({ hasText: 'ถ่ายทอดสดพิธีเปิดงานกาชาด' })).toContainText(linkDay.short);
    await settings.shell.openSection('นักศึกษาฝึกงาน');
    await page.getByRole('link', { name: 'นางสาวกนกวรรณ ศรีสุข' }).click();
    await expect(page.getByTestId('work-log-entry')).toContainText(logDay.long);
    await page.getByRole('button', { name: 'แก้ไข', exact: true }).click();
    await expect(internForm.getByRole('textbox', { name: 'วันเริ่มฝึก' })).toHaveValue(OCT_1.box);
    await expect(internForm.getByRole('textbox', { name: 'วันสิ้นสุดการฝึก' })).toHaveValue(endDay.box);
    await expect(internForm.getByRole('textbox', { name: 'วันสิ้นสุดการฝึก' })).toHaveAccessibleDescription(endDay.long);
  });

  test('เรื่องร้องเรียน, ข้อมูลส่วนบุคคล and ประเมินผล: received, step and reply-due dates, a request\'s dates, a date question; kept after a reload', async ({ app }) => {
    test.setTimeout(150_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    const complaints = new ComplaintsPage(page);
    await settings.shell.waitUntilReady();

    // รับเรื่องใหม่: วันที่รับเรื่อง.
    await settings.shell.openSection('เรื่องร้องเรียน');
    await page.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
    const intake = complaints.intakeForm();
    await checkDateField(intake, intake.getByRole('textbox', { name: 'วันที่รับเรื่อง' }));
    await intake.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill('ขอให้ซ่อมไฟฟ้าส่องสว่างถนนกาญจนวนิช');
    await intake.getByRole('textbox', { name: 'รายละเอียด' }).fill('ไฟฟ้าดับมาสองสัปดาห์ เวลากลางคืนมืดมาก');
    // Anonymous: a named complainant's record is edited only by complaints staff, not this administrator.
    await intake.getByRole('checkbox', { name: 'ผู้ร้องยินยอมให้สำนักงานเก็บชื่อและข้อมูลติดต่อ' }).uncheck();
    await intake.getByRole('button', { name: 'บันทึก' }).click();
    await expect(intake).toBeHidden();
    await expect(page.getByTestId('page-heading')).toHaveText(/^ร้องเรียน 1\/25\d\d$/);
    await expect(page.getByText(`วันที่รับเรื่อง: ${OCT_1.long}`)).toBeVisible();

    // บันทึกขั้นตอน › ส่งต่อหน่วยงาน: วันที่ and กำหนดตอบกลับ (not before the forwarding).
    const stepDay = thaiDay(2, 10, 2568);
    const replyDue = thaiDay(17, 10, 2568);
    const step = await complaints.startStep('ส่งต่อหน่วยงาน');
    await checkDateField(step, step.getByRole('textbox', { name: 'วันที่', exact: true }), stepDay);
    await step.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    const agencyForm = page.getByRole('form', { name: 'แบบเพิ่มหน่วยงาน' });
    await agencyForm.getByRole('textbox', { name: 'ชื่อหน่วยงาน' }).fill('สำนักงานเทศบาลนครหาดใหญ่');
    await complaints.choose(agencyForm, 'ประเภทหน่วยงาน', 'องค์กรปกครองส่วนท้องถิ่น');
    await agencyForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(agencyForm).toBeHidden();
    await step.getByRole('textbox', { name: 'เลขที่หนังสือ' }).fill('สข 0017/245');
    await checkDateField(step, step.getByRole('textbox', { name: 'กำหนดตอบกลับ' }), replyDue);
    await step.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(step).toBeHidden();
    const timeline = page.getByTestId('complaint-timeline');
    await expect(timeline).toContainText(stepDay.long);
    await expect(timeline).toContainText(replyDue.short);

    // คำขอใช้สิทธิ: วันที่รับคำขอ, and วันที่ตอบ once answered.
    const answeredDay = thaiDay(20, 10, 2568);
    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByRole('button', { name: 'บันทึกคำขอ' }).click();
    const request = page.getByRole('form', { name: 'แบบบันทึกคำขอใช้สิทธิ' });
    await checkDateField(request, request.getByRole('textbox', { name: 'วันที่รับคำขอ' }));
    await request.getByRole('textbox', { name: 'ผู้ยื่นคำขอ' }).fill('นายสมศักดิ์ ใจกว้าง');
    await request.getByRole('textbox', { name: 'รายละเอียดคำขอ' }).fill('ขอสำเนาข้อมูลของข้าพเจ้าที่สำนักงานเก็บไว้ทั้งหมด');
    await complaints.choose(request, 'สถานะ', 'ตอบเจ้าของข้อมูลแล้ว');
    await checkDateField(request, request.getByRole('textbox', { name: 'วันที่ตอบ' }), answeredDay);
    await request.getByRole('textbox', { name: 'ผลการดำเนินการ' }).fill('มอบสำเนาข้อมูลเป็นไฟล์ PDF แก่ผู้ยื่นด้วยตนเอง');
    await request.getByRole('button', { name: 'บันทึก' }).click();
    await expect(request).toBeHidden();
    await expect(page.getByTestId('request-row')).toHaveCount(1);

    // แบบสอบถาม: a วันที่ question, keyed in and saved as a partial questionnaire.
    const answerDay = thaiDay(7, 10, 2568);
    const question = 'วันที่ได้รับข่าวสารครั้งล่าสุด';
    await settings.shell.openSection('ประเมินผล');
    await page.getByRole('button', { name: 'สร้างแบบสำรวจจากแม่แบบ' }).click();
    await page.getByRole('menuitem', { name: 'การรับรู้ข่าวสาร' }).click();
    await expect(settings.shell.pageHeading).toHaveText('แบบสอบถามการรับรู้ข่าวสารของทางราชการ');
    const section = page.getByTestId('section-s4');
    await section.getByRole('combobox', { name: 'ชนิดข้อคำถามใหม่' }).click();
    await page.getByRole('option', { name: 'วันที่', exact: true }).click();
    await section.getByRole('button', { name: 'เพิ่มข้อคำถาม' }).click();
    await page.getByRole('textbox', { name: 'ข้อคำถาม 4.2' }).fill(question);
    await page.getByRole('button', { name: 'บันทึกแบบสำรวจ' }).click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();
    await page.getByRole('tab', { name: 'บันทึกแบบสอบถาม' }).click();
    await expect(page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' })).toBeFocused();
    await page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' }).fill('1');
    const entry = page.getByRole('main');
    const dateAnswer = entry.getByRole('textbox', { name: question });
    await dateAnswer.click();
    await checkDateField(entry, dateAnswer, answerDay);
    await app.screenshot('thai-date-fields-survey-entry');
    await page.getByRole('button', { name: 'บันทึกบางส่วน (F8)' }).click();
    await expect(page.getByTestId('entry-count')).toHaveText('บันทึกแล้ว 1 ชุด (สมบูรณ์ 0 · บางส่วน 1)');

    // After a reload: the survey's answer (in its data file), the request, the complaint.
    await reloadApp(page, settings);
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await page.getByRole('button', { name: 'ส่งออก CSV (รหัส)' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    expect(readFileSync(app.env.exported[0] ?? '', 'utf8')).toMatch(new RegExp(`^1,partial,.*\\b${answerDay.iso}\\b`, 'm'));

    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByTestId('request-row').getByRole('button', { name: 'ดำเนินการ/ตอบ' }).click();
    await expect(request.getByRole('textbox', { name: 'วันที่รับคำขอ' })).toHaveValue(OCT_1.box);
    await expect(request.getByRole('textbox', { name: 'วันที่ตอบ' })).toHaveValue(answeredDay.box);
    await expect(request.getByRole('textbox', { name: 'วันที่ตอบ' })).toHaveAccessibleDescription(answeredDay.long);
    await page.keyboard.press('Escape');
    await expect(request).toBeHidden();

    await settings.shell.openSection('เรื่องร้องเรียน');
    const complaintRow = page.getByTestId('complaint-row');
    await expect(complaintRow).toContainText(OCT_1.short);
    await complaintRow.click();
    await expect(timeline).toContainText(stepDay.long);
    await expect(timeline).toContainText(replyDue.short);
    await page.getByRole('button', { name: 'แก้ไข', exact: true }).click();
    await expect(intake.getByRole('textbox', { name: 'วันที่รับเรื่อง' })).toHaveValue(OCT_1.box);
    await expect(intake.getByRole('textbox', { name: 'วันที่รับเรื่อง' })).toHaveAccessibleDescription(OCT_1.long);
  });
});
