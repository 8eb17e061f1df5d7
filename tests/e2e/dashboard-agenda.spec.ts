import { expect, test } from './support/app-fixture';
import { ConferencePage } from './pages/conference-page';
import { MissionsPage, thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { PressPage } from './pages/press-page';
import { SettingsPage } from './pages/settings-page';

/**
 * Issue 22: the dashboard shows today and the next 7 days across modules (an event to cover, a
 * press conference, a task due) and an active crisis above everything; "my tasks today" lists
 * only today's work, not a task started earlier and due next week (it did before).
 */
const STAFF = 'นางสาวกนกวรรณ ศรีสุข';
const AGENCY = 'สำนักงานเกษตรจังหวัดสงขลา';
const EVENT = 'พิธีเปิดงานวันเกษตรภาคใต้';
const CONFERENCE = 'แถลงข่าวเทศกาลอาหารทะเลสงขลา';
const DUE_TODAY = 'ส่งสรุปข่าวประจำสัปดาห์ให้ผู้ว่าราชการจังหวัด';
const RUNNING = 'จัดทำสารคดีเทศกาลลอยกระทง';

test('the dashboard lists today and the next 7 days from every module, an active crisis above all, and only today’s work as today’s', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  const settings = new SettingsPage(page);
  const press = new PressPage(page);
  const missions = new MissionsPage(page);
  await settings.shell.waitUntilReady();
  await settings.fillOfficeProfile(SONGKHLA_OFFICE);
  await settings.saveOfficeProfile();
  await settings.addStaff({ title: 'นางสาว', firstName: 'กนกวรรณ', lastName: 'ศรีสุข', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
  await settings.chooseCurrentUser(STAFF);

  // Two tasks for her: one due today, one started last week and due in five days.
  await settings.shell.openSection('ภารกิจ');
  await missions.openTab('งาน');
  for (const task of [
    { title: DUE_TODAY, startDate: thaiTypedDate(-1).typed, dueDate: thaiTypedDate(0).typed },
    { title: RUNNING, startDate: thaiTypedDate(-7).typed, dueDate: thaiTypedDate(5).typed },
  ]) {
    await page.getByRole('button', { name: 'เพิ่มงาน' }).first().click();
    // A new task is hers already: it starts assigned to whoever is signed in.
    await missions.fillTask({ ...task, mission: '2. ให้บริการจัดทำข่าวประชาสัมพันธ์' });
    await missions.save();
    await expect(missions.taskDialog()).toBeHidden();
  }
  await expect(missions.row(DUE_TODAY)).toContainText('กนกวรรณ');

  // An agency's event tomorrow at 09.30, and a press conference in three days at 10.00.
  await settings.shell.openSection('บริการข่าว');
  await press.addAgency(AGENCY, 'กษ.สข.');
  await press.requestEvent({ title: EVENT, agency: AGENCY, date: thaiTypedDate(1).typed, time: '09.30', place: 'ศูนย์วิจัยพืชไร่สงขลา' });

  const conferences = new ConferencePage(page);
  await conferences.saveNew(await conferences.fillNew({ title: CONFERENCE, date: thaiTypedDate(3).typed, time: '10.00 น.', venue: 'ห้องประชุมศาลากลางจังหวัดสงขลา' }), CONFERENCE);

  // Nothing is in crisis yet: no banner.
  await settings.shell.openSection('แดชบอร์ด');
  await expect(page.getByTestId('dashboard-agenda')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('crisis-banner')).toHaveCount(0);

  // The week: today (the task due), tomorrow (the event at 09.30), in three days (the conference
  // at 10.00), in five days (the running task's due date).
  const day = (offset: number) => page.locator(`[data-testid="agenda-day"][data-date="${thaiTypedDate(offset).iso}"]`);
  await expect(day(0)).toContainText('วันนี้');
  await expect(day(0).getByTestId('agenda-item')).toHaveText([`ครบกำหนดงาน${DUE_TODAY}`]);
  await expect(day(1)).toContainText('พรุ่งนี้');
  await expect(day(1).getByTestId('agenda-item')).toHaveText([`09.30 น.ทำข่าวตามคำขอ${EVENT} (ศูนย์วิจัยพืชไร่สงขลา)`]);
  await expect(day(3).getByTestId('agenda-item')).toHaveText([`10.00 น.แถลงข่าว${CONFERENCE} (ห้องประชุมศาลากลางจังหวัดสงขลา)`]);
  await expect(day(5).getByTestId('agenda-item')).toHaveText([`ครบกำหนดงาน${RUNNING}`]);
  await expect(page.getByTestId('agenda-day')).toHaveCount(4);

  // Today's work is the task due today only; the running one waits in the coming week.
  await expect(page.getByTestId('dashboard-today-tasks')).toContainText(DUE_TODAY);
  await expect(page.getByTestId('dashboard-today-tasks')).not.toContainText(RUNNING);
  await expect(page.getByTestId('dashboard-today-count')).toHaveText('1');
  await expect(page.getByTestId('dashboard-upcoming')).toContainText(RUNNING);

  // A flood: the urgent briefing from the dashboard puts a crisis banner above everything.
  await page.getByRole('button', { name: 'แถลงข่าวด่วน' }).click();
  await page.getByRole('button', { name: 'เริ่ม: อุทกภัย (น้ำท่วม)' }).click();
  await expect(page.getByTestId('page-heading')).toHaveText('สถานการณ์อุทกภัย จังหวัดสงขลา');
  await page.getByTestId('crisis-checklist').getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'บันทึก', exact: true }).first().click();
  await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();
  await settings.shell.openSection('แดชบอร์ด');
  const banner = page.getByTestId('crisis-banner');
  await expect(banner).toContainText('สถานการณ์วิกฤตที่กำลังดำเนินการ 1 เรื่อง');
  await expect(banner.getByTestId('crisis-banner-item')).toHaveText(
    `สถานการณ์อุทกภัย จังหวัดสงขลา · ตั้งแต่ ${await page.getByTestId('dashboard-today').innerText()} · ขั้นตอน 48 ชั่วโมงแรกยังไม่เสร็จ 8 ข้อ`,
  );
  await app.screenshot('dashboard-agenda-crisis');

  // The banner leads to the crisis briefing.
  await banner.getByRole('link', { name: 'สถานการณ์อุทกภัย จังหวัดสงขลา' }).click();
  await expect(page.getByTestId('page-heading')).toHaveText('สถานการณ์อุทกภัย จังหวัดสงขลา');
});
