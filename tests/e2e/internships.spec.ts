import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { InternshipsPage } from './pages/internships-page';
import { thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { displayName, SignInPage, TEST_ADMIN } from './pages/sign-in-page';
import { SettingsPage } from './pages/settings-page';

const UNIVERSITY = 'มหาวิทยาลัยสงขลานครินทร์';
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\u200b/g, '').replace(/\s+/g, '');
}

test.describe('internship records', () => {
  test('institution, two interns, a week of attendance, work log, evaluation and certificate, after a reload', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นาง', firstName: 'วิไลวรรณ', lastName: 'พี่เลี้ยงดี', position: 'นักประชาสัมพันธ์ชำนาญการ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
    await settings.chooseCurrentUser('นางวิไลวรรณ พี่เลี้ยงดี');

    // A mission task the intern's work will be logged under.
    await settings.shell.openSection('ภารกิจ');
    await page.getByRole('button', { name: 'เพิ่มงาน' }).first().click();
    const taskForm = page.getByRole('form', { name: 'แบบฟอร์มงาน' });
    await taskForm.getByRole('textbox', { name: 'ชื่องาน' }).fill('ถ่ายภาพข่าวกิจกรรมผู้ว่าราชการจังหวัด');
    await taskForm.getByRole('combobox', { name: 'ภารกิจ' }).click();
    await page.getByRole('option', { name: /^2\. / }).click();
    await taskForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(taskForm).toBeHidden();

    // Institution.
    await settings.shell.openSection('นักศึกษาฝึกงาน');
    await new InternshipsPage(page).addInstitution(UNIVERSITY, 'คณะวิทยาการจัดการ');
    await page.getByRole('tab', { name: 'สถานศึกษา' }).click();
    await app.screenshot('internship-institutions-th');
    await page.getByRole('tab', { name: 'นักศึกษาฝึกงาน' }).click();

    // Two interns; a bad period and a duplicate student ID are refused beside the field.
    const start = thaiTypedDate(-14);
    const end = thaiTypedDate(45);
    const register = async (first: string, last: string, studentId: string, endTyped = end.typed) => {
      await page.getByRole('button', { name: 'ลงทะเบียนนักศึกษา' }).click();
      const form = page.getByRole('form', { name: 'แบบฟอร์มนักศึกษาฝึกงาน' });
      await form.getByRole('combobox', { name: 'คำนำหน้า' }).fill('นางสาว');
      await form.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(first);
      await form.getByRole('textbox', { name: 'นามสกุล', exact: true }).fill(last);
      await form.getByRole('textbox', { name: 'รหัสนักศึกษา' }).fill(studentId);
      await form.getByRole('combobox', { name: 'สถานศึกษา' }).click();
      await page.getByRole('option', { name: UNIVERSITY }).click();
      await form.getByRole('textbox', { name: 'วันเริ่มฝึก' }).fill(start.typed);
      await form.getByRole('textbox', { name: 'วันสิ้นสุดการฝึก' }).fill(endTyped);
      await form.getByRole('combobox', { name: 'สถานะ' }).click();
      await page.getByRole('option', { name: 'กำลังฝึก' }).click();
      // The mentor: the only person who approves her work log and writes her evaluation.
      await form.getByRole('combobox', { name: 'พี่เลี้ยง' }).click();
      await page.getByRole('option', { name: /นางวิไลวรรณ พี่เลี้ยงดี/ }).click();
      await form.getByRole('button', { name: 'บันทึก' }).click();
      return form;
    };
    let form = await register('กนกวรรณ', 'ศรีสุข', '6410110123', thaiTypedDate(-20).typed);
    await expect(form.getByText('วันสิ้นสุดต้องไม่อยู่ก่อนวันเริ่ม')).toBeVisible();
    // Her photo, chosen the way a person picks a file.
    await form.locator('input[type=file]').setInputFiles({ name: 'kanokwan.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await expect(form.getByTestId('intern-photo')).toBeVisible();
    await form.getByRole('textbox', { name: 'วันสิ้นสุดการฝึก' }).fill(end.typed);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    form = await register('ปิยะนุช', 'ทองดี', '6410110123');
    await expect(form.getByText('รหัสนักศึกษานี้มีอยู่แล้วในสถานศึกษาเดียวกัน')).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'ชื่อ', exact: true })).toHaveValue('ปิยะนุช');
    await form.getByRole('textbox', { name: 'รหัสนักศึกษา' }).fill('6410110456');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('intern-row')).toHaveCount(2);

    // A week of attendance for both, on one screen.
    await page.getByRole('tab', { name: 'ลงเวลา' }).click();
    await page.getByRole('button', { name: 'สัปดาห์ก่อน' }).click();
    const grid = page.getByTestId('attendance-grid');
    const cells = grid.getByRole('textbox');
    // Row order follows the intern list (newest period first, then name): find rows by name.
    const rowOf = (name: string) => grid.getByRole('row').filter({ hasText: name });
    const kanokwan = rowOf('กนกวรรณ').getByRole('textbox');
    const piyanuch = rowOf('ปิยะนุช').getByRole('textbox');
    for (let day = 0; day < 4; day++) await kanokwan.nth(day).fill('8.30-16.30');
    // Out at 16.15 on Friday: 6 h 45 min, so the week is 34.75 h, shown exactly as 34 ชม. 45 นาที (not 34.8).
    await kanokwan.nth(4).fill('8.30-16.15');
    for (let day = 0; day < 4; day++) await piyanuch.nth(day).fill('08:30-16:30');
    await piyanuch.nth(4).fill('ลา');
    await kanokwan.nth(5).fill('16.30-8.30'); // a mistake: out before in
    await page.getByRole('button', { name: 'บันทึกเวลา' }).click();
    await expect(grid.getByText('เวลาออกต้องอยู่หลังเวลาเข้า', { exact: false })).toBeVisible();
    await expect(kanokwan.nth(0)).toHaveValue('8.30-16.30');
    await kanokwan.nth(5).fill('');
    await page.getByRole('button', { name: 'บันทึกเวลา' }).click();
    await expect(page.getByText('บันทึกเวลาแล้ว', { exact: false })).toBeVisible();
    await expect(rowOf('กนกวรรณ').getByTestId('week-hours')).toHaveText('34 ชม. 45 นาที');
    await expect(rowOf('ปิยะนุช').getByTestId('week-hours')).toHaveText('28 ชม.');
    expect(await cells.count()).toBeGreaterThanOrEqual(14);
    await app.screenshot('internship-attendance-th');

    // Hours and progress on the list and the intern's page.
    await page.getByRole('tab', { name: 'นักศึกษาฝึกงาน' }).click();
    await expect(page.getByTestId('intern-row').filter({ hasText: 'กนกวรรณ' }).getByTestId('intern-hours')).toHaveAttribute('data-hours', '34.75');
    await expect(page.getByTestId('intern-row').filter({ hasText: 'กนกวรรณ' }).getByTestId('intern-hours')).toContainText('34 ชม. 45 นาที / 280 ชม.');
    await page.getByRole('link', { name: 'นางสาวกนกวรรณ ศรีสุข' }).click();
    await expect(page.getByTestId('intern-total-hours')).toHaveText('34 ชม. 45 นาที / 280 ชม.');
    await expect(page.getByTestId('intern-photo-view')).toBeVisible();

    // Work log under the mission task, approved by the mentor.
    const log = page.getByTestId('work-log');
    await log.getByRole('textbox', { name: 'งานที่ทำ' }).fill('ถ่ายภาพพิธีเปิดงานกาชาดและคัดเลือกภาพประกอบข่าว');
    await log.getByRole('combobox', { name: 'งานภายใต้ภารกิจ' }).click();
    await page.getByRole('option', { name: 'ถ่ายภาพข่าวกิจกรรมผู้ว่าราชการจังหวัด' }).click();
    await log.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(log.getByTestId('work-log-entry')).toContainText('งาน: ถ่ายภาพข่าวกิจกรรมผู้ว่าราชการจังหวัด');
    await log.getByRole('button', { name: 'รับรอง' }).click();
    await expect(log.getByText('พี่เลี้ยงรับรองแล้ว')).toBeVisible();

    // Evaluation, saved then printed as a confidential PDF.
    const evaluation = page.getByTestId('evaluation');
    await evaluation.getByRole('textbox', { name: 'คะแนน ความรับผิดชอบและการตรงต่อเวลา' }).fill('5');
    await evaluation.getByRole('textbox', { name: 'คะแนน ทักษะการปฏิบัติงานประชาสัมพันธ์' }).fill('4');
    await evaluation.getByRole('textbox', { name: 'ความคิดเห็น ทักษะการปฏิบัติงานประชาสัมพันธ์' }).fill('ถ่ายภาพข่าวได้คมชัด เลือกมุมภาพได้ดี');
    await evaluation.getByRole('textbox', { name: 'ความคิดเห็นโดยรวม' }).fill('ก'.repeat(3_001));
    await evaluation.getByRole('button', { name: 'บันทึกผลการประเมิน' }).click();
    await expect(evaluation.getByText('ข้อความยาวเกินกำหนด')).toBeVisible();
    await expect(evaluation.getByRole('textbox', { name: 'ความคิดเห็น ทักษะการปฏิบัติงานประชาสัมพันธ์' })).toHaveValue('ถ่ายภาพข่าวได้คมชัด เลือกมุมภาพได้ดี');
    await evaluation.getByRole('textbox', { name: 'ความคิดเห็นโดยรวม' }).fill('ตั้งใจทำงาน มีความรับผิดชอบสูง');
    await evaluation.getByRole('button', { name: 'บันทึกผลการประเมิน' }).click();
    await expect(evaluation.getByTestId('evaluation-total')).toContainText('รวม 9 จาก 30 คะแนน');
    await app.screenshot('internship-intern-page-th');
    await evaluation.getByRole('button', { name: 'บันทึกแบบประเมิน PDF (ลับ)' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const evaluationText = pdfText(app.env.pdf.saved[0] ?? '');
    for (const expected of ['ลับ', 'กนกวรรณ', 'ถ่ายภาพข่าวได้คมชัด', UNIVERSITY]) expect(evaluationText).toContain(expected.replace(/\s+/g, ''));

    // The acceptance letter to the university (หนังสือภายนอก), worded from the record.
    await page.getByRole('button', { name: 'หนังสือตอบรับการฝึกงาน' }).click();
    const letter = page.getByRole('form', { name: 'หนังสือตอบรับการฝึกงาน' });
    await expect(letter.getByRole('textbox', { name: 'เรียน' })).toHaveValue(`คณบดีคณะวิทยาการจัดการ ${UNIVERSITY}`);
    await letter.getByRole('textbox', { name: 'อ้างถึง (หนังสือขอส่งตัวของสถานศึกษา)' }).fill('หนังสือคณะวิทยาการจัดการ ที่ อว 68.15/1234');
    await expect(letter).toBeVisible();
    await page.waitForTimeout(400); // let the dialog finish fading in before the picture
    await app.screenshot('internship-acceptance-letter-th');
    await letter.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(2);
    const letterText = pdfText(app.env.pdf.saved[1] ?? '');
    for (const expected of ['ตอบรับนักศึกษาเข้ารับการฝึกงาน', 'ยินดีรับ นางสาวกนกวรรณ ศรีสุข', 'อว 68.15/1234', 'ขอแสดงความนับถือ']) expect(letterText).toContain(expected.replace(/\s+/g, ''));
    // Her classmate, sent under the same request, answered in the same letter: a table of both.
    await letter.getByRole('checkbox', { name: /^นางสาวปิยะนุช / }).check();
    await expect(letter.getByRole('textbox', { name: 'ข้อความ' })).toHaveValue(/ยินดีรับนักศึกษาจำนวน 2 ราย/);
    for (const notice of await page.getByRole('alert').all()) await notice.getByRole('button').click();
    await letter.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(3);
    const cohortText = pdfText(app.env.pdf.saved[2] ?? '');
    for (const expected of ['ยินดีรับนักศึกษาจำนวน 2 ราย', 'ชื่อ-สกุล', 'นางสาวกนกวรรณ ศรีสุข', '6410110123', 'ขอแสดงความนับถือ']) expect(cohortText).toContain(expected.replace(/\s+/g, ''));
    expect(cohortText).toMatch(/นางสาวปิยะนุช/);
    await page.keyboard.press('Escape');

    // Certificate for the whole cohort.
    await page.getByRole('link', { name: 'กลับไปที่รายชื่อนักศึกษา' }).click();
    await page.getByRole('checkbox', { name: 'เลือก กนกวรรณ' }).check();
    await page.getByRole('checkbox', { name: 'เลือก ปิยะนุช' }).check();
    await page.getByRole('button', { name: 'พิมพ์หนังสือรับรอง (2)' }).click();
    const certificate = page.getByRole('dialog', { name: 'หนังสือรับรองการฝึกงาน' });
    await certificate.getByRole('textbox', { name: 'ที่' }).fill('สข 0017/245');
    await certificate.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(4);
    const certificateText = pdfText(app.env.pdf.saved[3] ?? '');
    for (const expected of ['หนังสือรับรองการฝึกงาน', 'นางสาวกนกวรรณ ศรีสุข', 'นางสาวปิยะนุช ทองดี', '34 ชั่วโมง 45 นาที', 'นายสมชาย ใจดี']) {
      expect(certificateText).toContain(expected.replace(/\s+/g, ''));
    }
    await app.screenshot('internship-list-th');

    await page.reload();
    await expect(page.getByTestId('intern-row')).toHaveCount(2);
    await page.getByRole('link', { name: 'นางสาวกนกวรรณ ศรีสุข' }).click();
    await expect(page.getByTestId('intern-total-hours')).toHaveText('34 ชม. 45 นาที / 280 ชม.');
    await expect(page.getByTestId('work-log-entry')).toContainText('ถ่ายภาพพิธีเปิดงานกาชาด');
    await expect(page.getByTestId('evaluation-total')).toContainText('รวม 9 จาก 30 คะแนน');

    // PDPA: she asks for her data (logged from her page, anyone may log it); the mentor may not
    // erase; the administrator erases it at the end of retention, and the erasure is recorded.
    await page.getByRole('button', { name: 'บันทึกคำขอใช้สิทธิ (PDPA)' }).click();
    const request = page.getByRole('form', { name: 'แบบบันทึกคำขอใช้สิทธิ' });
    await expect(request.getByRole('textbox', { name: 'ผู้ยื่นคำขอ' })).toHaveValue('นางสาวกนกวรรณ ศรีสุข');
    await expect(request.getByRole('combobox', { name: 'ชื่อเจ้าของข้อมูล' })).toHaveValue('นางสาวกนกวรรณ ศรีสุข');
    await request.getByRole('textbox', { name: 'รายละเอียดคำขอ' }).fill('ขอให้ลบข้อมูลเมื่อสิ้นสุดการฝึกงาน');
    await request.getByRole('button', { name: 'บันทึก' }).click();
    await expect(request).toBeHidden();
    await expect(page.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' })).toBeDisabled();
    await expect(page.getByTestId('privacy-refused')).toHaveText('ทำรายการนี้ไม่ได้: ต้องเป็น ผู้ดูแลระบบ');
    await new SignInPage(page).switchTo(displayName(TEST_ADMIN));
    // A preview of her certificate is still in the temp folder (the viewer had it open).
    const previews = join(app.env.userDataDir, 'tmp', 'pr-desk-pdf');
    mkdirSync(previews, { recursive: true });
    writeFileSync(join(previews, '1a2b3c4d-หนังสือรับรองการฝึกงาน กนกวรรณ ศรีสุข.pdf'), '%PDF-1.7 กนกวรรณ');
    await page.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    // The dialog says what goes, what is removed, and what the law keeps (from the declaration).
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('erasure-scope-erased')).toContainText('ชื่อ-นามสกุลและคำนำหน้า');
    await expect(dialog.getByTestId('erasure-scope-removed')).toContainText('บันทึกการปฏิบัติงาน');
    await expect(dialog.getByTestId('erasure-scope-kept')).toContainText('ชั่วโมงที่มาปฏิบัติงาน');
    await page.waitForTimeout(400); // let the dialog finish fading in before the picture
    await app.screenshot('internship-erase-dialog-th');
    await dialog.getByRole('button', { name: 'ลบข้อมูลส่วนบุคคล' }).click();
    // The window restarts to rebuild its database files and says so once it is back: only then
    // is the page the one to look at (and to reload below; reloading during its own restart aborts).
    await expect(page.getByText('ลบข้อมูลส่วนบุคคลแล้ว และบันทึกการลบไว้')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('erased-notice')).toContainText('ครบกำหนดระยะเวลาเก็บรักษาข้อมูล');
    await expect.poll(() => readdirSync(previews)).toEqual([]);
    await expect(page.getByTestId('work-log-entry')).toHaveCount(0);
    await expect(page.getByTestId('page-heading')).toHaveText('ลบข้อมูลส่วนบุคคลแล้ว -');
    await expect(page.getByTestId('intern-total-hours')).toHaveText('34 ชม. 45 นาที / 280 ชม.'); // hours stay for statistics
    await page.reload();
    await expect(page.getByTestId('erased-notice')).toBeVisible();
    // Her request stays in the log as proof it was handled, without her name.
    await settings.shell.openSection('ข้อมูลส่วนบุคคล');
    await expect(page.getByTestId('request-row')).toHaveCount(1);
    await expect(page.getByTestId('request-row')).not.toContainText('กนกวรรณ');
    await expect(page.getByTestId('request-row')).toContainText('ลบข้อมูลส่วนบุคคลแล้ว');
  });
});
