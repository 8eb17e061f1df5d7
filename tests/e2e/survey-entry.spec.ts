import { readSheet } from 'read-excel-file/node';
import { expect, test } from './support/app-fixture';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { displayName, SignInPage, TEST_ADMIN } from './pages/sign-in-page';
import type { Page } from '@playwright/test';

const Q1 = 'ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน';
const Q3 = 'เจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี';

/** Paper form i (1-based): sex, age, occupation, district, then q1…q5. Ages and occupations differ so no two forms are identical. */
function paper(i: number, q1: number, q3 = 4) {
  return [1 + (i % 2), 1 + (i % 6), 1 + (i % 7), 1 + (i % 2), q1, 4, q3, 4, 4];
}

async function openSatisfactionSurvey(page: Page, shell: ShellPage) {
  await shell.openSection('ประเมินผล');
  await page.getByRole('button', { name: 'สร้างแบบสำรวจจากแม่แบบ' }).click();
  await page.getByRole('menuitem', { name: 'ความพึงพอใจต่อการให้บริการ' }).click();
  await expect(shell.pageHeading).toHaveText('แบบสอบถามความพึงพอใจต่อการให้บริการ');
  await page.getByRole('tab', { name: 'บันทึกแบบสอบถาม' }).click();
}

/** Keys one paper form with the keyboard as keyers do: number, Enter, a digit + Enter per question; Enter on the comment finalises. */
async function keyForm(page: Page, serial: string, digits: number[], { finish = true } = {}) {
  const box = page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' });
  await expect(box).toBeFocused();
  await box.fill(serial);
  await page.keyboard.press('Enter');
  for (const digit of digits) {
    await page.keyboard.press(String(digit));
    await page.keyboard.press('Enter');
  }
  if (finish) await page.keyboard.press('Enter');
}

async function expectQ1(page: Page, respondents: number, mean: string, sd: string) {
  await expect(page.getByTestId('survey-summary')).toContainText(`จากผู้ตอบแบบสอบถามทั้งสิ้น ${respondents} คน`);
  const row = page.getByTestId('rating-table').getByRole('row', { name: new RegExp(Q1) });
  await expect(row.getByRole('cell')).toHaveText([Q1, String(respondents), mean, sd, 'มาก']);
}

test.describe('keyed questionnaires: complete, correct, delete, double entry', () => {
  test('10 keyed, one partial then completed, one corrected, one deleted: the statistics follow, the history says who', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const shell = new ShellPage(page);
    await shell.waitUntilReady();
    const settings = new SettingsPage(page);
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await openSatisfactionSurvey(page, shell);

    // Forms 1–9 complete (q1 = 5, 4, 3, …); form 10 keyed halfway and saved as partial with F8.
    const q1 = [5, 4, 3, 5, 4, 3, 5, 4, 3];
    for (let i = 1; i <= 9; i++) {
      await keyForm(page, String(i), paper(i, q1[i - 1] ?? 0));
      await expect(page.getByTestId('entry-count')).toContainText(`บันทึกแล้ว ${i} ชุด`);
    }
    await keyForm(page, '10', paper(10, 5).slice(0, 2), { finish: false });
    await page.keyboard.press('F8');
    await expect(page.getByTestId('entry-count')).toHaveText('บันทึกแล้ว 10 ชุด (สมบูรณ์ 9 · บางส่วน 1)');
    await expect(page.getByTestId('entry-partial-hint')).toContainText('มีแบบสอบถามที่บันทึกบางส่วน (ยังไม่ครบ) 1 ชุด');
    await page.getByTestId('entry-count').scrollIntoViewIfNeeded();
    await app.screenshot('survey-entry-partial-th');

    // The partial form does not count: 9 respondents, q1 x̄ 4.00, S.D. 0.87.
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await expect(page.getByTestId('stats-basis')).toHaveText('นำมาคำนวณ 9 ชุด · บันทึกบางส่วน (ยังไม่ครบ ไม่นำมาคำนวณ) 1 ชุด');
    await expectQ1(page, 9, '4.00', '0.87');

    // The list: number, who keyed it, when (พ.ศ.), complete or partial.
    await page.getByRole('tab', { name: 'แบบสอบถามที่บันทึกแล้ว' }).click();
    const list = page.getByTestId('keyed-forms');
    await expect(list.getByRole('row')).toHaveCount(11);
    const row10 = page.getByTestId('keyed-form-10');
    await expect(row10).toContainText(displayName(TEST_ADMIN));
    await expect(row10).toContainText('บางส่วน (ยังไม่ครบ)');
    await expect(row10).toContainText(/25\d\d/); // the year in พ.ศ.
    await expect(page.getByTestId('keyed-form-1')).toContainText('สมบูรณ์');
    await page.getByText('บันทึกบางส่วน (1)', { exact: true }).click();
    await expect(list.getByRole('row')).toHaveCount(2);
    await app.screenshot('survey-entry-list-th');

    // Complete form 10: its two answers are there; the rest keyed on, Enter on the comment saves it complete.
    await row10.getByRole('button', { name: 'เปิดแบบสอบถามเลขที่ 10' }).click();
    await expect(page.getByTestId('opened-form-title')).toContainText('แบบสอบถามเลขที่ 10');
    await expect(page.getByRole('radiogroup', { name: 'เพศ' }).getByRole('radio', { checked: true })).toHaveText('1 ชาย');
    await expect(page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // sex, already 1
    await page.keyboard.press('Enter'); // age, already keyed
    for (const digit of paper(10, 5).slice(2)) {
      await page.keyboard.press(String(digit));
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('บันทึกแบบสอบถามเลขที่ 10 แล้ว (สมบูรณ์)');
    await page.getByText('ทั้งหมด (10)', { exact: true }).click();
    await expect(page.getByTestId('keyed-form-10')).toContainText('สมบูรณ์');
    await expect(page.getByTestId('keyed-form-10')).not.toContainText('บางส่วน');
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await expect(page.getByTestId('stats-basis')).toHaveText('นำมาคำนวณ 10 ชุด · บันทึกบางส่วน (ยังไม่ครบ ไม่นำมาคำนวณ) 0 ชุด');
    await expectQ1(page, 10, '4.10', '0.88');

    // Correct form 3: q1 was keyed 3, the paper says 1.
    await page.getByRole('tab', { name: 'แบบสอบถามที่บันทึกแล้ว' }).click();
    await page.getByRole('button', { name: 'เปิดแบบสอบถามเลขที่ 3' }).click();
    const q1Group = page.getByRole('radiogroup', { name: Q1 });
    await expect(q1Group.getByRole('radio', { checked: true })).toHaveText('3 ปานกลาง');
    await q1Group.getByRole('radio', { name: '1 น้อยที่สุด' }).click();
    await page.getByRole('button', { name: 'บันทึกสมบูรณ์ (Ctrl+Enter)' }).click();
    await expect(page.getByRole('status')).toHaveText('บันทึกแบบสอบถามเลขที่ 3 แล้ว (สมบูรณ์)');
    // Its history: created and corrected, by whom.
    await page.getByRole('button', { name: 'เปิดแบบสอบถามเลขที่ 3' }).click();
    await expect(page.getByTestId('opened-form-title')).toContainText('แบบสอบถามเลขที่ 3');
    await expect(page.getByText(`แก้ไขล่าสุดโดย ${displayName(TEST_ADMIN)} เมื่อ`)).toBeVisible();
    await page.getByRole('button', { name: 'ประวัติการแก้ไข' }).click();
    const history = page.getByTestId('record-history');
    await expect(history.getByTestId('history-actor')).toHaveText([displayName(TEST_ADMIN), displayName(TEST_ADMIN)]);
    await expect(history).toContainText(`ข้อ 5: 3 ปานกลาง`);
    await expect(history).toContainText(`ข้อ 5: 1 น้อยที่สุด`);
    await expect(history).toContainText('วิธีบันทึก: บันทึกจากแบบสอบถามกระดาษ');
    await app.screenshot('survey-entry-history-th');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'กลับไปที่รายการ' }).click();
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await expectQ1(page, 10, '3.90', '1.29');

    // Delete form 5 (q1 = 4), after a Thai question.
    await page.getByRole('tab', { name: 'แบบสอบถามที่บันทึกแล้ว' }).click();
    await page.getByRole('button', { name: 'ลบแบบสอบถามเลขที่ 5' }).click();
    const dialog = page.getByRole('dialog', { name: 'ลบแบบสอบถาม' });
    await expect(dialog).toContainText('ลบแบบสอบถามเลขที่ 5 ใช่หรือไม่ แบบสอบถามนี้จะไม่นับในผลการสำรวจอีก');
    await app.screenshot('survey-entry-delete-th');
    await dialog.getByRole('button', { name: 'ลบแบบสอบถาม' }).click();
    await expect(page.getByRole('status')).toHaveText('ลบแบบสอบถามเลขที่ 5 แล้ว');
    await expect(page.getByTestId('keyed-forms').getByRole('row')).toHaveCount(10);
    await expect(page.getByTestId('keyed-form-5')).toHaveCount(0);
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await expect(page.getByTestId('stats-basis')).toHaveText('นำมาคำนวณ 9 ชุด · บันทึกบางส่วน (ยังไม่ครบ ไม่นำมาคำนวณ) 0 ชุด');
    await expectQ1(page, 9, '3.89', '1.36');
    await app.screenshot('survey-entry-statistics-th');

    // The workbook follows: 9 in the results, 9 questionnaires in the answers sheet.
    await page.getByRole('button', { name: 'ส่งออก Excel (.xlsx)' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    const results = await readSheet(app.env.exported[0] ?? '', 'ผลการสำรวจ');
    expect(results.find((r) => String(r[0]).includes(Q1))?.slice(1)).toEqual([9, 3.89, expect.closeTo(1.36, 2), 'มาก']);
    expect(await readSheet(app.env.exported[0] ?? '', 'คำตอบ')).toHaveLength(10);
  });

  test('double entry: 5 forms keyed twice by two people, exactly the 2 differences listed, adjudicated, then all 5 count', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const shell = new ShellPage(page);
    await shell.waitUntilReady();
    const settings = new SettingsPage(page);
    const second = { title: 'นางสาว', firstName: 'สุดา', lastName: 'ตั้งใจดี', position: 'นักวิชาการประชาสัมพันธ์', workGroup: 'กลุ่มงานประเมินผล' };
    await settings.addStaff(second);
    await openSatisfactionSurvey(page, shell);
    const doubleEntry = page.getByRole('switch', { name: /บันทึกซ้ำโดยเจ้าหน้าที่สองคน/ });
    await doubleEntry.click();
    await expect(doubleEntry).toBeChecked();
    const summary = page.getByTestId('double-entry-summary');
    await expect(summary).toHaveText('บันทึกครั้งเดียว 0 ชุด · บันทึกตรงกัน 0 ชุด · รอตัดสิน 0 ชุด');

    // First keying by the administrator.
    const q1 = [5, 4, 3, 5, 4];
    await page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' }).focus();
    for (let i = 1; i <= 5; i++) await keyForm(page, String(i), paper(i, q1[i - 1] ?? 0));
    await expect(summary).toHaveText('บันทึกครั้งเดียว 5 ชุด · บันทึกตรงกัน 0 ชุด · รอตัดสิน 0 ชุด');
    // The same person cannot key the second time.
    await page.getByText('บันทึกครั้งที่ 2 (ผู้บันทึกคนที่สอง)', { exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' })).toHaveValue('1');
    await page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' }).focus();
    await keyForm(page, '1', paper(1, 5));
    await expect(page.getByRole('alert')).toHaveText('แบบสอบถามเลขที่ 1 ท่านเป็นผู้บันทึกอีกครั้งหนึ่งแล้ว การบันทึกซ้ำต้องให้เจ้าหน้าที่อีกคนหนึ่งบันทึก');
    // Nothing counts yet.
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await expect(page.getByTestId('stats-basis')).toHaveText('นำมาคำนวณ 0 ชุด · บันทึกบางส่วน (ยังไม่ครบ ไม่นำมาคำนวณ) 0 ชุด · ยังไม่นับ: บันทึกครั้งเดียว 5 ชุด รอตัดสิน 0 ชุด');

    // The second person keys the same five papers, blind: the form is empty. Two slips: form 2 q1, form 4 q3.
    await new SignInPage(page).switchTo(displayName(second));
    await shell.openSection('ประเมินผล');
    await page.getByTestId('survey-list').getByText('แบบสอบถามความพึงพอใจต่อการให้บริการ').click();
    await page.getByRole('tab', { name: 'บันทึกแบบสอบถาม' }).click();
    await page.getByText('บันทึกครั้งที่ 2 (ผู้บันทึกคนที่สอง)', { exact: true }).click();
    const serial = page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' });
    await expect(serial).toHaveValue('1');
    const form = page.getByTestId('response-form');
    await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
    await serial.fill('2');
    await serial.press('Enter');
    await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
    await app.screenshot('survey-double-second-keying-blind-th');
    await serial.focus();
    const slips: Record<number, number[]> = { 2: paper(2, 2), 4: paper(4, 5, 3) };
    for (let i = 1; i <= 5; i++) await keyForm(page, String(i), slips[i] ?? paper(i, q1[i - 1] ?? 0));
    await expect(summary).toHaveText('บันทึกครั้งเดียว 0 ชุด · บันทึกตรงกัน 3 ชุด · รอตัดสิน 2 ชุด');
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await expect(page.getByTestId('stats-basis')).toHaveText('นำมาคำนวณ 3 ชุด · บันทึกบางส่วน (ยังไม่ครบ ไม่นำมาคำนวณ) 0 ชุด · ยังไม่นับ: บันทึกครั้งเดียว 0 ชุด รอตัดสิน 2 ชุด');
    await expectQ1(page, 3, '4.00', '1.00');

    // Adjudication lists exactly the two differing questions.
    await page.getByRole('tab', { name: 'แบบสอบถามที่บันทึกแล้ว' }).click();
    const panel = page.getByTestId('adjudication');
    await expect(panel.getByTestId('double-entry-summary')).toHaveText('บันทึกครั้งเดียว 0 ชุด · บันทึกตรงกัน 3 ชุด · รอตัดสิน 2 ชุด');
    await expect(panel.locator('[data-testid^="decide-"]')).toHaveCount(2);
    await expect(panel.locator('[data-testid^="difference-"]')).toHaveCount(2);
    const d2 = panel.getByTestId('decide-2');
    await expect(d2).toContainText('แบบสอบถามเลขที่ 2: คำตอบไม่ตรงกัน 1 ข้อ');
    await expect(d2.getByTestId('difference-q1').getByRole('cell')).toHaveText([`5. ${Q1}`, '4 มาก', '2 น้อย', /ใช้ครั้งที่ 1/]);
    const d4 = panel.getByTestId('decide-4');
    await expect(d4.getByTestId('difference-q3').getByRole('cell')).toHaveText([`7. ${Q3}`, '4 มาก', '3 ปานกลาง', /ใช้ครั้งที่ 1/]);
    await expect(d2).toContainText(`ครั้งที่ 1 (${displayName(TEST_ADMIN)})`);
    await expect(d2).toContainText(`ครั้งที่ 2 (${displayName(second)})`);
    await app.screenshot('survey-double-adjudication-th');

    // Form 2: the first keying was right. Form 4: neither; the paper says 5.
    await d2.getByRole('radio', { name: 'ใช้ครั้งที่ 1' }).check();
    await d2.getByRole('button', { name: 'บันทึกผลการตัดสินเลขที่ 2' }).click();
    await expect(panel.getByTestId('decide-2')).toHaveCount(0);
    await d4.getByRole('button', { name: 'บันทึกผลการตัดสินเลขที่ 4' }).click();
    await expect(d4.getByRole('alert')).toContainText(`กรุณาเลือกค่าที่ถูกต้องของข้อ "${Q3}"`);
    await d4.getByRole('radio', { name: 'พิมพ์ค่าใหม่' }).check();
    await d4.getByRole('textbox', { name: `พิมพ์ค่าที่ถูกต้องของข้อ 7. ${Q3}` }).fill('5');
    await d4.getByRole('button', { name: 'บันทึกผลการตัดสินเลขที่ 4' }).click();
    await expect(panel.getByText('ไม่มีแบบสอบถามที่รอตัดสิน')).toBeVisible();
    await expect(panel.getByTestId('double-entry-summary')).toHaveText('บันทึกครั้งเดียว 0 ชุด · บันทึกตรงกัน 5 ชุด · รอตัดสิน 0 ชุด');
    await expect(page.getByTestId('keyed-form-4-2')).toContainText('ตรงกัน');
    await app.screenshot('survey-double-adjudicated-th');

    // All five count, with the decided answers: q1 5,4,3,5,4 → 4.20 (0.84); q3 4,4,4,5,4 → 4.20 (0.45).
    await page.getByRole('tab', { name: 'ผลการสำรวจ' }).click();
    await expect(page.getByTestId('stats-basis')).toHaveText('นำมาคำนวณ 5 ชุด · บันทึกบางส่วน (ยังไม่ครบ ไม่นำมาคำนวณ) 0 ชุด · ยังไม่นับ: บันทึกครั้งเดียว 0 ชุด รอตัดสิน 0 ชุด');
    await expectQ1(page, 5, '4.20', '0.84');
    const q3Row = page.getByTestId('rating-table').getByRole('row', { name: new RegExp(Q3) });
    await expect(q3Row.getByRole('cell')).toHaveText([Q3, '5', '4.20', '0.45', 'มาก']);
    await app.screenshot('survey-double-statistics-th');
  });
});
