import { execFileSync } from 'node:child_process';
import { expect, test } from './support/app-fixture';
import { seedMediaNetwork } from './pages/media-network';
import { ComplaintsPage } from './pages/complaints-page';
import { ConferencePage } from './pages/conference-page';
import { MissionsPage, thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { PressPage } from './pages/press-page';
import { PR_DIRECTOR, PR_OFFICER, SettingsPage } from './pages/settings-page';
import { SignInPage } from './pages/sign-in-page';

/**
 * Issue 24's must-show (digest): a day seeded through the app's own pages — a task due today, a
 * press conference today at 14.00, an agency's event tomorrow at 09.30, a release published
 * today with two pickups, an urgent (crisis) briefing, an open negative issue and a closed one,
 * a complaint past its limits and one received today — gives a digest that lists exactly those
 * items, no more. One line is edited; the PDF text and the LINE text say exactly what the screen
 * says; marked sent, it is kept as sent after a reload. A digest for a week on lists none of that
 * day's releases (they are no longer "since yesterday").
 */
const WRITER = PR_OFFICER;
const DIRECTOR = PR_DIRECTOR;
const AGENCY = 'สำนักงานเกษตรจังหวัดสงขลา';
const EVENT = 'พิธีเปิดงานวันเกษตรภาคใต้';
const CONFERENCE = 'แถลงข่าวเทศกาลอาหารทะเลสงขลา';
const TASK = 'ส่งสรุปภาพข่าวให้ผู้ว่าราชการจังหวัด';
const HEADLINE = 'จังหวัดสงขลาเปิดศูนย์พักพิงชั่วคราวรองรับผู้ประสบอุทกภัย';
const OPEN_ISSUE = 'ข่าวลือเขื่อนแตกในกลุ่มไลน์ชุมชน';
const CLOSED_ISSUE = 'ข่าวคลาดเคลื่อนเรื่องค่าชดเชยน้ำท่วม';
const OVERDUE = 'ไฟฟ้าส่องสว่างถนนเลียบชายหาดชำรุด';
const FRESH = 'ขอให้ซ่อมผิวถนนหน้าโรงเรียน';
const RADIO = 'สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสงขลา';

const flat = (text: string) => text.replace(/[\s\u200b\u00a0]+/g, '');
const pdfText = (file: string) => flat(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));

test('the daily digest of a seeded day lists exactly its items, on screen, in the PDF and in the LINE text, and is kept as sent', async ({ app }) => {
  test.setTimeout(360_000);
  const page = app.page;
  page.setDefaultTimeout(20_000);
  const settings = new SettingsPage(page);
  const press = new PressPage(page);
  const missions = new MissionsPage(page);
  const complaints = new ComplaintsPage(page);
  const signIn = new SignInPage(page);
  const today = thaiTypedDate(0);
  const closeToasts = async () => {
    for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click().catch(() => undefined);
    await expect(page.locator('.mantine-Notifications-notification')).toHaveCount(0, { timeout: 15_000 });
  };
  const choose = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  await settings.setUpPressOffice(SONGKHLA_OFFICE);
  await seedMediaNetwork(page);
  await settings.chooseCurrentUser(WRITER);

  // A task due today.
  await settings.shell.openSection('ภารกิจ');
  await missions.openTab('งาน');
  await page.getByRole('button', { name: 'เพิ่มงาน' }).first().click();
  await missions.fillTask({ title: TASK, mission: '2. ให้บริการจัดทำข่าวประชาสัมพันธ์', startDate: thaiTypedDate(-1).typed, dueDate: today.typed });
  await missions.save();
  await expect(missions.taskDialog()).toBeHidden();

  // An agency's event tomorrow at 09.30.
  await settings.shell.openSection('บริการข่าว');
  await press.addAgency(AGENCY, 'กษ.สข.');
  await press.requestEvent({ title: EVENT, agency: AGENCY, date: thaiTypedDate(1).typed, time: '09.30', place: 'ศูนย์วิจัยพืชไร่สงขลา' });

  // A release approved by the director and published today, used by two outlets.
  await press.openTab('ข่าวประชาสัมพันธ์');
  await page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
  const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
  await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(HEADLINE);
  await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill('จังหวัดสงขลาเปิดศูนย์พักพิงชั่วคราว 12 แห่ง รองรับผู้ประสบอุทกภัย');
  await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
  await expect(releaseForm).toBeHidden();
  await press.step('ส่งตรวจทาน');
  await signIn.switchTo(DIRECTOR);
  await press.step('อนุมัติ');
  await signIn.switchTo(WRITER);
  await press.step('เผยแพร่');
  await expect(page.getByTestId('release-status')).toHaveText('เผยแพร่แล้ว');
  const numberLabel = (await page.getByTestId('release-number').innerText()).trim();
  await closeToasts();
  await page.getByRole('tab', { name: 'การนำไปเผยแพร่' }).click();
  const pickupForm = page.getByRole('form', { name: 'บันทึกการนำข่าวไปเผยแพร่' });
  await press.pick(pickupForm, 'สื่อ', RADIO);
  await pickupForm.getByRole('button', { name: 'บันทึกการเผยแพร่' }).click();
  await expect(page.getByTestId('pickup-log')).toContainText(RADIO);
  await pickupForm.getByRole('textbox', { name: 'ชื่อสื่อ', exact: true }).fill('หนังสือพิมพ์สมิหลาไทมส์');
  await pickupForm.getByRole('button', { name: 'บันทึกการเผยแพร่' }).click();
  await expect(page.getByTestId('pickup-log')).toContainText('หนังสือพิมพ์สมิหลาไทมส์');

  // A press conference today at 14.00, and a flood: the urgent briefing is a crisis.
  const conferences = new ConferencePage(page);
  await conferences.saveNew(await conferences.fillNew({ title: CONFERENCE, date: today.typed, time: '14.00 น.', venue: 'ห้องประชุมศาลากลางจังหวัดสงขลา' }), CONFERENCE);
  await settings.shell.openSection('แดชบอร์ด');
  await page.getByRole('button', { name: 'แถลงข่าวด่วน' }).click();
  await page.getByRole('button', { name: 'เริ่ม: อุทกภัย (น้ำท่วม)' }).click();
  await expect(page.getByTestId('page-heading')).toHaveText('สถานการณ์อุทกภัย จังหวัดสงขลา');
  await page.getByTestId('crisis-checklist').getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'บันทึก', exact: true }).first().click();
  await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();

  // Two negative issues: one still open, one closed.
  await settings.shell.openSection('ติดตามข่าวและประเด็น');
  await page.getByRole('tab', { name: 'ประเด็นข่าว' }).click();
  for (const issue of [
    { title: OPEN_ISSUE, status: 'เปิด', time: '20.15' },
    { title: CLOSED_ISSUE, status: 'ปิดแล้ว', time: '08.00' },
  ]) {
    await closeToasts();
    await page.getByRole('button', { name: 'ตั้งประเด็น' }).click();
    const form = page.getByRole('form', { name: 'แบบฟอร์มประเด็นข่าว' });
    await form.getByRole('textbox', { name: 'ชื่อประเด็น' }).fill(issue.title);
    await choose('สถานะ', issue.status);
    await choose('น้ำเสียง', 'ลบ');
    await form.getByRole('textbox', { name: 'วันเวลาที่พบครั้งแรก (วันที่)' }).fill(thaiTypedDate(-1).typed);
    await form.getByRole('textbox', { name: 'วันเวลาที่พบครั้งแรก (เวลา)' }).fill(issue.time);
    if (issue.status === 'ปิดแล้ว') await form.getByRole('textbox', { name: 'วันที่ปิดประเด็น' }).fill(today.typed);
    await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(form).toBeHidden();
  }

  // A complaint received 40 days ago (past both limits) and one received today.
  await settings.shell.openSection('เรื่องร้องเรียน');
  const complaintYears: number[] = [];
  for (const c of [
    { subject: OVERDUE, received: thaiTypedDate(-40) },
    { subject: FRESH, received: today },
  ]) {
    await page.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
    const form = complaints.intakeForm();
    await form.getByRole('textbox', { name: 'วันที่รับเรื่อง' }).fill(c.received.typed);
    await complaints.choose(form, 'ช่องทาง', 'สายด่วนรัฐบาล 1111');
    await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(c.subject);
    await form.getByRole('textbox', { name: 'รายละเอียด' }).fill(`${c.subject} ขอให้หน่วยงานดำเนินการ`);
    await form.getByRole('textbox', { name: 'ชื่อ-สกุลผู้ร้อง' }).fill('นางสาวมณีรัตน์ ทองคำ');
    await form.getByRole('textbox', { name: 'โทรศัพท์' }).fill('081-234-5678');
    await complaints.choose(form, 'ประเภทย่อย', 'ความเดือดร้อนของประชาชน');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(form).toBeHidden();
    complaintYears.push(Number(c.received.iso.slice(0, 4)) + 543);
    await settings.shell.openSection('เรื่องร้องเรียน');
  }
  const overdueNumber = `1/${complaintYears[0]}`;

  // The digest, in one click, from the dashboard.
  await settings.shell.openSection('แดชบอร์ด');
  await page.getByRole('link', { name: 'สรุปข่าววันนี้' }).click();
  await expect(page.getByText('ยังไม่มีสรุปข่าวของวันนี้')).toBeVisible();
  await page.getByRole('button', { name: 'จัดทำสรุปข่าว' }).click();
  const editor = page.getByTestId('digest-editor');
  await expect(editor).toBeVisible();
  const box = (label: string) => editor.getByRole('textbox', { name: label, exact: true });
  const lines = async (label: string) => (await box(label).inputValue()).split('\n');
  expect(await lines('1. สถานการณ์วิกฤต')).toEqual([expect.stringMatching(/^สถานการณ์อุทกภัย จังหวัดสงขลา \(ตั้งแต่ \d{1,2} \S+ 25\d\d\) · ขั้นตอนใน 48 ชั่วโมงแรกค้าง 8 ข้อ$/)]);
  expect(await lines('2. กำหนดการวันนี้')).toEqual([`ครบกำหนดงาน: ${TASK}`, `14.00 น. แถลงข่าว: ${CONFERENCE} (ห้องประชุมศาลากลางจังหวัดสงขลา)`]);
  expect(await lines('3. กำหนดการพรุ่งนี้')).toEqual([`09.30 น. ทำข่าวตามคำขอ: ${EVENT} (ศูนย์วิจัยพืชไร่สงขลา)`]);
  const releaseLines = await lines('4. ข่าวประชาสัมพันธ์ที่เผยแพร่ตั้งแต่เมื่อวาน');
  expect(releaseLines).toHaveLength(1);
  expect(releaseLines[0]).toMatch(new RegExp(`${numberLabel ? `^${numberLabel} ` : ''}${HEADLINE} — เผยแพร่ .+ \\d\\d\\.\\d\\d น\\. · สื่อนำไปเผยแพร่ 2 แห่ง: `));
  expect(releaseLines[0]).toContain(RADIO);
  expect(releaseLines[0]).toContain('หนังสือพิมพ์สมิหลาไทมส์');
  expect(await lines('5. ประเด็นข่าวเชิงลบที่ยังไม่ปิด')).toEqual([expect.stringMatching(new RegExp(`^${OPEN_ISSUE} — ข่าว 0 ชิ้น · พบเมื่อ .+ 20\\.15 น\\. · ยังไม่ได้ชี้แจง$`))]);
  expect(await lines('6. เรื่องร้องเรียนที่เกินกำหนด')).toEqual([`เรื่องที่ ${overdueNumber} ${OVERDUE} — เกินกำหนดแจ้งผู้ร้อง, ยุติเรื่อง`]);
  // Never the complainant, anywhere in the digest.
  await expect(editor).not.toContainText('มณีรัตน์');

  // An edit by a person, saved.
  const todayBox = box('2. กำหนดการวันนี้');
  await todayBox.fill(`${await todayBox.inputValue()}\n16.00 น. ผู้ว่าราชการจังหวัดให้สัมภาษณ์สถานีวิทยุ`);
  await editor.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(editor.getByRole('button', { name: 'บันทึก', exact: true })).toBeDisabled();
  await app.screenshot('digest-editor');

  // The LINE text: exactly the lines on screen, under the day in พ.ศ.
  const screenLines = [
    ...(await lines('1. สถานการณ์วิกฤต')),
    ...(await lines('2. กำหนดการวันนี้')),
    ...(await lines('3. กำหนดการพรุ่งนี้')),
    ...releaseLines,
    ...(await lines('5. ประเด็นข่าวเชิงลบที่ยังไม่ปิด')),
    ...(await lines('6. เรื่องร้องเรียนที่เกินกำหนด')),
  ];
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await editor.getByRole('button', { name: 'คัดลอกข้อความสำหรับ LINE' }).click();
  await expect(editor.getByText('คัดลอกแล้ว')).toBeVisible();
  const line = await page.evaluate(() => navigator.clipboard.readText());
  const lineRows = line.split('\n');
  expect(lineRows[0]).toMatch(/^สรุปข่าวประจำวัน วัน\S+ที่ \d{1,2} \S+ 25\d\d$/);
  expect(lineRows[1]).toBe('สำนักงานประชาสัมพันธ์จังหวัดสงขลา');
  expect(lineRows.filter((r) => r.startsWith('• ')).map((r) => r.slice(2))).toEqual(screenLines);
  expect(lineRows.filter((r) => /^\d\. /.test(r))).toEqual([
    '1. สถานการณ์วิกฤต',
    '2. กำหนดการวันนี้',
    '3. กำหนดการพรุ่งนี้',
    '4. ข่าวประชาสัมพันธ์ที่เผยแพร่ตั้งแต่เมื่อวาน',
    '5. ประเด็นข่าวเชิงลบที่ยังไม่ปิด',
    '6. เรื่องร้องเรียนที่เกินกำหนด',
  ]);
  expect(line).not.toContain(CLOSED_ISSUE);
  expect(line).not.toContain(FRESH);

  // The PDF says the same, in order, and nothing of the closed issue or the fresh complaint.
  await editor.getByRole('group', { name: 'สรุปข่าวประจำวัน (PDF)' }).getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
  await expect.poll(() => app.env.pdf.saved.length, { timeout: 60_000 }).toBe(1);
  const pdfFile = app.env.pdf.saved[0] ?? '';
  const pdf = pdfText(pdfFile);
  let at = 0;
  for (const expected of [lineRows[0]?.replace(/^สรุปข่าวประจำวัน /, '') ?? '', ...screenLines]) {
    const found = pdf.indexOf(flat(expected), at);
    expect(found, expected).toBeGreaterThanOrEqual(0);
    at = found;
  }
  expect(pdf).not.toContain(flat(CLOSED_ISSUE));
  expect(pdf).not.toContain(flat(FRESH));
  expect(pdf).not.toContain('มณีรัตน์');
  const pngDir = test.info().outputPath('digest-pdf');
  execFileSync('mkdir', ['-p', pngDir]);
  execFileSync('pdftoppm', ['-png', '-r', '80', pdfFile, `${pngDir}/page`]);

  // Sent: kept as it was, read-only, after a reload too.
  await editor.getByRole('button', { name: 'ทำเครื่องหมายว่าส่งแล้ว' }).click();
  await expect(editor.getByTestId('digest-status')).toHaveText('ส่งแล้ว');
  await page.reload();
  await settings.shell.openSection('สรุปข่าวประจำวัน');
  await expect(page.getByTestId('digest-status')).toHaveText('ส่งแล้ว');
  await expect(page.getByRole('textbox', { name: '2. กำหนดการวันนี้', exact: true })).toHaveJSProperty('readOnly', true);
  expect(await page.getByRole('textbox', { name: '2. กำหนดการวันนี้', exact: true }).inputValue()).toContain('16.00 น. ผู้ว่าราชการจังหวัดให้สัมภาษณ์สถานีวิทยุ');
  await expect(page.getByRole('button', { name: 'จัดทำสรุปข่าว' })).toBeDisabled();
  await expect(page.getByTestId('digest-recent')).toContainText('ส่งแล้ว');
  await app.screenshot('digest-sent');

  // A link to a day that is not a date opens today's digest rather than an error page.
  await page.goto(`${page.url().split('#')[0]}#/digest?date=1/10/2025`);
  await expect(page.getByTestId('digest-status')).toHaveText('ส่งแล้ว');

  // A week on, today's release is no longer "since yesterday".
  await page.getByRole('textbox', { name: 'วันที่', exact: true }).fill(thaiTypedDate(8).typed);
  await page.getByRole('textbox', { name: 'วันที่', exact: true }).press('Tab');
  await page.getByRole('button', { name: 'จัดทำสรุปข่าว' }).click();
  await expect(page.getByRole('textbox', { name: '4. ข่าวประชาสัมพันธ์ที่เผยแพร่ตั้งแต่เมื่อวาน', exact: true })).toHaveValue('ไม่มีข่าวประชาสัมพันธ์เผยแพร่');
});
