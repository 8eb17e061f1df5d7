import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { localBlobStore } from '../../src-main/main/blobs/blob-store';
import { expect, startWorkstation, test } from './support/app-fixture';
import { ComplaintsPage } from './pages/complaints-page';
import { MissionsPage, thaiTypedDate } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

const HEADLINE = 'จังหวัดสงขลาจัดงานกาชาดประจำปี ประชาชนร่วมงานคึกคัก';
const CAPTIONS = ['ผู้ว่าราชการจังหวัดสงขลาเป็นประธานเปิดงาน', 'ขบวนรถบุปผชาติของอำเภอต่าง ๆ', 'ประชาชนร่วมบริจาคโลหิตที่ซุ้มกาชาด'];
const TASK = 'ถ่ายภาพและทำข่าวงานกาชาด';
const MISSION_2 = 'ให้บริการจัดทำข่าวประชาสัมพันธ์กิจกรรมของหน่วยงานภาครัฐ ภาคประชาชน เผยแพร่ข้อมูลข่าวสารไปยังเครือข่ายสื่อมวลชน';
const SUBJECT = 'ขอให้ติดตั้งไฟส่องสว่างที่ลานจอดรถงานกาชาด';
const TASK_FILE = { name: 'กำหนดการงานกาชาด.txt', mimeType: 'text/plain', buffer: Buffer.from('กำหนดการงานกาชาดจังหวัดสงขลา ๒๕๖๙\nพิธีเปิด 17.00 น.\n', 'utf8') };
const LETTER = {
  name: 'หนังสือร้องเรียน.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Three different real JPEGs (event photos), encoded by the browser. */
async function eventPhotos(page: Page): Promise<Buffer[]> {
  const encoded = await page.evaluate(async () => {
    const out: string[] = [];
    for (let n = 0; n < 3; n++) {
      const canvas = new OffscreenCanvas(1200, 800);
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no canvas');
      g.fillStyle = `hsl(${n * 120} 60% 50%)`;
      g.fillRect(0, 0, 1200, 800);
      for (let i = 0; i < 30; i++) {
        g.fillStyle = `hsl(${(n * 120 + i * 23) % 360} 70% ${30 + (i % 4) * 12}%)`;
        g.fillRect((i * 137) % 1100, (i * 71) % 700, 160, 110);
      }
      g.fillStyle = '#fff';
      g.font = '64px sans-serif';
      g.fillText(`ภาพงานกาชาด ${n + 1}`, 60, 420);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      out.push(btoa(binary));
    }
    return out;
  });
  return encoded.map((b64) => Buffer.from(b64, 'base64'));
}

test.describe('files through sync', () => {
  test('photos and attachments reach the other workstation', async ({ rendererServer, workspace }, testInfo) => {
    test.setTimeout(240_000);
    const folder = join(workspace, 'shared-sync');
    const one = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc1');
    const two = await startWorkstation(rendererServer.origin, workspace, testInfo, 'pc2');
    try {
      const a = one.page;
      const settings = new SettingsPage(a);
      await settings.shell.waitUntilReady();
      await settings.fillOfficeProfile(SONGKHLA_OFFICE);
      await settings.saveOfficeProfile();
      await settings.addStaff({ title: 'นาง', firstName: 'วิไลวรรณ', lastName: 'ข่าวดี', position: 'นักประชาสัมพันธ์ชำนาญการ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
      await settings.chooseCurrentUser('นางวิไลวรรณ ข่าวดี');

      // On A: a release with three captioned photos.
      await settings.shell.openSection('บริการข่าว');
      await a.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
      const releaseForm = a.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
      await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(HEADLINE);
      await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill('เหล่ากาชาดจังหวัดสงขลาจัดงานกาชาดประจำปี ณ สนามกีฬาติณสูลานนท์ มีการออกร้านของส่วนราชการและการประกวดต่าง ๆ');
      await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
      await expect(releaseForm).toBeHidden();
      await expect(a.getByTestId('page-heading')).toHaveText(HEADLINE);
      await a.getByRole('tab', { name: /^ภาพ/ }).click();
      const photos = await eventPhotos(a);
      await a.locator('input[type=file]').setInputFiles(photos.map((buffer, i) => ({ name: `กาชาด-${i + 1}.jpg`, mimeType: 'image/jpeg', buffer })));
      await expect(a.getByTestId('release-photo')).toHaveCount(3, { timeout: 60_000 });
      for (const [i, caption] of CAPTIONS.entries()) {
        await a.getByRole('textbox', { name: `คำบรรยายภาพที่ ${i + 1}` }).fill(caption);
        await a.getByRole('textbox', { name: `คำบรรยายภาพที่ ${i + 1}` }).blur();
      }
      await expect(a.getByRole('textbox', { name: 'คำบรรยายภาพที่ 3' })).toHaveValue(CAPTIONS[2]!);

      // A task with a file attached.
      const missions = new MissionsPage(a);
      await missions.openTab('งาน');
      await a.getByRole('button', { name: 'เพิ่มงาน' }).first().click();
      await missions.fillTask({ title: TASK, mission: `2. ${MISSION_2}` });
      await missions.save();
      await expect(missions.taskDialog()).toBeHidden();
      await missions.openTask(TASK);
      await missions.drawer.locator('input[type=file]').setInputFiles(TASK_FILE);
      await expect(missions.drawer.getByTestId('task-attachment')).toContainText(TASK_FILE.name);
      await a.keyboard.press('Escape');

      // A complaint with the scanned letter attached.
      const complaints = new ComplaintsPage(a);
      await settings.shell.openSection('เรื่องร้องเรียน');
      await a.getByRole('button', { name: 'รับเรื่องใหม่' }).click();
      const intake = complaints.intakeForm();
      await intake.getByRole('textbox', { name: 'วันที่รับเรื่อง' }).fill(thaiTypedDate(-1).typed);
      await complaints.choose(intake, 'ช่องทาง', 'สายด่วนรัฐบาล 1111');
      await intake.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(SUBJECT);
      await intake.getByRole('textbox', { name: 'รายละเอียด' }).fill('ลานจอดรถมืดมาก ประชาชนเดินลำบากหลังเลิกงาน');
      await intake.getByRole('textbox', { name: 'ชื่อ-สกุลผู้ร้อง' }).fill('นายสมปอง ใจกว้าง');
      await complaints.choose(intake, 'ประเภทย่อย', 'ความเดือดร้อนของประชาชน');
      await intake.getByRole('button', { name: 'บันทึก' }).click();
      await expect(intake).toBeHidden();
      await a.locator('input[type=file]').setInputFiles(LETTER);
      await expect(a.getByTestId('complaint-attachment')).toContainText(LETTER.name);

      // A syncs, then B joins and syncs.
      const sync1 = new SyncPage(one);
      await sync1.setUpFolder(folder, 'สร้างโฟลเดอร์ซิงค์ใหม่');
      await sync1.syncNow();
      await expect(sync1.summary).not.toContainText('ไฟล์ที่ยังไม่มาถึง');
      const b = two.page;
      const sync2 = new SyncPage(two);
      await sync2.shell.waitUntilReady();
      await sync2.setUpFolder(folder, 'เข้าร่วมโฟลเดอร์ที่มีอยู่');
      await sync2.syncNow();
      await expect(b.getByTestId('file-download')).toContainText('รับไฟล์ครบแล้ว', { timeout: 60_000 });
      await expect(b.getByTestId('missing-files')).toHaveCount(0);
      await two.screenshot('sync-files-b-summary');

      // The bytes are equal: every file A stored is in B's store, hash for hash.
      const storeA = localBlobStore(one.env.userDataDir);
      const storeB = localBlobStore(two.env.userDataDir);
      for (const original of [...photos, TASK_FILE.buffer, LETTER.buffer]) {
        const id = sha256(original);
        expect(await storeA.has(id)).toBe(true);
        const copy = await storeB.read(id); // read() verifies the hash
        expect(copy && sha256(copy)).toBe(id);
      }
      for await (const blob of storeA.list()) expect(sha256((await storeB.read(blob.id)) ?? new Uint8Array())).toBe(blob.id);

      // B shows them all: the release's photos and captions …
      await sync2.shell.openSection('บริการข่าว');
      await b.getByTestId('release-row').filter({ hasText: HEADLINE }).click();
      await expect(b.getByTestId('page-heading')).toHaveText(HEADLINE);
      await b.getByRole('tab', { name: /^ภาพ/ }).click();
      await expect(b.getByTestId('release-photo')).toHaveCount(3);
      for (const [i, caption] of CAPTIONS.entries()) await expect(b.getByRole('textbox', { name: `คำบรรยายภาพที่ ${i + 1}` })).toHaveValue(caption);
      for (let i = 0; i < 3; i++) {
        const img = b.getByTestId('release-photo').nth(i).locator('img');
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
      }
      await two.screenshot('sync-files-b-release-photos');

      // … and the release PDF printed on B holds the three photos.
      await b.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
      await expect.poll(() => two.env.pdf.saved.length, { timeout: 60_000 }).toBe(1);
      const pdf = two.env.pdf.saved[0] ?? '';
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => /\bimage\b/.test(line));
      expect(images.length).toBeGreaterThanOrEqual(3);
      const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/[\s\u200b]+/g, '');
      for (const caption of CAPTIONS) expect(text).toContain(caption.replace(/\s+/g, ''));
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdf, join(testInfo.outputDir, 'release-on-b')]);

      // The task's attachment …
      const missionsB = new MissionsPage(b);
      await missionsB.openTab('งาน');
      await missionsB.openTask(TASK);
      await expect(missionsB.drawer.getByTestId('task-attachment')).toContainText(TASK_FILE.name);
      await two.screenshot('sync-files-b-task');
      await b.keyboard.press('Escape');

      // … and the complaint's.
      await sync2.shell.openSection('เรื่องร้องเรียน');
      await b.getByTestId('complaint-row').filter({ hasText: SUBJECT }).click();
      await expect(b.getByTestId('complaint-attachment')).toContainText(LETTER.name);
      await two.screenshot('sync-files-b-complaint');
    } finally {
      await one.close();
      await two.close();
    }
  });
});
