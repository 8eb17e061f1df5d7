import { execFileSync } from 'node:child_process';
import { expect, test } from './support/app-fixture';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';

test.describe('บันทึกข้อความ (memo) PDF from the renderer', () => {
  test('saves, previews and prints a Thai memo built from the office profile, ร่าง until it is numbered', async ({ app }) => {
    test.setTimeout(120_000); // two PDFs, a preview and a print
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();

    await settings.shell.openSection('แดชบอร์ด');
    await app.page.getByRole('button', { name: 'สร้างบันทึกข้อความ' }).click();
    const form = app.page.getByRole('form', { name: 'บันทึกข้อความ' });
    await form.getByRole('textbox', { name: 'ที่', exact: true }).fill('สข 0017/123');
    await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill('ขอเชิญร่วมแถลงข่าวสถานการณ์น้ำท่วม');
    await form.getByRole('textbox', { name: 'เรียน', exact: true }).fill('ผู้ว่าราชการจังหวัดสงขลา');
    await form.getByRole('textbox', { name: 'ข้อความ', exact: true }).fill('ด้วยสำนักงานประชาสัมพันธ์จังหวัดสงขลาจะจัดแถลงข่าวสถานการณ์น้ำท่วมในพื้นที่ ๑๖ อำเภอ\n\nจึงเรียนมาเพื่อโปรดทราบ');
    await form.getByRole('combobox', { name: 'ชั้นความเร็ว' }).click();
    await app.page.getByRole('option', { name: 'ด่วนที่สุด' }).click();
    await app.screenshot('memo-composer');

    await form.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect(app.page.getByText('บันทึกไฟล์ PDF แล้วที่', { exact: false })).toBeVisible();
    expect(app.env.pdf.saved).toHaveLength(1);
    const text = execFileSync('pdftotext', ['-raw', app.env.pdf.saved[0] ?? '', '-'], { encoding: 'utf8' }).replace(/\u200b/g, '');
    for (const expected of ['บันทึกข้อความ', 'ขอเชิญร่วมแถลงข่าวสถานการณ์น้ำท่วม', 'ผู้ว่าราชการจังหวัดสงขลา', 'ด่วนที่สุด', 'นายสมชาย ใจดี']) {
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
    }
    // Numbered: the final copy, no ร่าง anywhere.
    expect(text).not.toContain('ร่าง');

    // The same memo before it has its number is the draft going up for checking: ร่าง on its page.
    await expect(form.getByText('จะพิมพ์คำว่า “ร่าง” ทุกหน้า', { exact: false })).toBeVisible();
    await form.getByRole('textbox', { name: 'ที่', exact: true }).fill('');
    // The first save's notices sit over the buttons at the foot of the window: close them as a person would.
    for (const notice of await app.page.getByRole('alert').all()) await notice.getByRole('button').click();
    await form.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(2);
    const draft = execFileSync('pdftotext', ['-raw', app.env.pdf.saved[1] ?? '', '-'], { encoding: 'utf8' }).replace(/\u200b/g, '').replace(/\s+/g, '');
    // pdfmake draws the mark after the page's text: it is the page's last word.
    expect(draft.endsWith('ร่าง')).toBe(true);
    expect(draft).toContain('ขอเชิญร่วมแถลงข่าวสถานการณ์น้ำท่วม');
    await form.getByRole('textbox', { name: 'ที่', exact: true }).fill('สข 0017/123');

    await form.getByRole('button', { name: 'ดูตัวอย่าง' }).click();
    await expect.poll(() => app.env.pdf.opened.length).toBe(1);
    await form.getByRole('button', { name: 'พิมพ์' }).click();
    await expect(app.page.getByText('ส่งไปยังเครื่องพิมพ์แล้ว')).toBeVisible();
    expect(app.env.pdf.printed).toHaveLength(1);
  });

  test('asks for the office profile first', async ({ app }) => {
    const settings = new SettingsPage(app.page);
    await settings.shell.waitUntilReady();
    await app.page.getByRole('button', { name: 'สร้างบันทึกข้อความ' }).click();
    await expect(app.page.getByText('ต้องมีชื่อสำนักงาน', { exact: false })).toBeVisible();
  });
});
