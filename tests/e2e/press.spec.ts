import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { localBlobStore } from '../../src-main/main/blobs/blob-store';
import { expect, test } from './support/app-fixture';
import { thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { PressPage } from './pages/press-page';
import { SettingsPage } from './pages/settings-page';
import { SignInPage } from './pages/sign-in-page';

const AGENCY = 'สำนักงานสาธารณสุขจังหวัดสงขลา';
const OUTLET = 'สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสงขลา';
const LIST = 'สื่อท้องถิ่นสงขลา';
const HEADLINE = 'สาธารณสุขสงขลารณรงค์ป้องกันไข้เลือดออกช่วงฤดูฝน';
const BODY = 'เจ้าหน้าที่สาธารณสุขร่วมกับอาสาสมัครลงพื้นที่กำจัดลูกน้ำยุงลายในชุมชน พร้อมจัดนิทรรศการให้ความรู้แก่ประชาชนที่ลานวัฒนธรรม และแจกทรายกำจัดลูกน้ำแก่ครัวเรือนในเขตเทศบาล';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\u200b/g, '').replace(/\s+/g, '');
}

/** A real JPEG of about 15 MB (camera-size noise), encoded by the browser itself. */
async function bigJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(5000, 3600);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    const image = context.createImageData(5000, 3600);
    let seed = 12345;
    for (let i = 0; i < image.data.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      image.data[i] = i % 4 === 3 ? 255 : seed >> 23;
    }
    context.putImageData(image, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** Photos over 10 MB in the workstation's blob store (files kept by main): the big one is kept once. */
async function countBigBlobs(userDataDir: string): Promise<number> {
  let count = 0;
  for await (const blob of localBlobStore(userDataDir).list()) if (blob.size > 10_000_000) count += 1;
  return count;
}

test.describe('press service', () => {
  test('an outlet whose phone is too long is refused with a Thai message beside the field, keeping what was typed', async ({ app }) => {
    const page = app.page;
    const press = new PressPage(page);
    const settings = new SettingsPage(page);
    await settings.shell.waitUntilReady();
    await settings.shell.openSection('บริการข่าว');
    await press.openTab('เครือข่ายสื่อมวลชน');
    await press.view('สื่อ');
    await page.getByRole('button', { name: 'เพิ่มสื่อ' }).click();
    const form = page.getByRole('form', { name: 'แบบฟอร์มข้อมูลสื่อ' });
    await form.getByRole('textbox', { name: 'ชื่อสื่อ' }).fill(OUTLET);
    const phone = form.getByRole('textbox', { name: 'โทรศัพท์' });
    const tooLong = '074-311-111 ต่อ 1234 ' + '๐'.repeat(50);
    await phone.fill(tooLong);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    // The field says why (it used to say nothing, and the dialog just stayed open).
    await expect(form.getByText('ข้อความยาวเกินกำหนด')).toBeVisible();
    await expect(form).toBeVisible();
    await expect(phone).toHaveValue(tooLong);
    await expect(form.getByRole('textbox', { name: 'ชื่อสื่อ' })).toHaveValue(OUTLET);
    await app.screenshot('press-outlet-phone-too-long-th');
  });

  test('a request becomes a numbered, approved, distributed and picked-up release, found by a Thai word, after a reload', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const settings = new SettingsPage(page);
    const press = new PressPage(page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await settings.addStaff({ title: 'นาง', firstName: 'วิไลวรรณ', lastName: 'ข่าวดี', position: 'นักประชาสัมพันธ์ชำนาญการ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
    await settings.addStaff({ title: 'นาย', firstName: 'วิชัย', lastName: 'ใจซื่อ', position: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา', workGroup: 'กลุ่มงานอำนวยการ', role: 'ผู้อำนวยการ' });
    await settings.chooseCurrentUser('นางวิไลวรรณ ข่าวดี');
    const signIn = new SignInPage(page);

    // Directories: the agency, an outlet with two reporters (one not verified for a year), a list.
    await settings.shell.openSection('บริการข่าว');
    await press.addAgency(AGENCY, 'สสจ.สข.');
    await press.openTab('เครือข่ายสื่อมวลชน');
    await press.addOutlet(OUTLET, 'วิทยุ');
    await press.addContact({ title: 'นางสาว', first: 'วิภาวดี', last: 'รายงานข่าว', outlet: OUTLET, lineId: 'wipa.news', verified: thaiTypedDate(-10).typed });
    await press.addContact({ title: 'นาย', first: 'ธนพล', last: 'ภาพข่าว', outlet: OUTLET, lineId: 'tanapol.photo', verified: thaiTypedDate(-400).typed });
    await expect(page.getByTestId('stale-reminder')).toContainText('ผู้ติดต่อ 1 ราย');
    await press.addList(LIST, OUTLET);
    await expect(page.getByTestId('distribution-lists')).toContainText(LIST);
    await app.screenshot('press-media-network-th');

    // The agency's request, then the release written from it.
    await press.openTab('คำขอรับบริการ');
    await page.getByRole('button', { name: 'รับคำขอใหม่' }).click();
    const requestForm = page.getByRole('form', { name: 'แบบฟอร์มคำขอรับบริการ' });
    await requestForm.getByRole('textbox', { name: 'ชื่องาน/กิจกรรม' }).fill('รณรงค์ป้องกันไข้เลือดออก');
    await press.pick(requestForm, 'หน่วยงานที่ขอรับบริการ', AGENCY);
    await requestForm.getByRole('textbox', { name: 'สถานที่' }).fill('ลานวัฒนธรรม อำเภอเมืองสงขลา');
    await requestForm.getByRole('checkbox', { name: 'ภาพนิ่ง' }).check();
    await requestForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(requestForm).toBeHidden();
    await expect(page.getByTestId('request-list')).toContainText('ข่าว, ภาพนิ่ง');
    await page.getByRole('button', { name: 'เขียนข่าวจากคำขอ' }).click();
    const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
    await expect(releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' })).toHaveValue('รณรงค์ป้องกันไข้เลือดออก');
    await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(HEADLINE);
    await releaseForm.getByRole('textbox', { name: 'สถานที่ต้นข่าว' }).fill('สงขลา');
    await releaseForm.getByRole('textbox', { name: 'ความนำ' }).fill('นายแพทย์สาธารณสุขจังหวัดสงขลาเป็นประธานเปิดการรณรงค์ป้องกันโรคไข้เลือดออก');
    await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(releaseForm.getByText('กรุณากรอกข้อมูล').first()).toBeVisible();
    await expect(releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' })).toHaveValue(HEADLINE);
    await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill(BODY);
    await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
    await expect(releaseForm).toBeHidden();
    await expect(page.getByTestId('page-heading')).toHaveText(HEADLINE);
    await expect(page.getByTestId('release-number')).toHaveText('ยังไม่มีเลขที่ข่าว');

    // Photos: a 15 MB camera JPEG is kept (once), a renamed text file and a broken JPEG are refused.
    await page.getByRole('tab', { name: /^ภาพ/ }).click();
    const jpeg = await bigJpeg(page);
    expect(jpeg.byteLength).toBeGreaterThan(14_000_000);
    expect(jpeg.byteLength).toBeLessThan(25_000_000);
    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles({ name: 'รณรงค์-01.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await expect(page.getByTestId('release-photo')).toHaveCount(1, { timeout: 60_000 });
    const thumbnail = page.getByTestId('release-photo').getByRole('img', { name: 'รณรงค์-01.jpg' });
    await expect(thumbnail).toBeVisible();
    // the card shows the small thumbnail, not the 15 MB original
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    await fileInput.setInputFiles([
      { name: 'รณรงค์-01-สำเนา.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      { name: 'กำหนดการ.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('กำหนดการรณรงค์ป้องกันไข้เลือดออก') },
      { name: 'ภาพเสีย.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]) },
    ]);
    const problems = page.getByTestId('photo-problems');
    await expect(problems).toContainText('รณรงค์-01-สำเนา.jpg: มีภาพนี้ในข่าวแล้ว', { timeout: 60_000 });
    await expect(problems).toContainText('กำหนดการ.jpg: ไม่ใช่ไฟล์ภาพ');
    await expect(problems).toContainText('ภาพเสีย.jpg: ไฟล์ภาพเสียหาย');
    await expect(page.getByTestId('release-photo')).toHaveCount(1);
    expect(await countBigBlobs(app.env.userDataDir)).toBe(1);
    await page.getByRole('textbox', { name: 'คำบรรยายภาพที่ 1' }).fill('อาสาสมัครกำจัดลูกน้ำยุงลายในชุมชน');
    await page.getByRole('textbox', { name: 'เครดิตภาพที่ 1' }).fill('ส่วนข่าว สปส.สงขลา');
    await page.getByRole('textbox', { name: 'เครดิตภาพที่ 1' }).blur();
    await app.screenshot('press-photos-th');

    // Workflow: review, approval with a comment; who and when are shown; the number is assigned.
    await press.step('ส่งตรวจทาน');
    await expect(page.getByTestId('release-status')).toHaveText('ตรวจทาน');
    // The writer does not approve her own release: the director signs in and does.
    await signIn.switchTo('นายวิชัย ใจซื่อ');
    await press.step('อนุมัติ', 'ตรวจแล้ว เผยแพร่ได้');
    await expect(page.getByTestId('release-status')).toHaveText('อนุมัติแล้ว');
    const beYear = new Date().getFullYear() + 543;
    await expect(page.getByTestId('release-number')).toHaveText(`ข่าวที่ 1/${beYear}`);
    await expect(page.getByTestId('approved-by')).toContainText('อนุมัติโดย นายวิชัย ใจซื่อ');
    await expect(page.getByTestId('release-events')).toContainText('ตรวจแล้ว เผยแพร่ได้');
    await app.screenshot('press-release-approved-th');
    await signIn.switchTo('นางวิไลวรรณ ข่าวดี');

    // Distribution: the LINE text for the list, copied; each send logged per recipient.
    await page.getByRole('tab', { name: 'ส่งข่าว' }).click();
    await page.getByRole('combobox', { name: 'รายชื่อส่งข่าว' }).click();
    await page.getByRole('option', { name: LIST, exact: true }).click();
    await page.getByTestId('distribution-text').click();
    await expect(page.getByText('ผู้รับ 2 ราย')).toBeVisible();
    await expect(page.getByTestId('char-count')).toContainText('ตัวอักษร');
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.getByTestId('copy-line').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`ข่าวที่ 1/${beYear}\n${HEADLINE}`);
    expect(copied).toContain('นิทรรศการให้ความรู้');
    expect(copied).toContain('ข่าว: สำนักงานประชาสัมพันธ์จังหวัดสงขลา');
    await expect(page.getByTestId('char-count')).toHaveText(`${copied.length.toLocaleString('th-TH')} ตัวอักษร`);
    await page.getByRole('button', { name: 'บันทึกว่าส่งแล้ว' }).click();
    const sendLog = page.getByTestId('send-log');
    await expect(sendLog.getByRole('row')).toHaveCount(3);
    await expect(sendLog).toContainText('wipa.news');
    await expect(sendLog).toContainText('tanapol.photo');
    await expect(sendLog).toContainText('LINE');
    // The photo bundle into a folder the user picks.
    app.env.chosenFolder = app.env.downloadsDir;
    await page.getByRole('button', { name: 'ส่งออกชุดภาพ' }).click();
    await expect.poll(() => readdirSync(app.env.downloadsDir).length).toBe(1);
    const bundle = join(app.env.downloadsDir, readdirSync(app.env.downloadsDir)[0] ?? '');
    await expect.poll(() => readdirSync(bundle).filter((f) => !f.endsWith('.tmp')).sort()).toEqual(['01-อาสาสมัครกำจัดลูกน้ำยุงลายในชุมชน.jpg', 'คำบรรยายภาพ.txt']);
    await app.screenshot('press-distribution-th');

    // Pickup by the radio station.
    await page.getByRole('tab', { name: 'การนำไปเผยแพร่' }).click();
    const pickupForm = page.getByRole('form', { name: 'บันทึกการนำข่าวไปเผยแพร่' });
    await press.pick(pickupForm, 'สื่อ', OUTLET);
    await pickupForm.getByRole('textbox', { name: 'ลิงก์ข่าว' }).fill('ไม่ใช่ลิงก์');
    await pickupForm.getByRole('button', { name: 'บันทึกการเผยแพร่' }).click();
    await expect(pickupForm.getByText('ลิงก์ไม่ถูกต้อง')).toBeVisible();
    await pickupForm.getByRole('textbox', { name: 'ลิงก์ข่าว' }).fill('https://radio.prd.go.th/songkhla/news/1234');
    await pickupForm.getByRole('button', { name: 'บันทึกการเผยแพร่' }).click();
    await expect(page.getByTestId('pickup-log')).toContainText(OUTLET);

    // The release PDF, with its number, date in พ.ศ. and the photo caption.
    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length, { timeout: 60_000 }).toBe(1);
    const text = pdfText(app.env.pdf.saved[0] ?? '');
    for (const expected of ['ข่าวประชาสัมพันธ์', `ข่าวที่1/${beYear}`, HEADLINE, 'นิทรรศการให้ความรู้', 'อาสาสมัครกำจัดลูกน้ำยุงลายในชุมชน', String(beYear)]) expect(text).toContain(expected.replace(/\s+/g, ''));

    // Publish.
    await press.step('เผยแพร่');
    await expect(page.getByTestId('release-status')).toHaveText('เผยแพร่แล้ว');

    // A second release approved in the same year gets the next number.
    await page.getByRole('link', { name: 'กลับไปรายการข่าว' }).click();
    await page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
    const second = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
    await second.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill('จังหวัดสงขลาประชุมคณะกรมการจังหวัดประจำเดือน');
    await second.getByRole('textbox', { name: 'เนื้อข่าว' }).fill('ที่ประชุมรับทราบผลการดำเนินงานของส่วนราชการ');
    await second.getByRole('button', { name: 'บันทึก' }).click();
    await expect(second).toBeHidden();
    await press.step('ส่งตรวจทาน');
    await signIn.switchTo('นายวิชัย ใจซื่อ');
    await press.step('อนุมัติ');
    await expect(page.getByTestId('release-number')).toHaveText(`ข่าวที่ 2/${beYear}`);

    // Search by a word in the middle of the first release's body.
    await page.getByRole('link', { name: 'กลับไปรายการข่าว' }).click();
    await expect(page.getByTestId('release-row')).toHaveCount(2);
    await page.getByRole('textbox', { name: 'ค้นหาข่าว' }).fill('นิทรรศการ');
    await expect(page.getByTestId('release-row')).toHaveCount(1);
    await expect(page.getByTestId('release-row')).toContainText(HEADLINE);
    await app.screenshot('press-search-th');

    // A reload loses nothing.
    await page.reload();
    await expect(page.getByTestId('release-row')).toHaveCount(2);
    await page.getByRole('listitem', { name: HEADLINE }).click();
    await expect(page.getByTestId('release-number')).toHaveText(`ข่าวที่ 1/${beYear}`);
    await expect(page.getByTestId('release-status')).toHaveText('เผยแพร่แล้ว');
    await expect(page.getByTestId('approved-by')).toContainText('นายวิชัย ใจซื่อ');
    await page.getByRole('tab', { name: 'ส่งข่าว' }).click();
    await expect(page.getByTestId('send-log').getByRole('row')).toHaveCount(3);
    await page.getByRole('tab', { name: 'การนำไปเผยแพร่' }).click();
    await expect(page.getByTestId('pickup-log')).toContainText('https://radio.prd.go.th/songkhla/news/1234');
    await page.getByRole('tab', { name: /^ภาพ/ }).click();
    await expect(page.getByRole('textbox', { name: 'คำบรรยายภาพที่ 1' })).toHaveValue('อาสาสมัครกำจัดลูกน้ำยุงลายในชุมชน');

    // Statistics and the dashboard card count it.
    await page.getByRole('link', { name: 'กลับไปรายการข่าว' }).click();
    await press.openTab('สถิติ');
    await expect(page.getByTestId('stats-pickups')).toContainText(OUTLET);
    await expect(page.getByTestId('stats-per-agency')).toContainText(AGENCY);
    await app.screenshot('press-stats-th');
  });
});
