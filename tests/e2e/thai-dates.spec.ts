import { execFileSync } from 'node:child_process';
import { expect, test } from './support/app-fixture';
import { MissionsPage } from './pages/missions-page';
import { PressPage } from './pages/press-page';
import { SettingsPage } from './pages/settings-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';

/**
 * The one พ.ศ. date and time input (issue 21), field by field, as staff type them. The fields
 * covered here, each typed, saved, read back after a reload:
 *   งาน: วันเริ่ม, วันกำหนดเสร็จ (dates; the calendar; a ค.ศ. year caught)
 *   ข่าว: วันที่ข่าว (date), ห้ามเผยแพร่ก่อน (date and time)
 *   คำขอรับบริการ: วันที่จัดงาน (date), เวลา (time)
 *   เหตุละเมิดข้อมูล: วันที่ทราบเหตุ (date), เวลาที่ทราบเหตุ (time)
 * The conference's วันและเวลา and a briefing's ข้อมูล ณ เวลา are typed the same way in
 * briefings.spec.ts.
 */
const MISSION_2 = 'ให้บริการจัดทำข่าวประชาสัมพันธ์กิจกรรมของหน่วยงานภาครัฐ ภาคประชาชน เผยแพร่ข้อมูลข่าวสารไปยังเครือข่ายสื่อมวลชน';
const TASK = 'ถ่ายภาพงานกาชาดประจำปี';
const HEADLINE = 'จังหวัดสงขลาเตรียมจัดงานกาชาดประจำปี 2568';
const AGENCY = 'เหล่ากาชาดจังหวัดสงขลา';

test.describe('Buddhist-era dates and times in every input (issue 21)', () => {
  test('dates typed as "1 ต.ค. 68", "1/10/2568" or picked from the calendar, times as "14.30", all พ.ศ. and kept after a reload; a ค.ศ. year is caught', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    const missions = new MissionsPage(page);
    await settings.shell.waitUntilReady();

    // A task: its start typed with a month abbreviation, its due date first in ค.ศ.
    await missions.openTab('งาน');
    await page.getByRole('button', { name: 'เพิ่มงาน' }).first().click();
    await missions.fillTask({ title: TASK, mission: `2. ${MISSION_2}`, startDate: '1 ต.ค. 68', dueDate: '15/10/2025' });
    const dialog = missions.taskDialog();
    await expect(dialog.getByText('1 ตุลาคม 2568', { exact: true })).toBeVisible();
    await expect(dialog.getByText('ปี 2025 เป็นปี ค.ศ. (ตรงกับ พ.ศ. 2568)')).toBeVisible();
    await app.screenshot('thai-date-ce-year-caught');
    await missions.save();
    await expect(dialog).toBeVisible(); // not saved with a date of 1482
    await dialog.getByRole('button', { name: 'ใช้วันที่ 15 ตุลาคม 2568' }).click();
    await expect(dialog.getByRole('textbox', { name: 'วันกำหนดเสร็จ' })).toHaveValue('15/10/2568');
    // The start date again, from the calendar, by keyboard to open it: Alt+↓.
    await dialog.getByRole('textbox', { name: 'วันเริ่ม' }).press('Alt+ArrowDown');
    await expect(page.getByRole('button', { name: 'ตุลาคม 2568', exact: true })).toBeVisible();
    await app.screenshot('thai-date-calendar');
    await page.getByRole('button', { name: '3 ตุลาคม 2568', exact: true }).click();
    await expect(dialog.getByRole('textbox', { name: 'วันเริ่ม' })).toHaveValue('03/10/2568');
    await missions.save();
    await expect(dialog).toBeHidden();

    // A release with an embargo: date and time typed the way the office writes them.
    const press = new PressPage(page);
    await settings.shell.openSection('บริการข่าว');
    await page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
    const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
    await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(HEADLINE);
    await releaseForm.getByRole('textbox', { name: 'สถานที่ต้นข่าว' }).fill('สงขลา');
    await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill(`${HEADLINE} ณ สวนสาธารณะสระบัว`);
    await releaseForm.getByRole('textbox', { name: 'วันที่ข่าว' }).fill('1/10/2568');
    await releaseForm.getByRole('textbox', { name: 'ห้ามเผยแพร่ก่อน (วันที่)', exact: true }).fill('1 ตุลาคม 2568');
    await releaseForm.getByRole('textbox', { name: 'ห้ามเผยแพร่ก่อน (เวลา)', exact: true }).fill('1430');
    await expect(releaseForm.getByText('14.30 น.', { exact: true })).toBeVisible();
    await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(page.getByTestId('page-heading')).toHaveText(HEADLINE);

    // A press request: its day in Thai digits, its time with "น.".
    await settings.shell.openSection('บริการข่าว');
    await press.addAgency(AGENCY, 'สนง.กาชาด');
    await press.openTab('คำขอรับบริการ');
    await page.getByRole('button', { name: 'รับคำขอใหม่' }).click();
    const requestForm = page.getByRole('form', { name: 'แบบฟอร์มคำขอรับบริการ' });
    await requestForm.getByRole('textbox', { name: 'ชื่องาน/กิจกรรม' }).fill('งานกาชาดประจำปี');
    await press.pick(requestForm, 'หน่วยงานที่ขอรับบริการ', AGENCY);
    await requestForm.getByRole('textbox', { name: 'วันที่จัดงาน' }).fill('๒/๑๐/๒๕๖๘');
    await requestForm.getByRole('textbox', { name: 'เวลา', exact: true }).fill('9.30 น.');
    await requestForm.getByRole('textbox', { name: 'สถานที่' }).fill('สวนสาธารณะสระบัว');
    await requestForm.getByRole('checkbox', { name: 'ภาพนิ่ง' }).check();
    await requestForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(requestForm).toBeHidden();

    // A data breach: learned of on 1/10/2568 at 08.15.
    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByRole('tab', { name: 'เหตุละเมิดข้อมูล' }).click();
    await page.getByRole('button', { name: 'บันทึกเหตุละเมิด' }).click();
    const breach = page.getByRole('form', { name: 'แบบบันทึกเหตุละเมิด' });
    await breach.getByRole('textbox', { name: 'วันที่ทราบเหตุ' }).fill('01102568');
    await breach.getByRole('textbox', { name: 'เวลาที่ทราบเหตุ' }).fill('8.15');
    await breach.getByRole('textbox', { name: 'เหตุการณ์' }).fill('ส่งรายชื่อผู้ร่วมงานผิดกลุ่มไลน์');
    await breach.getByRole('textbox', { name: 'รายละเอียด' }).fill('ส่งไฟล์รายชื่อไปยังกลุ่มไลน์ที่ไม่เกี่ยวข้อง พบหลังส่ง 5 นาที');
    await breach.getByRole('textbox', { name: 'จำนวนผู้ได้รับผลกระทบ (คน)' }).fill('12');
    await breach.getByRole('combobox', { name: 'ประเภทข้อมูลที่เกี่ยวข้อง' }).click();
    await page.getByRole('option', { name: 'ข้อมูลติดต่อ (โทรศัพท์ อีเมล ไลน์)' }).click();
    await page.keyboard.press('Escape');
    await breach.getByRole('button', { name: 'บันทึก' }).click();
    await expect(breach).toBeHidden();

    // All of it after a reload, read back in พ.ศ. and official time style.
    await page.reload();
    await settings.shell.waitUntilReady();
    await missions.openTab('งาน');
    await missions.openTask(TASK);
    await missions.drawer.getByRole('button', { name: 'แก้ไข', exact: true }).click();
    await expect(dialog.getByRole('textbox', { name: 'วันเริ่ม' })).toHaveValue('03/10/2568');
    await expect(dialog.getByRole('textbox', { name: 'วันกำหนดเสร็จ' })).toHaveValue('15/10/2568');
    await expect(dialog.getByText('15 ตุลาคม 2568', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    await settings.shell.openSection('บริการข่าว');
    await page.getByTestId('release-row').filter({ hasText: HEADLINE }).click();
    await page.getByRole('button', { name: 'แก้ไขข่าว' }).click();
    await expect(releaseForm.getByRole('textbox', { name: 'วันที่ข่าว' })).toHaveValue('01/10/2568');
    await expect(releaseForm.getByRole('textbox', { name: 'ห้ามเผยแพร่ก่อน (วันที่)', exact: true })).toHaveValue('01/10/2568');
    await expect(releaseForm.getByRole('textbox', { name: 'ห้ามเผยแพร่ก่อน (เวลา)', exact: true })).toHaveValue('14.30');
    await app.screenshot('thai-date-time-embargo');
    await page.keyboard.press('Escape');

    await settings.shell.openSection('บริการข่าว');
    await press.openTab('คำขอรับบริการ');
    await expect(page.getByTestId('request-list')).toContainText('09.30 น.');
    await expect(page.getByTestId('request-list')).toContainText('2568');

    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await page.getByRole('tab', { name: 'เหตุละเมิดข้อมูล' }).click();
    await expect(page.getByTestId('breach-row')).toContainText('08.15 น.');
  });

  test('with ใช้เลขไทย on, the dashboard and the mission list show every number in Thai digits (they mixed them)', async ({ app }) => {
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await page.getByRole('form', { name: 'ข้อมูลสำนักงาน' }).getByRole('switch', { name: 'ใช้เลขไทย' }).check();
    await settings.saveOfficeProfile();
    await settings.shell.openSection('แดชบอร์ด');
    const main = page.getByRole('main');
    // Every card has drawn (the missions' per-mission list is the last to load).
    await expect(main.getByText(/^๖\. /).first()).toBeVisible();
    await app.screenshot('dashboard-thai-digits');
    expect(await main.innerText()).not.toMatch(/[0-9]/);
    // Every number put into a text follows the setting, on every screen: the mission list too.
    const missions = new MissionsPage(page);
    await missions.openTab('ภารกิจ');
    await expect(main.getByTestId('mission-row').first()).toContainText('๑. ');
    expect(await main.innerText()).not.toMatch(/[0-9]/);

    // The release PDF follows the setting too (it printed Arabic digits whatever it said).
    await settings.shell.openSection('บริการข่าว');
    await page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
    const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
    await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(HEADLINE);
    await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill('ผู้เข้าร่วมงานกว่า 3,000 คน เมื่อเวลา 14.30 น.');
    await releaseForm.getByRole('textbox', { name: 'วันที่ข่าว' }).fill('1/10/2568');
    await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(page.getByTestId('page-heading')).toHaveText(HEADLINE);
    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length, { timeout: 60_000 }).toBe(1);
    const printed = execFileSync('pdftotext', ['-raw', app.env.pdf.saved[0] ?? '', '-'], { encoding: 'utf8' });
    for (const expected of ['ปี ๒๕๖๘', '๓,๐๐๐ คน', '๑๔.๓๐ น.', '๑ ตุลาคม ๒๕๖๘']) expect(printed.replaceAll('\u200b', '')).toContain(expected);
    // no Arabic digit but in the office's e-mail and web addresses
    expect(printed.replace(/\S*[A-Za-z@]\S*/g, '')).not.toMatch(/[0-9]/);
  });
});
