import { execFileSync } from 'node:child_process';
import { expect, test } from './support/app-fixture';
import { ConferencePage } from './pages/conference-page';
import { seedMediaNetwork } from './pages/media-network';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';
import { TEST_ADMIN, displayName } from './pages/sign-in-page';

const STAFF = 'นายวีระ ประชาสัมพันธ์';
const CONFERENCE = 'แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา';
const VENUE = 'ห้องประชุมศาลากลางจังหวัดสงขลา';
const SPEAKER = 'ผู้ว่าราชการจังหวัดสงขลา';
const STATEMENTS = [
  { title: 'เปิดศูนย์พักพิงครบทุกอำเภอ', body: 'จังหวัดสงขลาเปิดศูนย์พักพิงแล้ว 42 แห่ง รองรับได้ 8,000 คน' },
  { title: 'ปิดถนนสายหาดใหญ่-สงขลาชั่วคราว', body: 'ให้ใช้เส้นทางเลี่ยงผ่านอำเภอนาหม่อมจนกว่าน้ำจะลด' },
];
const flat = (text: string) => text.replace(/\u200b/g, '').replace(/\s+/g, '');
const pdftotext = (file: string, ...args: string[]) => execFileSync('pdftotext', ['-raw', ...args, file, '-'], { encoding: 'utf8' });
const pdfTextOf = (file: string) => flat(pdftotext(file));
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

test.describe('press conference papers and the draft mark', () => {
  test('a conference with statements and media prints คำแถลงข่าว and the sign-in sheet in Thai; a draft briefing prints ร่าง on every page', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นาย', firstName: 'วีระ', lastName: 'ประชาสัมพันธ์', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
    await settings.chooseCurrentUser(STAFF);
    await seedMediaNetwork(page);

    // The conference, typed in Thai with a พ.ศ. date.
    const conference = new ConferencePage(page);
    await conference.saveNew(await conference.fillNew({ title: CONFERENCE, date: '23 พ.ย. 69', time: '14.30 น.', venue: VENUE }), CONFERENCE);
    await page.getByRole('textbox', { name: 'ผู้แถลง', exact: true }).fill(SPEAKER);

    // No statement yet: its paper waits, and says why.
    const statementsPaper = page.getByRole('group', { name: 'คำแถลงข่าว' });
    await expect(statementsPaper.getByRole('button', { name: 'บันทึกเป็น PDF' })).toBeDisabled();
    await expect(page.getByText('ยังไม่มีแถลงการณ์ ออกแถลงการณ์ฉบับแรกก่อนจึงจะพิมพ์คำแถลงข่าวได้')).toBeVisible();

    // Three media invited; two come, one sends word they will not.
    await conference.inviteSeededMediaAndRecordAttendance();
    await page.getByRole('button', { name: 'บันทึก', exact: true }).first().click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();

    for (const [i, s] of STATEMENTS.entries()) await conference.issueStatement(i + 1, s.title, s.body);
    await expect(page.getByText('ยังไม่มีแถลงการณ์', { exact: false })).toBeHidden();
    await statementsPaper.scrollIntoViewIfNeeded();
    await app.screenshot('conference-papers');

    // คำแถลงข่าว: the conference with its พ.ศ. date and "14.30 น.", then each statement in order with who issued it.
    await statementsPaper.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect(page.getByText('บันทึกไฟล์ PDF แล้วที่', { exact: false }).first()).toBeVisible();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const statementsText = pdfTextOf(app.env.pdf.saved[0] ?? '');
    for (const expected of ['คำแถลงข่าว', CONFERENCE, `วันที่ 23 พฤศจิกายน 2569 เวลา 14.30 น. ณ ${VENUE}`, `ผู้แถลง ${SPEAKER}`, `โดย ${STAFF}`, ...STATEMENTS.flatMap((s) => [s.title, s.body])]) {
      expect(statementsText).toContain(flat(expected));
    }
    expect(statementsText.indexOf(flat(`แถลงการณ์ ฉบับที่ 1 เรื่อง ${STATEMENTS[0]?.title}`))).toBeGreaterThan(-1);
    expect(statementsText.indexOf(flat(`แถลงการณ์ ฉบับที่ 2 เรื่อง ${STATEMENTS[1]?.title}`))).toBeGreaterThan(statementsText.indexOf(flat(STATEMENTS[0]?.body ?? '')));
    expect(statementsText).not.toContain('ร่าง');

    // The sign-in sheet: the two who came, with outlet and position; มานี said no and is left off.
    const attendancePaper = page.getByRole('group', { name: 'รายชื่อผู้เข้าร่วมแถลงข่าว' });
    await attendancePaper.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(2);
    const sheet = pdfTextOf(app.env.pdf.saved[1] ?? '');
    for (const expected of ['รายชื่อผู้เข้าร่วมแถลงข่าว', CONFERENCE, 'วันที่ 23 พฤศจิกายน 2569 เวลา 14.30 น.', 'ลายมือชื่อ', 'คุณสุดา ข่าวดี', 'คุณประยุทธ รายงานสด', 'ผู้สื่อข่าว', 'สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสงขลา', 'รวมรายชื่อสื่อมวลชน 2 ราย', 'ได้รับเชิญ 3 ราย · มาร่วมงานตามที่บันทึกไว้ 2 ราย · แจ้งไม่มา 1 ราย']) {
      expect(sheet).toContain(flat(expected));
    }
    expect(sheet).not.toContain(flat('มานี ทันข่าว'));

    // With ใช้เลขไทย on (the administrator sets it for the office), the sheet prints Thai digits;
    // sent to the printer this time.
    await settings.chooseCurrentUser(displayName(TEST_ADMIN));
    await settings.shell.openSettingsTab('ข้อมูลสำนักงาน');
    await page.getByRole('form', { name: 'ข้อมูลสำนักงาน' }).getByRole('switch', { name: 'ใช้เลขไทย' }).check();
    await settings.saveOfficeProfile();
    await settings.shell.openSection('งานโฆษก');
    await page.getByRole('tab', { name: 'การแถลงข่าว' }).click();
    await page.getByRole('link', { name: CONFERENCE }).click();
    await expect(page.getByTestId('page-heading')).toHaveText(CONFERENCE);
    await page.getByRole('group', { name: 'รายชื่อผู้เข้าร่วมแถลงข่าว' }).getByRole('button', { name: 'พิมพ์' }).click();
    await expect(page.getByText('ส่งไปยังเครื่องพิมพ์แล้ว')).toBeVisible();
    expect(app.env.pdf.printed).toHaveLength(1);
    const printed = pdfTextOf(app.env.pdf.printed[0] ?? '');
    expect(printed).toContain(flat('วันที่ ๒๓ พฤศจิกายน ๒๕๖๙ เวลา ๑๔.๓๐ น.'));
    expect(printed).toContain(flat('รวมรายชื่อสื่อมวลชน ๒ ราย'));

    // A briefing still in draft prints with ร่าง across every page (drawn last on each page).
    await settings.shell.openSection('แดชบอร์ด');
    await page.getByRole('button', { name: 'แถลงข่าวด่วน' }).click();
    await page.getByRole('button', { name: 'เริ่ม: อุทกภัย (น้ำท่วม)' }).click();
    await expect(page.getByTestId('page-heading')).toHaveText('สถานการณ์อุทกภัย จังหวัดสงขลา');
    await expect(page.getByTestId('briefing-status')).toHaveText('ร่าง');
    // (every PDF written is recorded, the one written for the printer too)
    const savedBefore = app.env.pdf.saved.length;
    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(savedBefore + 1);
    const draft = app.env.pdf.saved.at(-1) ?? '';
    const pages = pageCount(draft);
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) {
      expect(flat(pdftotext(draft, '-f', String(n), '-l', String(n))), `page ${n}`).toMatch(/ร่าง$/);
    }
    expect(pdfTextOf(draft)).toContain(flat('สถานการณ์อุทกภัย จังหวัดสงขลา'));
    await app.screenshot('draft-briefing-printed');
  });
});
