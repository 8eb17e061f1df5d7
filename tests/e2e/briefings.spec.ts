import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/app-fixture';
import { thaiTypedDate } from './pages/missions-page';
import { ConferencePage } from './pages/conference-page';
import { seedMediaNetwork } from './pages/media-network';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { PressPage } from './pages/press-page';
import { SignInPage } from './pages/sign-in-page';
import { SettingsPage } from './pages/settings-page';

const STAFF = 'นายวีระ ประชาสัมพันธ์';
const DIRECTOR = 'นายวิชัย ใจซื่อ';
const MISSION_6 = '6. ปฏิบัติหน้าที่โฆษกจังหวัดและจัดแถลงข่าวเมื่อเกิดสถานการณ์เร่งด่วน';
const CORE = 'จังหวัดสงขลาพร้อมดูแลประชาชนทุกครัวเรือน ขอให้ผู้อยู่ในพื้นที่เสี่ยงอพยพทันที';
const BANK_Q = 'จังหวัดเตรียมศูนย์พักพิงไว้กี่แห่ง';
const BANK_A = 'เปิดศูนย์พักพิงแล้ว 42 แห่ง รองรับได้ 8,000 คน';
const TYPED_Q = 'ทำไมแจ้งเตือนประชาชนช้า';
const TYPED_A = 'จังหวัดแจ้งเตือนล่วงหน้า 24 ชั่วโมงผ่านทุกช่องทาง';
const RELEASE_SHELTER = 'จังหวัดสงขลาเปิดศูนย์พักพิงผู้ประสบอุทกภัยครบทุกอำเภอ';
const RELEASE_DRAIN = 'ชลประทานเร่งระบายน้ำคลองอู่ตะเภาลงทะเลสาบสงขลา';
const MAP_FILE = Buffer.from('แผนที่พื้นที่น้ำท่วม อำเภอหาดใหญ่ ณ 06:00 น.\n', 'utf8');
const flat = (text: string) => text.replace(/\u200b/g, '').replace(/\s+/g, '');

function pdfTextOf(file: string): string {
  return flat(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
}

test.describe('spokesperson briefings and press conferences', () => {
  test('urgent briefing to approved PDF, a press conference with media, attendance and statements, all there after a reload', async ({ app }) => {
    test.setTimeout(240_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นาย', firstName: 'วีระ', lastName: 'ประชาสัมพันธ์', position: 'นักประชาสัมพันธ์', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
    await settings.addStaff({ title: 'นาย', firstName: 'วิชัย', lastName: 'ใจซื่อ', position: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา', workGroup: 'กลุ่มงานอำนวยการ', role: 'ผู้อำนวยการ' });
    await settings.chooseCurrentUser(STAFF);
    const signIn = new SignInPage(page);
    await seedMediaNetwork(page);

    // The Q&A bank: one fresh approved answer, one approved 120 days ago (flagged for review).
    await settings.shell.openSection('งานโฆษก');
    await page.getByRole('tab', { name: 'คลังคำถาม-คำตอบ' }).click();
    const addBank = async (topic: string, question: string, answer: string, approvedDaysAgo: number) => {
      await page.getByRole('button', { name: 'เพิ่มคำถาม-คำตอบ' }).click();
      const dialog = page.getByRole('dialog', { name: 'เพิ่มคำถาม-คำตอบ' });
      await dialog.getByRole('textbox', { name: 'หัวข้อ', exact: true }).fill(topic);
      await dialog.getByRole('textbox', { name: 'คำถาม', exact: true }).fill(question);
      await dialog.getByRole('textbox', { name: 'คำตอบที่อนุมัติ', exact: true }).fill(answer);
      await dialog.getByRole('textbox', { name: 'วันที่อนุมัติ', exact: true }).fill(thaiTypedDate(-approvedDaysAgo).typed);
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await expect(dialog).toBeHidden();
    };
    await addBank('อุทกภัย', BANK_Q, BANK_A, 10);
    await addBank('อุทกภัย', 'งบประมาณเยียวยามีเท่าไร', 'ใช้งบทดรองราชการ 20 ล้านบาท', 120);
    const bankItems = page.getByTestId('bank-item');
    await expect(bankItems).toHaveCount(2);
    await expect(bankItems.filter({ hasText: 'งบประมาณเยียวยา' }).getByTestId('stale-flag')).toHaveText('ควรทบทวน');
    await expect(bankItems.filter({ hasText: BANK_Q }).getByTestId('stale-flag')).toHaveCount(0);
    await app.screenshot('briefings-qa-bank');

    // Two press releases written in the press module: one approved (numbered), one still a draft.
    const press = new PressPage(page);
    const beYear = new Date().getFullYear() + 543;
    await settings.shell.openSection('บริการข่าว');
    for (const [headline, approve] of [
      [RELEASE_SHELTER, true],
      [RELEASE_DRAIN, false],
    ] as const) {
      await settings.shell.openSection('บริการข่าว');
      await page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
      const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
      await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(headline);
      await releaseForm.getByRole('textbox', { name: 'สถานที่ต้นข่าว' }).fill('สงขลา');
      await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill(`${headline} เพื่อดูแลประชาชนในพื้นที่เสี่ยง`);
      await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
      await expect(page.getByTestId('page-heading')).toHaveText(headline);
      if (approve) {
        await press.step('ส่งตรวจทาน');
        // The writer cannot approve; the director signs in and does (the page stays).
        await signIn.switchTo(DIRECTOR);
        await press.step('อนุมัติ');
        await expect(page.getByTestId('release-number')).toHaveText(`ข่าวที่ 1/${beYear}`);
        await signIn.switchTo(STAFF);
      }
    }

    // Urgent mode: two clicks from the dashboard to a crisis briefing.
    await settings.shell.openSection('แดชบอร์ด');
    await page.getByRole('button', { name: 'แถลงข่าวด่วน' }).click();
    await app.screenshot('briefings-urgent-templates');
    await page.getByRole('button', { name: 'เริ่ม: อุทกภัย (น้ำท่วม)' }).click();
    await expect(page.getByTestId('page-heading')).toHaveText('สถานการณ์อุทกภัย จังหวัดสงขลา');
    await expect(page.getByTestId('crisis-checklist').getByRole('checkbox')).toHaveCount(9);
    await expect(page.getByRole('textbox', { name: 'แถลงการณ์เบื้องต้น (ระหว่างรอข้อมูล)', exact: true })).not.toHaveValue('');
    await expect(page.getByTestId('contacts')).toBeVisible();

    // Messages, a sourced fact, a typed Q&A and one from the bank.
    await page.getByRole('checkbox', { name: 'ออกแถลงการณ์เบื้องต้น (holding statement) ภายใน 1 ชั่วโมง' }).check();
    await page.getByRole('button', { name: 'เพิ่มประเด็นสำคัญ' }).click();
    await page.getByRole('textbox', { name: 'ประเด็นสำคัญที่ 1', exact: true }).fill('ศูนย์พักพิงเปิดครบทุกอำเภอ');
    await page.getByRole('button', { name: 'เพิ่มข้อเท็จจริง' }).click();
    await page.getByRole('textbox', { name: 'ข้อเท็จจริงที่ 1', exact: true }).fill('ครัวเรือนได้รับผลกระทบ 12,480 ครัวเรือน');
    // A fact without its source is refused on save (Ctrl+S, as people do), said beside the box
    // and in a notice; what was typed stays, and the message goes as the source is typed.
    const proofPoints = page.getByRole('textbox', { name: 'ข้อมูลสนับสนุนประเด็นที่ 1', exact: true });
    await proofPoints.fill('เปิดแล้ว 42 แห่ง\n\nมีแพทย์ประจำทุกแห่ง');
    await page.keyboard.press('Control+s');
    await expect(page.getByText('ยังบันทึกไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง', { exact: false })).toBeVisible();
    const factSource = page.getByRole('textbox', { name: 'แหล่งที่มาของข้อเท็จจริงที่ 1', exact: true });
    await expect(factSource).toHaveAccessibleDescription('กรุณากรอกข้อมูลช่องนี้');
    await expect(page.getByRole('textbox', { name: 'ข้อเท็จจริงที่ 1', exact: true })).toHaveValue('ครัวเรือนได้รับผลกระทบ 12,480 ครัวเรือน');
    await expect(proofPoints).toHaveValue('เปิดแล้ว 42 แห่ง\n\nมีแพทย์ประจำทุกแห่ง');
    await factSource.fill('ปภ.จังหวัดสงขลา');
    await expect(factSource).not.toHaveAccessibleDescription('กรุณากรอกข้อมูลช่องนี้');
    // Facts as of a พ.ศ. date and a time, typed as the office writes them.
    await page.getByRole('textbox', { name: 'ข้อมูล ณ เวลา (ข้อที่ 1) (วันที่)', exact: true }).fill('23/11/2569');
    await page.getByRole('textbox', { name: 'ข้อมูล ณ เวลา (ข้อที่ 1) (เวลา)', exact: true }).fill('06.00');
    await page.getByRole('button', { name: 'เพิ่มคำถาม-คำตอบ' }).click();
    await page.getByRole('textbox', { name: 'คำถามที่ 1', exact: true }).fill(TYPED_Q);
    await page.getByRole('textbox', { name: 'คำตอบข้อที่ 1', exact: true }).fill(TYPED_A);
    await page.getByRole('textbox', { name: 'ประโยคเชื่อมกลับข้อที่ 1', exact: true }).fill('สิ่งสำคัญคือความปลอดภัยของประชาชน');
    await page.getByRole('checkbox', { name: 'คำถามเชิงลบ' }).check();
    await page.getByRole('button', { name: 'แทรกจากคลังคำถาม-คำตอบ' }).click();
    const picker = page.getByRole('dialog', { name: 'เลือกคำถาม-คำตอบจากคลัง' });
    await picker.getByRole('button', { name: `แทรก: ${BANK_Q}` }).click();
    await expect(picker.getByRole('button', { name: `แทรก: ${BANK_Q}` })).toHaveText('แทรกแล้ว');
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'คำถามที่ 2', exact: true })).toHaveValue(BANK_Q);
    await expect(page.getByTestId('from-bank')).toHaveText('จากคลัง ฉบับที่ 1');

    // Related releases: found by a Thai word and by number, linked with number + headline.
    const releaseSearch = page.getByRole('textbox', { name: 'ค้นหาข่าวประชาสัมพันธ์เพื่อเชื่อมโยง' });
    await releaseSearch.fill('ศูนย์พักพิง');
    await expect(page.getByTestId('release-choice')).toHaveCount(1);
    await page.getByRole('button', { name: `เชื่อมโยงข่าว ${RELEASE_SHELTER}` }).click();
    await releaseSearch.fill('ระบายน้ำ');
    await page.getByRole('button', { name: `เชื่อมโยงข่าว ${RELEASE_DRAIN}` }).click();
    await releaseSearch.fill('ไม่มีข่าวนี้แน่นอน');
    await expect(page.getByText('ไม่พบข่าวที่ตรงกับคำค้น')).toBeVisible();
    const linked = page.getByTestId('linked-release');
    await expect(linked).toHaveCount(2);
    await expect(linked.nth(0)).toContainText(`ข่าวที่ 1/${beYear} ${RELEASE_SHELTER}`);
    await expect(linked.nth(1)).toContainText(`(ยังไม่ออกเลข) ${RELEASE_DRAIN}`);

    // Attachments: a map is kept; a file over 25 MB is refused with a Thai message.
    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles({ name: 'แผนที่น้ำท่วม.txt', mimeType: 'text/plain', buffer: MAP_FILE });
    await expect(page.getByTestId('briefing-attachment')).toContainText('แผนที่น้ำท่วม.txt (1 KB)');
    await fileInput.setInputFiles({ name: 'วิดีโอเหตุการณ์.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(26 * 1024 * 1024, 1) });
    await expect(page.getByText('แนบไม่ได้: ไฟล์ วิดีโอเหตุการณ์.mp4 มีขนาด 26 MB เกินขีดจำกัด 25 MB ต่อไฟล์')).toBeVisible();
    await expect(page.getByTestId('briefing-attachment')).toHaveCount(1);
    await page.getByTestId('linked-release').first().scrollIntoViewIfNeeded();
    await app.screenshot('briefings-releases-attachments');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).first().click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();

    // Review, then approval refused with no core message: a clear Thai message, nothing lost.
    await page.getByRole('button', { name: 'ส่งตรวจทาน' }).click();
    await expect(page.getByTestId('briefing-status')).toHaveText('ตรวจทาน');
    // Its writer's button is off and says why; the director signs in to approve.
    await expect(page.getByRole('button', { name: 'อนุมัติ', exact: true })).toBeDisabled();
    await expect(page.getByTestId('approve-refused')).toContainText('ต้องเป็น ผู้อำนวยการ');
    await signIn.switchTo(DIRECTOR);
    await expect(page.getByTestId('briefing-status')).toHaveText('ตรวจทาน');
    await page.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
    await expect(page.getByTestId('approval-problems')).toContainText('ยังอนุมัติไม่ได้: กรุณาเขียนสารหลักก่อน');
    await expect(page.getByTestId('briefing-status')).toHaveText('ตรวจทาน');
    await expect(page.getByRole('textbox', { name: 'คำตอบข้อที่ 1', exact: true })).toHaveValue(TYPED_A);
    await app.screenshot('briefings-approval-refused');

    // Length guide, then approval with who and when.
    await page.getByRole('textbox', { name: 'สารหลัก (หนึ่งประโยค)', exact: true }).fill('ก'.repeat(160));
    await expect(page.getByTestId('core-message-counter')).toContainText('ยาวเกินแนวทาง 150 ตัวอักษร');
    await page.getByRole('textbox', { name: 'สารหลัก (หนึ่งประโยค)', exact: true }).fill(CORE);
    await expect(page.getByTestId('core-message-counter')).toHaveText(`${[...CORE].length}/150 ตัวอักษร`);
    await page.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
    await expect(page.getByTestId('briefing-status')).toHaveText('อนุมัติ');
    await expect(page.getByTestId('approved-by')).toContainText(`อนุมัติโดย ${DIRECTOR}`);
    await app.screenshot('briefings-approved');

    // Spokesperson work under mission 6 (a work link the mission report counts).
    await page.getByRole('combobox', { name: 'ภารกิจ' }).click();
    await page.getByRole('option', { name: MISSION_6 }).click();
    await expect(page.getByRole('combobox', { name: 'ภารกิจ' })).toHaveValue(MISSION_6);

    // The director's PDF.
    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect(page.getByText('บันทึกไฟล์ PDF แล้วที่', { exact: false })).toBeVisible();
    expect(app.env.pdf.saved).toHaveLength(1);
    const pdf = pdfTextOf(app.env.pdf.saved[0] ?? '');
    for (const expected of ['ด่วนที่สุด', CORE, TYPED_Q, TYPED_A, BANK_Q, BANK_A, 'ปภ.จังหวัดสงขลา', 'หน้า1/', `อนุมัติโดย${DIRECTOR.replace(/\s/g, '')}`, `ข่าวที่ 1/${beYear} ${RELEASE_SHELTER}`, `(ข่าวยังไม่ออกเลข) ${RELEASE_DRAIN}`]) {
      expect(pdf).toContain(flat(expected));
    }
    expect(pdf.indexOf(flat(CORE))).toBeLessThan(pdf.indexOf(flat(TYPED_Q)));
    await page.getByRole('button', { name: 'พิมพ์' }).click();
    await expect(page.getByText('ส่งไปยังเครื่องพิมพ์แล้ว')).toBeVisible();
    expect(app.env.pdf.printed).toHaveLength(1);

    // A press conference: invite from the media network, record attendance, issue statements.
    const conference = new ConferencePage(page);
    const newConf = await conference.fillNew({ title: 'แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา', date: '23 พ.ย. 69', time: '10.00 น.', venue: 'ห้องประชุมศาลากลางจังหวัดสงขลา' });
    await expect(newConf.getByText('23 พฤศจิกายน 2569', { exact: true })).toBeVisible();
    await expect(newConf.getByText('10.00 น.', { exact: true })).toBeVisible();
    await conference.saveNew(newConf, 'แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา');
    await conference.inviteSeededMediaAndRecordAttendance();
    await page.getByRole('button', { name: 'เพิ่มรายการกำหนดการ' }).click();
    await page.getByRole('textbox', { name: 'เวลา', exact: true }).fill('10:00');
    await page.getByRole('textbox', { name: 'รายการ', exact: true }).fill('ผู้ว่าราชการจังหวัดแถลงสถานการณ์');
    await page.getByRole('combobox', { name: 'เอกสารแถลงข่าวในชุด (เรียงตามที่เลือก)' }).click();
    await page.getByRole('option', { name: /สถานการณ์อุทกภัย จังหวัดสงขลา/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'ค้นหาข่าวประชาสัมพันธ์เพื่อเชื่อมโยง' }).fill('คลองอู่ตะเภา');
    await page.getByRole('button', { name: `เชื่อมโยงข่าว ${RELEASE_DRAIN}` }).click();
    await expect(page.getByTestId('linked-release')).toContainText(`(ยังไม่ออกเลข) ${RELEASE_DRAIN}`);
    await page.getByRole('button', { name: 'บันทึก', exact: true }).first().click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();

    for (const [n, title] of [
      [1, 'เปิดศูนย์พักพิงครบทุกอำเภอ'],
      [2, 'ปิดถนนสายหาดใหญ่-สงขลาชั่วคราว'],
    ] as const) {
      await conference.issueStatement(n, title, `ข้อความแถลงการณ์ฉบับที่ ${n} เรื่อง${title}`);
    }
    await expect(page.getByTestId('next-statement')).toHaveText('แถลงการณ์ ฉบับที่ 3');

    // The pack: run sheet and the briefing in one PDF.
    const savedBefore = app.env.pdf.saved.length;
    await page.getByRole('group', { name: 'ชุดเอกสารประกอบการแถลงข่าว (PDF เดียว)' }).getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(savedBefore + 1);
    const pack = pdfTextOf(app.env.pdf.saved.at(-1) ?? '');
    for (const expected of ['กำหนดการแถลงข่าว', 'ผู้ว่าราชการจังหวัดแถลงสถานการณ์', CORE, TYPED_Q]) expect(pack).toContain(flat(expected));
    await app.screenshot('briefings-conference');

    // Reload: everything is still there.
    await page.reload();
    await expect(page.getByTestId('page-heading')).toHaveText('แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา');
    await expect(page.getByTestId('statement')).toHaveCount(2);
    await expect(page.getByTestId('invitees').getByRole('row')).toHaveCount(4);
    await expect(page.getByRole('radio', { name: 'มา', exact: true, checked: true })).toHaveCount(2);
    await expect(page.getByText('สื่อมวลชน (มา 2 จากที่เชิญ 3)')).toBeVisible();
    await expect(page.getByTestId('linked-release')).toHaveCount(1);
    await expect(page.getByTestId('linked-release')).toContainText(RELEASE_DRAIN);
    await settings.shell.openSection('งานโฆษก');
    await page.getByRole('link', { name: 'สถานการณ์อุทกภัย จังหวัดสงขลา' }).click();
    await expect(page.getByTestId('briefing-status')).toHaveText('อนุมัติ');
    await expect(page.getByTestId('approved-by')).toContainText(DIRECTOR);
    await expect(page.getByRole('textbox', { name: 'สารหลัก (หนึ่งประโยค)', exact: true })).toHaveValue(CORE);
    await expect(page.getByRole('textbox', { name: 'คำถามที่ 2', exact: true })).toHaveValue(BANK_Q);
    await expect(page.getByRole('textbox', { name: 'แหล่งที่มาของข้อเท็จจริงที่ 1', exact: true })).toHaveValue('ปภ.จังหวัดสงขลา');
    // The blank line typed between proof points went with the save.
    await expect(page.getByRole('textbox', { name: 'ข้อมูลสนับสนุนประเด็นที่ 1', exact: true })).toHaveValue('เปิดแล้ว 42 แห่ง\nมีแพทย์ประจำทุกแห่ง');
    await expect(page.getByRole('combobox', { name: 'ภารกิจ' })).toHaveValue(MISSION_6);
    await app.screenshot('briefings-editor-after-reload');

    // Links and attachments are kept: the file goes back to disk byte for byte; a link opens the release.
    await expect(page.getByTestId('linked-release')).toHaveCount(2);
    await page.getByTestId('briefing-attachment').getByRole('button', { name: 'บันทึกลงเครื่อง' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    expect(readFileSync(app.env.exported[0] ?? '')).toEqual(MAP_FILE);
    await page.getByTestId('briefing-attachment').getByRole('button', { name: 'นำออก' }).click();
    await expect(page.getByTestId('briefing-attachment')).toHaveCount(0);
    await page.getByTestId('linked-release').first().getByRole('link', { name: 'เปิดข่าว' }).click();
    await expect(page.getByTestId('page-heading')).toHaveText(RELEASE_SHELTER);

    // The search of the whole app: one word finds the release, the briefing and the conference,
    // each under its module, and a hit opens its page. Ctrl+K opens it on a page without a search box.
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'ค้นหาทั้งโปรแกรม' });
    await search.getByRole('textbox', { name: 'ค้นหาทั้งโปรแกรม' }).fill('อุทกภัย');
    await expect(search.getByTestId('search-releases').getByTestId('search-hit')).toHaveText([new RegExp(`${RELEASE_SHELTER}ข่าวที่ 1/${beYear} · .* · อนุมัติแล้ว`)]);
    const briefingHits = search.getByTestId('search-briefings').getByTestId('search-hit');
    await expect(briefingHits).toHaveCount(2);
    await expect(briefingHits.nth(0)).toContainText('สถานการณ์อุทกภัย จังหวัดสงขลา');
    await expect(briefingHits.nth(0)).toContainText('เอกสารแถลงข่าว');
    await expect(briefingHits.nth(1)).toContainText('แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา');
    await expect(briefingHits.nth(1)).toContainText('การแถลงข่าว · 23 พ.ย. 2569 10.00 น. · ห้องประชุมศาลากลางจังหวัดสงขลา');
    await expect(search.getByTestId('search-tasks')).toHaveCount(0);
    await app.screenshot('global-search');
    await search.getByRole('textbox', { name: 'ค้นหาทั้งโปรแกรม' }).fill('อุทกภัย ไม่มีคำนี้');
    await expect(search.getByTestId('search-nothing')).toHaveText('ไม่พบข้อมูลที่ตรงกับ “อุทกภัย ไม่มีคำนี้”');
    await search.getByRole('textbox', { name: 'ค้นหาทั้งโปรแกรม' }).fill('แถลงข่าวสถานการณ์');
    await search.getByTestId('search-hit').filter({ hasText: 'แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา' }).click();
    await expect(search).toBeHidden();
    await expect(page.getByTestId('page-heading')).toHaveText('แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา');
  });
});
