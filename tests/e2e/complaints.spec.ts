import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './support/app-fixture';
import { ComplaintsPage } from './pages/complaints-page';
import { thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';

const SUBJECT = 'ขอให้ซ่อมไฟฟ้าส่องสว่างถนนกาญจนวนิช ช่วงหน้าตลาดกิมหยง';
const DETAILS = 'ไฟฟ้าดับมาสองสัปดาห์ เวลากลางคืนมืดมาก ผู้สูงอายุเดินกลับบ้านลำบาก เกรงว่าจะเกิดอุบัติเหตุ';
const AGENCY = 'สำนักงานเทศบาลนครหาดใหญ่';
const LETTER_NO = 'สข 0017/245';
const OUTCOME = 'เทศบาลซ่อมไฟฟ้าส่องสว่างเรียบร้อยแล้ว แจ้งผู้ร้องทางโทรศัพท์';
const ANONYMOUS_SUBJECT = 'เจ้าหน้าที่พูดจาไม่สุภาพเมื่อติดต่อขอข้อมูลข่าวสาร';
const SCANNED_LETTER = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const flat = (text: string) => text.replace(/[\s\u200b]+/g, '');

test.describe('complaints', () => {
  test('log a complaint, forward it, close it; reload and find it all; six-month report as PDF and Excel', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const complaints = new ComplaintsPage(page);
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นาย', firstName: 'ประเสริฐ', lastName: 'รับเรื่องดี', position: 'นักประชาสัมพันธ์ชำนาญการ', workGroup: 'กลุ่มงานประเมินผล' });
    await settings.chooseCurrentUser('นายประเสริฐ รับเรื่องดี');

    // Received 40 days ago by the 1111 hotline: past both limits by the time it is closed today.
    const received = thaiTypedDate(-40);
    await settings.shell.openSection('เรื่องร้องเรียน');
    await expect(page.getByTestId('empty-state')).toContainText('ยังไม่มีเรื่องร้องเรียน');
    await page.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
    const form = complaints.intakeForm();
    await form.getByRole('textbox', { name: 'วันที่รับเรื่อง' }).fill(received.typed);
    await complaints.choose(form, 'ช่องทาง', 'สายด่วนรัฐบาล 1111');
    await form.getByRole('textbox', { name: 'รายละเอียด' }).fill(DETAILS);
    await form.getByRole('textbox', { name: 'โทรศัพท์' }).fill('081-234-5678');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    // Nothing typed is lost; what is missing is said beside the field, in Thai.
    await expect(form.getByText('กรุณากรอกข้อมูลช่องนี้')).toBeVisible();
    await expect(form.getByText('กรุณากรอกชื่อผู้ร้อง หรือเอาเครื่องหมายยินยอมออกหากไม่ประสงค์ออกนาม')).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'รายละเอียด' })).toHaveValue(DETAILS);
    await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(SUBJECT);
    await form.getByRole('textbox', { name: 'ชื่อ-สกุลผู้ร้อง' }).fill('นางสาวมณีรัตน์ ทองคำ');
    await form.getByRole('textbox', { name: 'ที่อยู่' }).fill('12 ถนนราษฎร์อุทิศ ตำบลหาดใหญ่ อำเภอหาดใหญ่');
    await complaints.choose(form, 'ประเภทย่อย', 'ความเดือดร้อนของประชาชน');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();

    const yearBE = Number(received.iso.slice(0, 4)) + 543;
    const number = `1/${yearBE}`;
    await expect(page.getByTestId('page-heading')).toHaveText(`ร้องเรียน ${number}`);
    await expect(page.getByTestId('complaint-status')).toHaveText('รับเรื่อง');
    await expect(page.getByTestId('deadline-acknowledge')).toHaveAttribute('data-state', 'overdue');
    await expect(page.getByTestId('complainant')).toContainText('นางสาวมณีรัตน์ ทองคำ');

    // The scanned letter.
    await page.locator('input[type=file]').setInputFiles({ name: 'หนังสือร้องเรียน.png', mimeType: 'image/png', buffer: SCANNED_LETTER });
    await expect(page.getByTestId('complaint-attachment')).toContainText('หนังสือร้องเรียน.png');

    // Forward it: the agency is not in the directory yet, so it is added on the spot.
    let step = await complaints.startStep('ส่งต่อหน่วยงาน');
    await step.getByRole('textbox', { name: 'บันทึก', exact: true }).fill('ส่งเรื่องให้เทศบาลตรวจสอบและแก้ไข');
    await step.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(step.getByText('กรุณาเลือกหน่วยงานที่ส่งต่อ')).toBeVisible();
    await expect(step.getByText('กรุณากรอกเลขที่หนังสือส่งต่อ')).toBeVisible();
    await step.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    const agencyForm = page.getByRole('form', { name: 'แบบเพิ่มหน่วยงาน' });
    await agencyForm.getByRole('textbox', { name: 'อีเมล' }).fill('ไม่ใช่อีเมล');
    await agencyForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(agencyForm.getByText('กรุณากรอกข้อมูลช่องนี้')).toBeVisible();
    await expect(agencyForm.getByText('รูปแบบอีเมลไม่ถูกต้อง')).toBeVisible();
    await agencyForm.getByRole('textbox', { name: 'ชื่อหน่วยงาน' }).fill(AGENCY);
    await complaints.choose(agencyForm, 'ประเภทหน่วยงาน', 'องค์กรปกครองส่วนท้องถิ่น');
    await agencyForm.getByRole('textbox', { name: 'อีเมล' }).fill('saraban@hatyaicity.go.th');
    await agencyForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(agencyForm).toBeHidden();
    await expect(step.getByRole('combobox', { name: 'หน่วยงานที่ส่งต่อ' })).toHaveValue(AGENCY);
    await expect(step.getByRole('textbox', { name: 'บันทึก', exact: true })).toHaveValue('ส่งเรื่องให้เทศบาลตรวจสอบและแก้ไข');
    await step.getByRole('textbox', { name: 'เลขที่หนังสือ' }).fill(LETTER_NO);
    await step.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(step).toBeHidden();
    await expect(page.getByTestId('complaint-status')).toHaveText('ส่งต่อหน่วยงาน');
    await expect(page.getByTestId('complaint-timeline')).toContainText(`ส่งต่อ ${AGENCY} หนังสือที่ ${LETTER_NO}`);

    // Count it under mission 10.
    await page.getByRole('combobox', { name: 'นับเป็นผลงานภายใต้ภารกิจ' }).click();
    await page.getByRole('option', { name: /^ภารกิจที่ 10 / }).click();
    await expect(page.getByText('เชื่อมกับภารกิจแล้ว')).toBeVisible();

    // Close it: the outcome is required.
    step = await complaints.startStep('ยุติเรื่อง');
    await step.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(step.getByText('กรุณาบันทึกผลการดำเนินการก่อนยุติเรื่อง')).toBeVisible();
    await step.getByRole('textbox', { name: 'บันทึก', exact: true }).fill(OUTCOME);
    await step.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(step).toBeHidden();
    await expect(page.getByTestId('complaint-status')).toHaveText('ยุติเรื่อง');
    await expect(page.getByTestId('deadline-result')).toHaveAttribute('data-state', 'met-late');
    await app.screenshot('complaint-detail-th');

    // A second, anonymous complaint: nothing personal is kept, and it is still open past its limit.
    await settings.shell.openSection('เรื่องร้องเรียน');
    await page.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
    await form.getByRole('textbox', { name: 'วันที่รับเรื่อง' }).fill(thaiTypedDate(-35).typed);
    await complaints.choose(form, 'ช่องทาง', 'LINE');
    await form.getByRole('textbox', { name: 'ชื่อ-สกุลผู้ร้อง' }).fill('ไม่ประสงค์ให้บันทึก');
    await form.getByRole('checkbox', { name: 'ผู้ร้องยินยอมให้สำนักงานเก็บชื่อและข้อมูลติดต่อ' }).uncheck();
    await expect(form.getByTestId('anonymous-note')).toBeVisible();
    await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(ANONYMOUS_SUBJECT);
    await form.getByRole('textbox', { name: 'รายละเอียด' }).fill('ติดต่อขอข่าวแจกเมื่อวันจันทร์ เจ้าหน้าที่ตอบไม่สุภาพ');
    await complaints.choose(form, 'ประเภทเรื่อง', 'พฤติกรรมเจ้าหน้าที่');
    await complaints.choose(form, 'ประเภทย่อย', 'กิริยามารยาทไม่เหมาะสม');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('page-heading')).toHaveText(`ร้องเรียน 2/${Number(thaiTypedDate(-35).iso.slice(0, 4)) + 543}`);
    await expect(page.getByTestId('complainant')).toContainText('ไม่ประสงค์ออกนาม');
    await expect(page.getByTestId('complainant')).not.toContainText('ไม่ประสงค์ให้บันทึก');
    await expect(page.getByTestId('deadline-result')).toHaveAttribute('data-state', 'overdue');

    // Reload: everything is still there, found by a Thai word from the middle of the subject.
    await page.reload();
    await settings.shell.openSection('เรื่องร้องเรียน');
    await expect(page.getByTestId('complaint-row')).toHaveCount(2);
    await expect(page.getByTestId('complaints-open')).toHaveText('1');
    await expect(page.getByTestId('complaints-overdue')).toHaveText('1');
    await page.getByRole('checkbox', { name: 'เฉพาะที่เกินกำหนด' }).check();
    await expect(page.getByTestId('complaint-row')).toHaveCount(1);
    await expect(page.getByTestId('complaint-row')).toContainText(ANONYMOUS_SUBJECT);
    await page.getByRole('checkbox', { name: 'เฉพาะที่เกินกำหนด' }).uncheck();
    await page.getByRole('textbox', { name: 'ค้นหา' }).fill('ส่องสว่าง');
    await expect(page.getByTestId('complaint-row')).toHaveCount(1);
    await app.screenshot('complaint-list-th');
    await page.getByTestId('complaint-row').click();
    await expect(page.getByTestId('page-heading')).toHaveText(`ร้องเรียน ${number}`);
    await expect(page.getByTestId('timeline-step')).toHaveCount(3);
    await expect(page.getByTestId('complaint-timeline')).toContainText(OUTCOME);
    await expect(page.getByTestId('complaint-timeline')).toContainText('นายประเสริฐ รับเรื่องดี');
    await expect(page.getByTestId('complaint-attachment')).toContainText('หนังสือร้องเรียน.png');
    await expect(page.getByRole('combobox', { name: 'นับเป็นผลงานภายใต้ภารกิจ' })).toHaveValue(/^ภารกิจที่ 10 /);
    await expect(page.getByTestId('complaint-details')).toHaveText(DETAILS);

    // The six-month report for the half-year the complaints were received in.
    await page.getByRole('link', { name: /กลับไปรายการเรื่องร้องเรียน/ }).click();
    await page.getByRole('tab', { name: 'รายงานสถิติ 6 เดือน' }).click();
    const month = Number(received.iso.slice(5, 7));
    const fiscalYear = Number(received.iso.slice(0, 4)) + 543 + (month >= 10 ? 1 : 0);
    await page.getByRole('combobox', { name: 'ปีงบประมาณ' }).click();
    await page.getByRole('option', { name: String(fiscalYear), exact: true }).click();
    await page.getByText(month >= 10 || month <= 3 ? 'รอบแรก (ต.ค.–มี.ค.)' : 'รอบหลัง (เม.ย.–ก.ย.)', { exact: true }).click();
    await expect(page.getByTestId('report-total')).toHaveText('2');
    await expect(page.getByTestId('report-closedLate')).toHaveText('1');
    await expect(page.getByTestId('report-openOverdue')).toHaveText('1');
    // Both complaints are general ones: the corruption/misconduct part is there, with nothing in it.
    await expect(page.getByTestId('report-by-type')).toContainText('เรื่องร้องเรียนทั่วไป2');
    await expect(page.getByTestId('report-general-total')).toHaveText('2');
    await expect(page.getByTestId('report-corruption-total')).toHaveText('0');
    await expect(page.getByTestId('report-general-by-agency')).toContainText(AGENCY);
    await app.screenshot('complaint-report-th');

    await page.getByRole('button', { name: 'บันทึก PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const pdf = flat(execFileSync('pdftotext', ['-raw', app.env.pdf.saved[0] ?? '', '-'], { encoding: 'utf8' }));
    expect(pdf).toContain('รายงานสถิติเรื่องร้องเรียน');
    expect(pdf).toContain(flat(`ปีงบประมาณ พ.ศ. ${fiscalYear}`));
    expect(pdf).toContain(flat(SUBJECT));
    expect(pdf).toContain(flat(AGENCY));
    expect(pdf).toContain(flat('สายด่วนรัฐบาล 1111'));
    expect(pdf).not.toContain(flat('มณีรัตน์'));

    await page.getByRole('button', { name: 'บันทึก Excel' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    const list = await readSheet(app.env.exported[0] ?? '', 'รายการเรื่องร้องเรียนทั่วไป');
    expect(list.slice(1).map((r) => r[2])).toEqual([SUBJECT, ANONYMOUS_SUBJECT]);
    expect(list[1]?.[0]).toBe(number);
    // The date of receipt is a real date cell, not text.
    expect(list[1]?.[1]).toEqual(new Date(`${received.iso}T00:00:00Z`));
    expect(list[1]?.[7]).toBe(AGENCY);
    const summary = await readSheet(app.env.exported[0] ?? '', 'สรุปสถิติ');
    expect(summary.find((r) => r[0] === 'สายด่วนรัฐบาล 1111')?.[1]).toBe(1);
    expect(summary.find((r) => r[0] === 'ยุติเรื่องเกินกำหนด')?.[1]).toBe(1);

    // The dashboard card.
    await settings.shell.openSection('แดชบอร์ด');
    await expect(page.getByTestId('dashboard-complaints-open')).toHaveText('ยังไม่ยุติ 1 เรื่อง');
    await expect(page.getByTestId('dashboard-complaints-overdue')).toHaveText('เกินกำหนด 1 เรื่อง');
    await app.screenshot('complaint-dashboard-th');
  });

  test('office time limits are validated and shared; someone outside the complaints group sees the complainant masked; delete can be undone', async ({ app }) => {
    test.setTimeout(120_000);
    const page = app.page;
    const complaints = new ComplaintsPage(page);
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSection('เรื่องร้องเรียน');

    await page.getByRole('button', { name: 'กำหนดเวลา' }).click();
    const limits = page.getByRole('form', { name: 'กำหนดเวลา' });
    await limits.getByRole('textbox', { name: 'แจ้งผลผู้ร้องภายใน (วัน)' }).fill('0');
    await limits.getByRole('textbox', { name: 'ยุติเรื่องภายใน (วัน)' }).fill('');
    await limits.getByRole('button', { name: 'บันทึก' }).click();
    await expect(limits.getByText('จำนวนวันอยู่นอกช่วงที่กำหนด')).toBeVisible();
    await expect(limits.getByText('กรุณากรอกตัวเลข')).toBeVisible();
    await limits.getByRole('textbox', { name: 'แจ้งผลผู้ร้องภายใน (วัน)' }).fill('7');
    await limits.getByRole('textbox', { name: 'ยุติเรื่องภายใน (วัน)' }).fill('20');
    await limits.getByRole('button', { name: 'บันทึก' }).click();
    await expect(limits).toBeHidden();
    await expect(page.getByText('แจ้งผู้ร้องภายใน 7 วัน · ยุติเรื่องภายใน 20 วัน')).toBeVisible();

    // Logged by the administrator, who is not a complaint officer: the name is kept but masked.
    await page.keyboard.press('Control+n');
    const form = complaints.intakeForm();
    await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill('ขอรับทราบกำหนดการงานกาชาดจังหวัด');
    await form.getByRole('textbox', { name: 'รายละเอียด' }).fill('โทรมาสอบถามวันเวลาจัดงาน');
    await form.getByRole('textbox', { name: 'ชื่อ-สกุลผู้ร้อง' }).fill('นายสมศักดิ์ ใจกว้าง');
    await complaints.choose(form, 'ช่องทาง', 'โทรศัพท์');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('complainant-hidden')).toBeVisible();
    await expect(page.getByTestId('complainant')).not.toContainText('สมศักดิ์');
    await expect(page.getByRole('button', { name: 'แก้ไข' })).toBeDisabled();
    await page.reload();
    // The office's 7 days apply: received today, the complainant must hear back within a week.
    await expect(page.getByTestId('deadline-acknowledge')).toHaveAttribute('data-state', 'on-track');
    await expect(page.getByTestId('deadline-acknowledge')).toContainText('อีก 7 วัน');
    await expect(page.getByTestId('complainant-hidden')).toBeVisible();
    await app.screenshot('complaint-hidden-complainant-th');

    // Logged by mistake: deleted after a confirmation, and undone from the notice.
    await page.getByRole('button', { name: 'ลบเรื่อง' }).click();
    await page.getByRole('dialog', { name: 'ลบเรื่องร้องเรียน' }).getByRole('button', { name: 'ลบเรื่อง' }).click();
    await expect(page.getByTestId('page-heading')).toHaveText('เรื่องร้องเรียน');
    await expect(page.getByTestId('empty-state')).toContainText('ยังไม่มีเรื่องร้องเรียน');
    await page.getByRole('button', { name: 'เลิกทำ' }).click();
    await expect(page.getByTestId('complaint-row')).toHaveCount(1);
    await expect(page.getByTestId('complaint-row')).toContainText(`1/${new Date().getFullYear() + 543}`);

    // The register he exports is masked too, as Excel and as CSV.
    const exportRegister = async (format: 'ไฟล์ Excel (.xlsx)' | 'ไฟล์ CSV') => {
      const before = app.env.exported.length;
      await page.getByRole('button', { name: 'ส่งออกทะเบียน' }).click();
      await page.getByRole('menuitem', { name: format }).click();
      await expect.poll(() => app.env.exported.length).toBe(before + 1);
      return app.env.exported[before] ?? '';
    };
    const MASKED = 'ปกปิด (แสดงเฉพาะเจ้าหน้าที่เรื่องร้องเรียนและผู้อำนวยการ)';
    const maskedSheet = await readSheet(await exportRegister('ไฟล์ Excel (.xlsx)'), 'เรื่องร้องเรียนทั่วไป');
    expect(maskedSheet[0]?.[0]).toBe('เรื่องร้องเรียนทั่วไป จำนวน 1 เรื่อง');
    expect(maskedSheet[1]?.[3]).toBe('ผู้ร้องเรียน');
    expect(maskedSheet[2]?.[3]).toBe(MASKED);
    expect(maskedSheet[2]?.[7]).toBe('ขอรับทราบกำหนดการงานกาชาดจังหวัด');
    expect(JSON.stringify(maskedSheet)).not.toContain('สมศักดิ์');
    const maskedCsv = readFileSync(await exportRegister('ไฟล์ CSV'), 'utf8');
    expect(maskedCsv).toContain(MASKED);
    expect(maskedCsv).not.toContain('สมศักดิ์');

    // A complaint officer signs in: she sees him, on screen and in her export.
    const officer = { title: 'นางสาว', firstName: 'สุนีย์', lastName: 'รับเรื่อง', position: 'นักประชาสัมพันธ์ปฏิบัติการ', workGroup: 'กลุ่มงานประเมินผล' };
    await settings.addStaff(officer);
    await settings.chooseCurrentUser('นางสาวสุนีย์ รับเรื่อง');
    await settings.shell.openSection('เรื่องร้องเรียน');
    await page.getByTestId('complaint-row').click();
    await expect(page.getByTestId('complainant')).toContainText('นายสมศักดิ์ ใจกว้าง');
    await settings.shell.openSection('เรื่องร้องเรียน');
    const officerCsv = readFileSync(await exportRegister('ไฟล์ CSV'), 'utf8');
    expect(officerCsv).toContain('นายสมศักดิ์ ใจกว้าง');
    expect(officerCsv.startsWith('\uFEFF')).toBe(true);
  });

  test('an agency that has not replied by the letter\'s due date is flagged เกินกำหนด in the list, the detail, the dashboard and the report; a corruption complaint is reported apart', async ({ app }) => {
    test.setTimeout(150_000);
    const page = app.page;
    const complaints = new ComplaintsPage(page);
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นาง', firstName: 'สุนีย์', lastName: 'ติดตามงาน', position: 'นักประชาสัมพันธ์ชำนาญการ', workGroup: 'กลุ่มงานประเมินผล' });
    await settings.chooseCurrentUser('นางสุนีย์ ติดตามงาน');

    // Received 6 days ago, anonymous: its own limits (15 and 30 days) are far off.
    const received = thaiTypedDate(-6);
    const subject = 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งเผยแพร่ข่าวประชาสัมพันธ์ของผู้ประกอบการ';
    await settings.shell.openSection('เรื่องร้องเรียน');
    await page.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
    const form = complaints.intakeForm();
    await form.getByRole('textbox', { name: 'วันที่รับเรื่อง' }).fill(received.typed);
    await form.getByRole('checkbox', { name: 'ผู้ร้องยินยอมให้สำนักงานเก็บชื่อและข้อมูลติดต่อ' }).uncheck();
    await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(subject);
    await form.getByRole('textbox', { name: 'รายละเอียด' }).fill('ผู้ประกอบการแจ้งว่าถูกเรียกเงินสองพันบาทเพื่อให้ข่าวออกเร็วขึ้น');
    await complaints.choose(form, 'ประเภทเรื่อง', 'พฤติกรรมเจ้าหน้าที่');
    await complaints.choose(form, 'ประเภทย่อย', 'ทุจริต/เรียกรับผลประโยชน์');
    await expect(form.getByRole('combobox', { name: 'ลักษณะเรื่อง' })).toHaveValue('เรื่องร้องเรียนทั่วไป');
    await complaints.choose(form, 'ลักษณะเรื่อง', 'เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('complaint-type')).toHaveText('เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');

    // Forwarded 5 days ago to the provincial office, reply due 2 days ago; nothing back yet.
    const step = await complaints.startStep('ส่งต่อหน่วยงาน');
    await step.getByRole('textbox', { name: 'วันที่', exact: true }).fill(thaiTypedDate(-5).typed);
    await step.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    const agencyForm = page.getByRole('form', { name: 'แบบเพิ่มหน่วยงาน' });
    await agencyForm.getByRole('textbox', { name: 'ชื่อหน่วยงาน' }).fill('สำนักงานจังหวัดสงขลา');
    await complaints.choose(agencyForm, 'ประเภทหน่วยงาน', 'ส่วนราชการส่วนภูมิภาค');
    await agencyForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(agencyForm).toBeHidden();
    await step.getByRole('textbox', { name: 'เลขที่หนังสือ' }).fill('สข 0017/301');
    await step.getByRole('textbox', { name: 'กำหนดตอบกลับ' }).fill(thaiTypedDate(-2).typed);
    await step.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(step).toBeHidden();

    // The detail page: the complainant's and result limits are on track, the agency's reply is late.
    await expect(page.getByTestId('deadline-result')).toHaveAttribute('data-state', 'on-track');
    await expect(page.getByTestId('deadline-reply')).toHaveAttribute('data-state', 'overdue');
    // 2 days late (3 when the browser's Bangkok day has already turned past the test's midnight).
    await expect(page.getByTestId('deadline-reply')).toContainText('หน่วยงานตอบกลับ: เกินกำหนด 2 วัน');
    await app.screenshot('complaint-reply-overdue-detail-th');

    // The list flags it and the เกินกำหนด filter finds it.
    await settings.shell.openSection('เรื่องร้องเรียน');
    await expect(page.getByTestId('complaints-overdue')).toHaveText('1');
    await page.getByRole('checkbox', { name: 'เฉพาะที่เกินกำหนด' }).check();
    await expect(page.getByTestId('complaint-row')).toHaveCount(1);
    await expect(page.getByTestId('complaint-row').getByTestId('deadline-reply')).toHaveAttribute('data-state', 'overdue');
    await app.screenshot('complaint-reply-overdue-list-th');

    // The dashboard card.
    await settings.shell.openSection('แดชบอร์ด');
    await expect(page.getByTestId('dashboard-complaints-overdue')).toHaveText('เกินกำหนด 1 เรื่อง');
    await expect(page.getByTestId('dashboard-complaints-reply-overdue')).toHaveText('หน่วยงานตอบกลับเกินกำหนด 1 เรื่อง');
    await app.screenshot('complaint-reply-overdue-dashboard-th');

    // The report: the corruption part has it, with its overdue reply; the general part is empty.
    await settings.shell.openSection('เรื่องร้องเรียน');
    await page.getByRole('tab', { name: 'รายงานสถิติ 6 เดือน' }).click();
    const month = Number(received.iso.slice(5, 7));
    const fiscalYear = Number(received.iso.slice(0, 4)) + 543 + (month >= 10 ? 1 : 0);
    await page.getByRole('combobox', { name: 'ปีงบประมาณ' }).click();
    await page.getByRole('option', { name: String(fiscalYear), exact: true }).click();
    await page.getByText(month >= 10 || month <= 3 ? 'รอบแรก (ต.ค.–มี.ค.)' : 'รอบหลัง (เม.ย.–ก.ย.)', { exact: true }).click();
    await expect(page.getByTestId('report-general-total')).toHaveText('0');
    await expect(page.getByTestId('report-corruption-total')).toHaveText('1');
    await expect(page.getByTestId('report-corruption-replyOverdue')).toHaveText('1');
    await app.screenshot('complaint-report-parts-th');
    await page.getByRole('button', { name: 'บันทึก PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const pdf = flat(execFileSync('pdftotext', ['-raw', app.env.pdf.saved[0] ?? '', '-'], { encoding: 'utf8' }));
    const part = pdf.indexOf(flat('3. เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (1 เรื่อง)'));
    expect(pdf).toContain(flat('2. เรื่องร้องเรียนทั่วไป (0 เรื่อง)'));
    expect(part).toBeGreaterThan(0);
    expect(pdf.indexOf(flat(subject), part)).toBeGreaterThan(part);
    expect(pdf.slice(part)).toContain(flat('หน่วยงานตอบกลับเกินกำหนด'));
  });
});
