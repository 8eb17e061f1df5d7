import { execFileSync } from 'node:child_process';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './support/app-fixture';
import { ComplaintsPage } from './pages/complaints-page';
import { ConferencePage } from './pages/conference-page';
import { MissionsPage, thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { PressPage } from './pages/press-page';
import { PR_DIRECTOR, PR_OFFICER, SettingsPage } from './pages/settings-page';
import { SignInPage } from './pages/sign-in-page';

/**
 * Issue 22's must-show: one mission with a service request, the release written from it, a
 * briefing, a press conference, a survey and a complaint. The half-year report counts each once,
 * under that mission, against its targets — on screen, in the PDF and in the workbook. Before the
 * fix the request counted as a second release, the release (linked only through its request)
 * counted nowhere, and the conference counted as a briefing document.
 */
const MISSION_2 = /^2\. ให้บริการจัดทำข่าวประชาสัมพันธ์/;
const WRITER = PR_OFFICER;
const DIRECTOR = PR_DIRECTOR;
const AGENCY = 'สำนักงานสาธารณสุขจังหวัดสงขลา';
const REQUEST = 'รณรงค์ป้องกันไข้เลือดออกในโรงเรียน';
const HEADLINE = 'สาธารณสุขจังหวัดสงขลารณรงค์ป้องกันไข้เลือดออกในโรงเรียน';
const BRIEFING = 'ประเด็นสื่อสารการป้องกันไข้เลือดออก';
const CONFERENCE = 'แถลงข่าวสถานการณ์ไข้เลือดออกจังหวัดสงขลา';
const COMPLAINT = 'ขอให้พ่นหมอกควันกำจัดยุงลายในชุมชน';

const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/[\s\u200b\u00a0]+/g, '');

test('a mission’s request, release, briefing, conference, survey and complaint: the half-year report counts each once against its targets', async ({ app }) => {
  test.setTimeout(240_000); // one journey through six modules
  const page = app.page;
  const today = thaiTypedDate(0);
  const settings = new SettingsPage(page);
  const press = new PressPage(page);
  const missions = new MissionsPage(page);
  const signIn = new SignInPage(page);
  await settings.setUpPressOffice(SONGKHLA_OFFICE);
  await settings.chooseCurrentUser(WRITER);

  // Mission 2's yearly targets, two of them counted from the work, one reported by hand.
  await settings.shell.openSection('ภารกิจ');
  await missions.openTab('ภารกิจ');
  await page.getByRole('button', { name: 'แก้ไขภารกิจที่ 2' }).click();
  const missionForm = page.getByRole('form', { name: 'แบบฟอร์มภารกิจ' });
  const addTarget = async (index: number, name: string, amount: string, unit: string, counts: string) => {
    await missionForm.getByRole('button', { name: 'เพิ่มตัวชี้วัด' }).click();
    await missionForm.getByRole('textbox', { name: 'ตัวชี้วัด' }).nth(index).fill(name);
    await missionForm.getByRole('textbox', { name: 'จำนวน' }).nth(index).fill(amount);
    await missionForm.getByRole('textbox', { name: 'หน่วย' }).nth(index).fill(unit);
    await missionForm.getByRole('combobox', { name: 'นับจาก' }).nth(index).click();
    await page.getByRole('option', { name: counts, exact: true }).click();
  };
  await addTarget(0, 'ข่าวประชาสัมพันธ์ที่เผยแพร่', '12', 'ข่าว', 'นับข่าวที่เผยแพร่');
  await addTarget(1, 'ให้บริการตามคำขอของหน่วยงาน', '8', 'ครั้ง', 'นับคำขอรับบริการข่าวสาร');
  await addTarget(2, 'ความพึงพอใจของผู้รับบริการ', '85', 'ร้อยละ', 'รายงานเอง (ไม่นับอัตโนมัติ)');
  await missionForm.getByRole('button', { name: 'บันทึก' }).click();
  await expect(missionForm).toBeHidden();

  // The agency's request, counted under mission 2; the release written from it is not linked itself.
  await settings.shell.openSection('บริการข่าว');
  await press.addAgency(AGENCY, 'สสจ.สข.');
  await press.openTab('คำขอรับบริการ');
  await page.getByRole('button', { name: 'รับคำขอใหม่' }).click();
  const requestForm = page.getByRole('form', { name: 'แบบฟอร์มคำขอรับบริการ' });
  await requestForm.getByRole('textbox', { name: 'ชื่องาน/กิจกรรม' }).fill(REQUEST);
  await press.pick(requestForm, 'หน่วยงานที่ขอรับบริการ', AGENCY);
  await requestForm.getByRole('textbox', { name: 'วันที่จัดงาน' }).fill(today.typed);
  await requestForm.getByRole('button', { name: 'บันทึก' }).click();
  await expect(requestForm).toBeHidden();
  await page.getByRole('button', { name: 'ผูกภารกิจ' }).click();
  await page.getByRole('combobox', { name: 'ภารกิจที่เกี่ยวข้อง' }).click();
  await page.getByRole('option', { name: MISSION_2 }).click();
  await expect(page.getByRole('combobox', { name: 'ภารกิจที่เกี่ยวข้อง' })).toHaveValue(MISSION_2);
  await page.getByRole('button', { name: 'เขียนข่าวจากคำขอ' }).click();
  const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
  await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(HEADLINE);
  await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill('สำนักงานสาธารณสุขจังหวัดสงขลาจัดกิจกรรมรณรงค์ในโรงเรียน 20 แห่ง');
  await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
  await expect(releaseForm).toBeHidden();
  await expect(page.getByTestId('page-heading')).toHaveText(HEADLINE);
  // The release shows its request's mission, and says where it comes from.
  await expect(page.getByRole('combobox', { name: 'ภารกิจที่เกี่ยวข้อง' })).toHaveValue(MISSION_2);
  await expect(page.getByTestId('mission-from-request')).toContainText('ตามคำขอรับบริการ');
  await press.step('ส่งตรวจทาน');
  await signIn.switchTo(DIRECTOR);
  await press.step('อนุมัติ');
  await expect(page.getByTestId('release-status')).toHaveText('อนุมัติแล้ว');
  await signIn.switchTo(WRITER);
  await press.step('เผยแพร่');
  await expect(page.getByTestId('release-status')).toHaveText('เผยแพร่แล้ว');

  // A briefing document and a press conference, each under mission 2.
  await settings.shell.openSection('งานโฆษก');
  await page.getByRole('button', { name: 'สร้างเอกสารแถลงข่าว' }).click();
  await page.getByRole('textbox', { name: 'ชื่อเรื่อง', exact: true }).fill(BRIEFING);
  await page.getByRole('combobox', { name: 'ภารกิจ', exact: true }).click();
  await page.getByRole('option', { name: MISSION_2 }).click();
  await expect(page.getByRole('combobox', { name: 'ภารกิจ', exact: true })).toHaveValue(MISSION_2);
  await page.getByRole('button', { name: 'บันทึก', exact: true }).first().click();
  await expect(page.getByTestId('page-heading')).toHaveText(BRIEFING);
  const conferences = new ConferencePage(page);
  await conferences.saveNew(await conferences.fillNew({ title: CONFERENCE, date: today.typed, time: '10.00 น.', venue: 'ห้องประชุมศาลากลางจังหวัดสงขลา' }), CONFERENCE);
  await page.getByRole('combobox', { name: 'ภารกิจ', exact: true }).click();
  await page.getByRole('option', { name: MISSION_2 }).click();
  await expect(page.getByRole('combobox', { name: 'ภารกิจ', exact: true })).toHaveValue(MISSION_2);

  // A satisfaction survey of the agencies served.
  await settings.shell.openSection('ประเมินผล');
  await page.getByRole('button', { name: 'สร้างแบบสำรวจจากแม่แบบ' }).click();
  await page.getByRole('menuitem', { name: 'ความพึงพอใจต่อการให้บริการ' }).click();
  await page.getByRole('combobox', { name: 'ผลงานภายใต้ภารกิจ' }).click();
  await page.getByRole('option', { name: MISSION_2 }).click();
  await expect(page.getByRole('combobox', { name: 'ผลงานภายใต้ภารกิจ' })).toHaveValue(MISSION_2);

  // A complaint about the campaign, received today.
  const complaints = new ComplaintsPage(page);
  await settings.shell.openSection('เรื่องร้องเรียน');
  await page.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
  const form = complaints.intakeForm();
  await complaints.choose(form, 'ช่องทาง', 'สายด่วนรัฐบาล 1111');
  await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(COMPLAINT);
  await form.getByRole('textbox', { name: 'รายละเอียด' }).fill('ชุมชนบ้านบนมียุงลายชุกชุม ขอให้หน่วยงานพ่นหมอกควัน');
  await form.getByRole('checkbox', { name: 'ผู้ร้องยินยอมให้สำนักงานเก็บชื่อและข้อมูลติดต่อ' }).uncheck();
  await complaints.choose(form, 'ประเภทย่อย', 'ความเดือดร้อนของประชาชน');
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('combobox', { name: 'นับเป็นผลงานภายใต้ภารกิจ' }).click();
  await page.getByRole('option', { name: /^ภารกิจที่ 2 / }).click();
  await expect(page.getByText('เชื่อมกับภารกิจแล้ว')).toBeVisible();

  // The half-year report: each kind once under mission 2, against its targets.
  await settings.shell.openSection('ภารกิจ');
  await missions.openTab('รายงานผล');
  const month = Number(today.iso.slice(5, 7)); // Bangkok's month: the app's
  await page.getByText(month >= 10 || month <= 3 ? 'รอบ 6 เดือนแรก' : 'รอบ 6 เดือนหลัง', { exact: true }).click();
  const row = page.getByTestId('report-row').filter({ hasText: MISSION_2 });
  const outputs = row.getByTestId('report-output');
  await expect(outputs).toHaveText([
    'คำขอรับบริการข่าวสาร 1',
    ' · ข่าวประชาสัมพันธ์ 1',
    ' · เอกสารงานโฆษก 1',
    ' · การแถลงข่าว 1',
    ' · แบบสำรวจ 1',
    ' · เรื่องร้องเรียน 1',
  ]);
  await expect(row.getByTestId('report-target')).toHaveText([
    'เป้าหมายทั้งปี: ข่าวประชาสัมพันธ์ที่เผยแพร่ 12 ข่าว — ทำได้ 1 ข่าว (ร้อยละ 8 ของเป้าหมาย)',
    'เป้าหมายทั้งปี: ให้บริการตามคำขอของหน่วยงาน 8 ครั้ง — ทำได้ 1 ครั้ง (ร้อยละ 13 ของเป้าหมาย)',
    'เป้าหมายทั้งปี: ความพึงพอใจของผู้รับบริการ 85 ร้อยละ',
  ]);
  // No other mission counts any of it.
  await expect(page.getByTestId('report-row').filter({ hasNotText: MISSION_2 }).getByTestId('report-output')).toHaveCount(0);
  await app.screenshot('mission-report-work-counted-once');

  await page.getByRole('button', { name: 'ส่งออก Excel (.xlsx)' }).click();
  await expect.poll(() => app.env.exported.length).toBe(1);
  const workbook = app.env.exported[0] ?? '';
  const summary = await readSheet(workbook, 'สรุปตามภารกิจ');
  const header = summary[3] ?? [];
  const mission2 = summary.find((r) => r[0] === 2) ?? [];
  const column = (label: string) => mission2[header.indexOf(label)];
  expect([column('คำขอรับบริการข่าวสาร'), column('ข่าวประชาสัมพันธ์'), column('เอกสารงานโฆษก'), column('การแถลงข่าว'), column('แบบสำรวจ'), column('เรื่องร้องเรียน')]).toEqual([1, 1, 1, 1, 1, 1]);
  const targets = await readSheet(workbook, 'ตัวชี้วัด');
  expect(targets.slice(1).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
    [2, 'ข่าวประชาสัมพันธ์ที่เผยแพร่', 1, 8],
    [2, 'ให้บริการตามคำขอของหน่วยงาน', 1, 13],
    [2, 'ความพึงพอใจของผู้รับบริการ', null, null],
  ]);
  const work = await readSheet(workbook, 'ผลงานตามภารกิจ');
  expect(work.slice(1).map((r) => [r[0], r[1]]).sort()).toEqual(
    [
      [2, 'คำขอรับบริการข่าวสาร'],
      [2, 'ข่าวประชาสัมพันธ์'],
      [2, 'เอกสารงานโฆษก'],
      [2, 'การแถลงข่าว'],
      [2, 'แบบสำรวจ'],
      [2, 'เรื่องร้องเรียน'],
    ].sort(),
  );

  await page.getByRole('button', { name: 'บันทึก PDF' }).click();
  await expect.poll(() => app.env.pdf.saved.length).toBe(1);
  // A paragraph may run over a page: the running footer and page number printed between its lines
  // are taken out, so the text reads as the report does (the office's address length moves the break).
  const pdf = pdfText(app.env.pdf.saved[0] ?? '').replace(/รายงานผลการดำเนินงานตามภารกิจ·สำนักงานประชาสัมพันธ์จังหวัดสงขลา|-\d+-/g, '');
  for (const expected of [
    'ผลงานในช่วงเวลานี้(นับครั้งเดียว):คำขอรับบริการข่าวสาร1รายการ·ข่าวประชาสัมพันธ์1รายการ·เอกสารงานโฆษก1รายการ·การแถลงข่าว1รายการ·แบบสำรวจ1รายการ·เรื่องร้องเรียน1รายการ',
    'ข่าวประชาสัมพันธ์ที่เผยแพร่12ข่าว1ข่าว8',
    'ให้บริการตามคำขอของหน่วยงาน8ครั้ง1ครั้ง13',
  ]) {
    expect(pdf).toContain(expected);
  }
  expect(pdf.match(/ผลงานในช่วงเวลานี้/g)).toHaveLength(1);
});
