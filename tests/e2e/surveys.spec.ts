import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './support/app-fixture';
import { KioskPage } from './pages/kiosk-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { displayName, TEST_ADMIN } from './pages/sign-in-page';

/** Questionnaire i of 30, as the paper says: profile codes and ratings q1…q5. */
function paper(i: number) {
  return {
    sex: 1 + (i % 2),
    age: 1 + (i % 6),
    occupation: 1 + (i % 7),
    district: 1 + (i % 2),
    // q1 cycles 5,4,3: mean 4.00, S.D. √(20/29) = 0.83
    ratings: [5 - (i % 3), 4, 5 - (i % 2), 4 + (i % 2), 3],
    comment: i % 10 === 0 ? `ควรเพิ่มที่จอดรถ, ชุดที่ ${i + 1}` : '',
  };
}

test.describe('evaluation surveys', () => {
  test('template, 30 keyed questionnaires, kiosk left with a staff PIN, statistics, CSV export and import check, after a reload', async ({ app }) => {
    test.setTimeout(240_000);
    const page = app.page;
    const shell = new ShellPage(page);
    await shell.waitUntilReady();
    // The report's letterhead and signer come from the office profile.
    const settings = new SettingsPage(page);
    await settings.fillOfficeProfile(SONGKHLA_OFFICE);
    await settings.saveOfficeProfile();
    await shell.openSection('ประเมินผล');
    await expect(shell.pageHeading).toHaveText('ประเมินผล');

    // Build from the template.
    await page.getByRole('button', { name: 'สร้างแบบสำรวจจากแม่แบบ' }).click();
    await page.getByRole('menuitem', { name: 'ความพึงพอใจต่อการให้บริการ' }).click();
    await expect(shell.pageHeading).toHaveText('แบบสอบถามความพึงพอใจต่อการให้บริการ');
    // The survey counts as work under mission 8 (mission reports pick it up through the link).
    await page.getByRole('combobox', { name: 'ผลงานภายใต้ภารกิจ' }).click();
    await page.getByRole('option', { name: /^8\. / }).click();
    await expect(page.getByRole('combobox', { name: 'ผลงานภายใต้ภารกิจ' })).toHaveValue(/^8\. /);
    await page.getByRole('textbox', { name: 'ข้อคำถาม 4.1' }).fill('สถานที่สะอาด มีที่นั่งรอและที่จอดรถเพียงพอ');
    await page.getByRole('button', { name: 'บันทึกแบบสำรวจ' }).click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();
    await app.screenshot('surveys-builder-th');

    // Key in 30 paper questionnaires with the keyboard only.
    await page.getByRole('tab', { name: 'บันทึกแบบสอบถาม' }).click();
    const serial = page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' });
    await expect(serial).toBeFocused();
    const keyboard = page.keyboard;
    for (let i = 0; i < 30; i++) {
      const p = paper(i);
      await expect(serial).toHaveValue(String(i + 1));
      await expect(serial).toBeFocused();
      await keyboard.press('Enter');
      for (const digit of [p.sex, p.age, p.occupation, p.district, ...p.ratings]) {
        await keyboard.press(String(digit));
        await keyboard.press('Enter');
      }
      if (p.comment) await keyboard.type(p.comment);
      await keyboard.press('Enter'); // last question: finalise
      await expect(page.getByTestId('entry-count')).toContainText(`บันทึกแล้ว ${i + 1} ชุด`);
    }
    await expect(page.getByTestId('entry-count')).toHaveText('บันทึกแล้ว 30 ชุด (สมบูรณ์ 30 · บางส่วน 0)');

    // The same paper keyed twice is refused; a half-keyed one is saved as partial with F8.
    await serial.fill('5');
    await keyboard.press('Enter');
    for (const digit of [1, 2, 3, 1, 5, 5, 5, 5, 5]) {
      await keyboard.press(String(digit));
      await keyboard.press('Enter');
    }
    await keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('แบบสอบถามเลขที่ 5 บันทึกไปแล้ว กรุณาตรวจสอบว่าบันทึกซ้ำหรือไม่');
    await expect(serial).toBeFocused();
    await serial.fill('31');
    await keyboard.press('Enter');
    await keyboard.press('2');
    await keyboard.press('F8');
    await expect(page.getByTestId('entry-count')).toHaveText('บันทึกแล้ว 31 ชุด (สมบูรณ์ 30 · บางส่วน 1)');
    await app.screenshot('surveys-entry-th');

    // Kiosk: the staff member starts it (and is signed out), a member of the public answers,
    // a wrong PIN is refused, the staff member's own PIN leaves (kiosk.spec.ts: the lock-down).
    const kioskPage = new KioskPage(page);
    await kioskPage.start();
    const kiosk = kioskPage.root;
    await expect(shell.nav).toBeHidden();
    const choose = (question: string, answer: string) => kioskPage.choose(question, answer);
    await choose('เพศ', 'หญิง');
    await choose('อายุ', '60 ปีขึ้นไป');
    await choose('อาชีพ', 'เกษตรกร');
    await choose('อำเภอที่อาศัย', 'อำเภอเมือง');
    for (const q of ['ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน', 'ความรวดเร็วในการให้บริการ', 'เจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี', 'เจ้าหน้าที่ให้คำแนะนำได้ชัดเจน', 'สถานที่สะอาด มีที่นั่งรอและที่จอดรถเพียงพอ'])
      await choose(q, 'มากที่สุด');
    await kiosk.getByRole('textbox', { name: 'ข้อเสนอแนะเพิ่มเติม' }).fill('บริการดีมาก ขอบคุณค่ะ');
    await app.screenshot('surveys-kiosk-th');
    await kiosk.getByRole('button', { name: 'ส่งแบบสอบถาม' }).click();
    await expect(kiosk.getByText('ขอบคุณที่ร่วมตอบแบบสอบถาม')).toBeVisible();
    // The app's shortcuts and routes stay out of reach.
    await page.keyboard.press('Control+k');
    await page.evaluate(() => {
      window.location.hash = '#/settings/office';
    });
    await expect(kiosk).toBeVisible();
    await expect(kiosk.getByRole('radiogroup', { name: 'เพศ' })).toBeVisible({ timeout: 10_000 }); // reset for the next person
    await kioskPage.submitLeave(displayName(TEST_ADMIN), '000001');
    await expect(kioskPage.error).toHaveText('รหัสไม่ถูกต้อง');
    await kioskPage.leave(displayName(TEST_ADMIN));
    await expect(shell.nav).toBeVisible();
    await expect.poll(() => app.env.kiosk).toEqual([true, false]); // the window went kiosk and came back

    // Statistics: 31 finalised (30 keyed + 1 kiosk).
    await expect(page.getByRole('tab', { name: 'ผลการสำรวจ', selected: true })).toBeVisible();
    await expect(page.getByTestId('survey-summary')).toContainText('จากผู้ตอบแบบสอบถามทั้งสิ้น 31 คน');
    const q1Row = page.getByTestId('rating-table').getByRole('row', { name: /ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน/ });
    // 30 keyed (Σ 120) + one 5 → Σ 125 / 31 = 4.03; Σx² 500 + 25 = 525, SS = 525 − 125²/31 = 20.968, s = √(20.968/30) = 0.84
    await expect(q1Row).toContainText('4.03');
    await expect(q1Row).toContainText('0.84');
    await expect(q1Row).toContainText('มาก');
    // The overall S.D. method is stated under the table (issue 22): pooled over every answer.
    await expect(page.getByTestId('sd-method')).toContainText('ไม่ใช่ค่าเฉลี่ยของ S.D. รายข้อ');
    await expect(page.getByTestId('open-answers')).toContainText('ควรเพิ่มที่จอดรถ, ชุดที่ 1');
    await expect(page.getByTestId('open-answers')).toContainText('บริการดีมาก ขอบคุณค่ะ');
    await expect(page.getByRole('img', { name: 'เพศ' })).toBeVisible();
    await app.screenshot('surveys-statistics-th');

    // CSV with labels: a BOM, and Thai intact.
    await page.getByRole('button', { name: 'ส่งออก CSV (ข้อความ)' }).click();
    await expect.poll(() => app.env.exported.length).toBe(1);
    const csv = readFileSync(app.env.exported[0] ?? '');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain('เลขที่แบบสอบถาม,สถานะ,เพศ,อายุ');
    expect(text).toContain('"ควรเพิ่มที่จอดรถ, ชุดที่ 1"');

    // The report PDF in Thai government form.
    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    await expect.poll(() => app.env.pdf.saved.length).toBe(1);
    const pdf = execFileSync('pdftotext', ['-raw', app.env.pdf.saved[0] ?? '', '-'], { encoding: 'utf8' }).replace(/[\s\u200b]+/g, '');
    expect(pdf).toContain('รายงานผลการสำรวจ');
    expect(pdf).toContain('ภาพรวม4.'.replace(/\s+/g, ''));
    expect(pdf).toContain('ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน4.030.84มาก');
    expect(pdf).toContain('บริการดีมากขอบคุณค่ะ');

    // The workbook: results with numbers, and every response with labels.
    await page.getByRole('button', { name: 'ส่งออก Excel (.xlsx)' }).click();
    await expect.poll(() => app.env.exported.length).toBe(2);
    const results = await readSheet(app.env.exported[1] ?? '', 'ผลการสำรวจ');
    const q1 = results.find((row) => String(row[0]).includes('ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน'));
    expect(q1?.slice(1)).toEqual([31, 4.03, expect.closeTo(0.84, 2), 'มาก']);
    const answers = await readSheet(app.env.exported[1] ?? '', 'คำตอบ');
    expect(answers).toHaveLength(33); // header + 32 questionnaires
    expect(answers[0]?.slice(0, 3)).toEqual(['เลขที่แบบสอบถาม', 'สถานะ', 'เพศ']);

    // A bad import file is refused row by row, and nothing goes in.
    const bad = ['serial,status,sex,age,occupation,district,q1,q2,q3,q4,q5,comment', '40,final,1,2,3,1,5,4,4,5,3,', '41,final,1,2,3,1,9,4,4,5,3,', '5,final,1,2,3,1,5,4,4,5,3,'].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'responses.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText('แถวที่ 3 คอลัมน์ q1: ค่า "9" อยู่นอกช่วงคำตอบ (1, 2, 3, 4, 5)');
    await expect(problems).toContainText('แถวที่ 4 คอลัมน์ serial: เลขที่แบบสอบถาม 5 ซ้ำกับที่มีอยู่แล้ว');
    // A TIS-620 file ("สวัสดี") gets the encoding message.
    await page.locator('input[type=file]').setInputFiles({ name: 'tis620.csv', mimeType: 'text/csv', buffer: Buffer.from([0xca, 0xc7, 0xd1, 0xca, 0xb4, 0xd5]) });
    await expect(problems).toContainText('TIS-620');
    await expect(page.getByTestId('survey-summary')).toContainText('จากผู้ตอบแบบสอบถามทั้งสิ้น 31 คน');
    await app.screenshot('surveys-import-rejected-th');

    // Reload: everything is still there.
    await page.reload();
    await shell.waitUntilReady();
    await expect(page.getByTestId('survey-summary')).toContainText('จากผู้ตอบแบบสอบถามทั้งสิ้น 31 คน');
    await shell.openSection('ประเมินผล');
    await expect(page.getByTestId('survey-list')).toContainText('แบบสอบถามความพึงพอใจต่อการให้บริการ');
    await expect(page.getByTestId('survey-list')).toContainText('32');
    await page.getByTestId('survey-list').getByText('แบบสอบถามความพึงพอใจต่อการให้บริการ').click();
    await page.getByRole('tab', { name: 'ข้อคำถาม' }).click();
    await expect(page.getByRole('combobox', { name: 'ผลงานภายใต้ภารกิจ' })).toHaveValue(/^8\. /);
    await expect(page.getByText('แบบสำรวจนี้มีผู้ตอบแล้ว')).toBeVisible();
  });

  test('builder: choice options, rating scale, number range, skip condition, Thai errors; พ.ศ. dates in entry and kiosk; identical-answers warning; a new version once answered; dashboard card', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    const shell = new ShellPage(page);
    await shell.waitUntilReady();
    await shell.openSection('ประเมินผล');
    await page.getByRole('button', { name: 'สร้างแบบสำรวจจากแม่แบบ' }).click();
    await page.getByRole('menuitem', { name: 'การรับรู้ข่าวสาร' }).click();
    await expect(shell.pageHeading).toHaveText('แบบสอบถามการรับรู้ข่าวสารของทางราชการ');

    const addQuestion = async (sectionId: string, type: string) => {
      const section = page.getByTestId(`section-${sectionId}`);
      await section.getByRole('combobox', { name: 'ชนิดข้อคำถามใหม่' }).click();
      await page.getByRole('option', { name: type, exact: true }).click();
      await section.getByRole('button', { name: 'เพิ่มข้อคำถาม' }).click();
    };
    // The template has 10 questions: the new ones are x11…x14 inside (test ids only); the screen numbers them as the paper does, 2.3, 3.4, 4.2 and 4.3.
    await addQuestion('s2', 'เลือกตอบข้อเดียว');
    await addQuestion('s3', 'มาตราส่วนประมาณค่า');
    await addQuestion('s4', 'ตัวเลข');
    await addQuestion('s4', 'วันที่');
    const x11 = page.getByTestId('question-x11');
    await page.getByRole('textbox', { name: 'ข้อคำถาม 2.3' }).fill('ท่านติดตามข่าวสารของจังหวัดบ่อยเพียงใด');
    await page.getByRole('textbox', { name: 'ตัวเลือก 1 ของข้อ 2.3' }).fill('ทุกวัน');
    await page.getByRole('textbox', { name: 'ข้อคำถาม 3.4' }).fill('ท่านเชื่อมั่นในข่าวสารของจังหวัด');
    await page.getByRole('textbox', { name: 'ข้อคำถาม 4.2' }).fill('จำนวนครั้งที่มาใช้บริการในปีนี้');
    await page.getByRole('textbox', { name: 'ค่าต่ำสุดของข้อ 4.2' }).fill('10');
    await page.getByRole('textbox', { name: 'ค่าสูงสุดของข้อ 4.2' }).fill('0');
    await page.getByRole('textbox', { name: 'ข้อคำถาม 4.3' }).fill('วันที่ได้รับข่าวสารครั้งล่าสุด');

    // Saving with an empty option and a range the wrong way round: Thai messages beside the fields.
    await page.getByRole('button', { name: 'บันทึกแบบสำรวจ' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'พบข้อผิดพลาด 2 จุด' })).toBeVisible();
    await expect(x11).toContainText('กรุณากรอกข้อมูลช่องนี้');
    await expect(page.getByTestId('question-x13')).toContainText('ค่าสูงสุดต้องไม่น้อยกว่าค่าต่ำสุด');
    await page.getByTestId('question-x13').scrollIntoViewIfNeeded();
    await app.screenshot('surveys-builder-errors-th');
    // Nothing typed was lost.
    await expect(page.getByRole('textbox', { name: 'ตัวเลือก 1 ของข้อ 2.3' })).toHaveValue('ทุกวัน');
    await expect(page.getByRole('textbox', { name: 'ค่าต่ำสุดของข้อ 4.2' })).toHaveValue('10');

    // Options: add, rename, reorder, remove; the codes stay what they were.
    await page.getByRole('textbox', { name: 'ตัวเลือก 2 ของข้อ 2.3' }).fill('สัปดาห์ละครั้ง');
    await x11.getByRole('button', { name: 'เพิ่มตัวเลือกข้อ 2.3' }).click();
    await page.getByRole('textbox', { name: 'ตัวเลือก 3 ของข้อ 2.3' }).fill('เดือนละครั้ง');
    await x11.getByRole('button', { name: 'เพิ่มตัวเลือกข้อ 2.3' }).click();
    await page.getByRole('textbox', { name: 'ตัวเลือก 4 ของข้อ 2.3' }).fill('ไม่แน่นอน');
    await page.getByRole('textbox', { name: 'ตัวเลือก 2 ของข้อ 2.3' }).fill('สัปดาห์ละ 2–3 ครั้ง');
    await x11.getByRole('button', { name: 'เลื่อนตัวเลือก 4 ของข้อ 2.3 ขึ้น' }).click();
    await x11.getByRole('button', { name: 'ลบตัวเลือก 3 ของข้อ 2.3' }).click();
    const optionBoxes = x11.getByRole('textbox', { name: /^ตัวเลือก \d+ ของข้อ 2\.3$/ });
    await expect(optionBoxes).toHaveCount(3);
    expect(await optionBoxes.evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label')}=${(e as HTMLInputElement).value}`))).toEqual([
      'ตัวเลือก 1 ของข้อ 2.3=ทุกวัน',
      'ตัวเลือก 2 ของข้อ 2.3=สัปดาห์ละ 2–3 ครั้ง',
      'ตัวเลือก 4 ของข้อ 2.3=ไม่แน่นอน',
    ]);
    // Skip condition: only asked of those who have heard the office's news.
    await x11.getByRole('button', { name: 'ตั้งเงื่อนไขการแสดงข้อ 2.3' }).click();
    await page.getByRole('combobox', { name: 'แสดงข้อ 2.3 เมื่อ ข้อ' }).click();
    await page.getByRole('option', { name: 'ท่านเคยได้รับข่าวสารจากสำนักงานประชาสัมพันธ์จังหวัดหรือไม่' }).click();
    await page.getByRole('combobox', { name: 'ตัวเลือกที่ทำให้แสดงข้อ 2.3' }).click();
    await page.getByRole('option', { name: '1 เคย' }).click();
    // A 4-point rating scale with its own labels.
    await page.getByRole('combobox', { name: 'จำนวนระดับของข้อ 3.4' }).click();
    await page.getByRole('option', { name: '4 ระดับ (1–4)' }).click();
    await expect(page.getByRole('textbox', { name: /^ตัวเลือก \d ของข้อ 3\.4$/ })).toHaveCount(4);
    await page.getByRole('textbox', { name: 'ตัวเลือก 1 ของข้อ 3.4' }).fill('ไม่เชื่อมั่น');
    // The range, the right way round.
    await page.getByRole('textbox', { name: 'ค่าต่ำสุดของข้อ 4.2' }).fill('0');
    await page.getByRole('textbox', { name: 'ค่าสูงสุดของข้อ 4.2' }).fill('50');
    await expect(page.getByRole('alert').filter({ hasText: 'พบข้อผิดพลาด' })).toBeHidden();
    await page.getByRole('button', { name: 'บันทึกแบบสำรวจ' }).click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();
    await x11.scrollIntoViewIfNeeded();
    await app.screenshot('surveys-builder-options-th');

    // Keyed entry: heard = 2 skips channels and x11; the date is typed in พ.ศ.
    await page.getByRole('tab', { name: 'บันทึกแบบสอบถาม' }).click();
    const serial = page.getByRole('textbox', { name: 'เลขที่แบบสอบถาม' });
    await expect(serial).toBeFocused();
    const keyboard = page.keyboard;
    await keyboard.press('Enter');
    for (const digit of [1, 2, 3, 1, 2, 5, 4, 4, 3]) {
      await keyboard.press(String(digit));
      await keyboard.press('Enter');
    }
    await expect(page.getByRole('radiogroup', { name: 'ท่านติดตามข่าวสารของจังหวัดบ่อยเพียงใด' })).toHaveCount(0);
    await keyboard.press('Enter'); // no comment
    await keyboard.type('12');
    await keyboard.press('Enter');
    const date = page.getByRole('textbox', { name: 'วันที่ได้รับข่าวสารครั้งล่าสุด' });
    await expect(date).toBeFocused();
    await keyboard.type('31/2/2569');
    await keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('ข้อ "วันที่ได้รับข่าวสารครั้งล่าสุด" วันที่ไม่ถูกต้อง กรุณากรอกเป็น วัน/เดือน/ปี พ.ศ.');
    await date.fill('15/1/2569');
    await expect(page.getByText('15 มกราคม 2569')).toBeVisible();
    await app.screenshot('surveys-entry-date-th');
    await date.press('Enter');
    await expect(page.getByTestId('entry-count')).toHaveText('บันทึกแล้ว 1 ชุด (สมบูรณ์ 1 · บางส่วน 0)');

    // The same answers keyed again under number 2: a warning the keyer can confirm past.
    await expect(serial).toHaveValue('2');
    await expect(serial).toBeFocused();
    await keyboard.press('Enter');
    for (const digit of [1, 2, 3, 1, 2, 5, 4, 4, 3]) {
      await keyboard.press(String(digit));
      await keyboard.press('Enter');
    }
    await keyboard.press('Enter');
    await keyboard.type('12');
    await keyboard.press('Enter');
    await keyboard.type('15/1/2569');
    await keyboard.press('Enter');
    const identical = page.getByRole('alert').filter({ hasText: 'คำตอบซ้ำกับแบบสอบถามที่บันทึกแล้ว' });
    await expect(identical).toContainText('คำตอบทุกข้อตรงกับแบบสอบถามเลขที่ 1 ที่บันทึกไว้แล้ว');
    await expect(page.getByTestId('entry-count')).toHaveText('บันทึกแล้ว 1 ชุด (สมบูรณ์ 1 · บางส่วน 0)');
    await app.screenshot('surveys-entry-identical-th');
    await identical.getByRole('button', { name: 'ยืนยันบันทึก (ไม่ใช่ฉบับซ้ำ)' }).click();
    await expect(page.getByTestId('entry-count')).toHaveText('บันทึกแล้ว 2 ชุด (สมบูรณ์ 2 · บางส่วน 0)');
    await expect(identical).toBeHidden();

    // Kiosk: the condition shows x11 with the options in their new order; the date in พ.ศ.
    const kioskPage = new KioskPage(page);
    await kioskPage.start();
    const kiosk = kioskPage.root;
    const frequency = kiosk.getByRole('radiogroup', { name: 'ท่านติดตามข่าวสารของจังหวัดบ่อยเพียงใด' });
    await expect(frequency).toHaveCount(0);
    await kiosk.getByRole('radiogroup', { name: 'ท่านเคยได้รับข่าวสารจากสำนักงานประชาสัมพันธ์จังหวัดหรือไม่' }).getByRole('radio', { name: 'เคย', exact: true }).click();
    await expect(frequency.getByRole('radio')).toHaveText(['ทุกวัน', 'สัปดาห์ละ 2–3 ครั้ง', 'ไม่แน่นอน']);
    await expect(kiosk.getByRole('radiogroup', { name: 'ท่านเชื่อมั่นในข่าวสารของจังหวัด' }).getByRole('radio')).toHaveText(['มากที่สุด', 'มาก', 'น้อย', 'ไม่เชื่อมั่น']);
    await kiosk.getByRole('textbox', { name: 'วันที่ได้รับข่าวสารครั้งล่าสุด' }).fill('1/10/2569');
    await expect(kiosk.getByText('1 ตุลาคม 2569')).toBeVisible();
    await app.screenshot('surveys-kiosk-date-th');
    await kioskPage.leave(displayName(TEST_ADMIN));
    await expect(shell.nav).toBeVisible();

    // Answered, so editing an option makes version 2; the old one keeps its questionnaires.
    await page.getByRole('tab', { name: 'ข้อคำถาม' }).click();
    await expect(page.getByText('แบบสำรวจนี้มีผู้ตอบแล้ว')).toBeVisible();
    await page.getByRole('textbox', { name: 'ตัวเลือก 4 ของข้อ 2.3' }).fill('นาน ๆ ครั้ง');
    await page.getByRole('button', { name: 'บันทึกเป็นฉบับใหม่' }).click();
    await expect(page.getByText('ฉบับที่ 2')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'ตัวเลือก 4 ของข้อ 2.3' })).toHaveValue('นาน ๆ ครั้ง');

    // Dashboard: this fiscal year's questionnaires, the open survey (version 1 is closed), the latest results.
    await shell.openSection('แดชบอร์ด');
    const card = page.getByTestId('dashboard-surveys');
    await expect(card).toContainText('บันทึกแล้ว 2 ชุด');
    await expect(card).toContainText('แบบสำรวจที่เปิดรับ 1 แบบ');
    await card.getByRole('link', { name: 'ดูผลการสำรวจล่าสุด' }).click();
    await expect(page.getByRole('tab', { name: 'ผลการสำรวจ', selected: true })).toBeVisible();
    await expect(page.getByText('ฉบับที่ 1')).toBeVisible();
  });

  test('builder from a blank survey: add, rename, reorder and remove parts and questions; no internal ids anywhere on the page (issue 22)', async ({ app }) => {
    const page = app.page;
    const shell = new ShellPage(page);
    await shell.waitUntilReady();
    await shell.openSection('ประเมินผล');
    await page.getByRole('button', { name: 'สร้างแบบสำรวจจากแม่แบบ' }).click();
    await page.getByRole('menuitem', { name: 'แบบสำรวจเปล่า' }).click();
    await expect(shell.pageHeading).toHaveText('แบบสอบถามใหม่');
    await expect(page.getByRole('textbox', { name: 'ชื่อตอนที่ 1' })).toHaveValue('ตอนที่ 1');
    await page.getByRole('textbox', { name: 'ชื่อตอนที่ 1' }).fill('ด้านการให้บริการ');
    await page.getByRole('textbox', { name: 'ข้อคำถาม 1.1' }).fill('ความรวดเร็ว');
    await page.getByRole('button', { name: 'เพิ่มข้อคำถาม' }).click();
    await page.getByRole('textbox', { name: 'ข้อคำถาม 1.2' }).fill('ความสุภาพ');
    // A second part, renamed; then moved above the first, its question going with it.
    await page.getByRole('button', { name: 'เพิ่มตอน' }).click();
    await page.getByRole('textbox', { name: 'ชื่อตอนที่ 2' }).fill('ข้อมูลทั่วไป');
    await page.getByRole('button', { name: 'เพิ่มข้อคำถาม' }).nth(1).click();
    await page.getByRole('textbox', { name: 'ข้อคำถาม 2.1' }).fill('อายุ');
    await page.getByRole('button', { name: 'เลื่อนตอนที่ 2 ขึ้น' }).click();
    await expect(page.getByRole('textbox', { name: 'ชื่อตอนที่ 1' })).toHaveValue('ข้อมูลทั่วไป');
    await expect(page.getByRole('textbox', { name: 'ข้อคำถาม 1.1' })).toHaveValue('อายุ');
    // Questions move within their part.
    await page.getByRole('button', { name: 'เลื่อนข้อ 2.2 ขึ้น' }).click();
    await expect(page.getByRole('textbox', { name: 'ข้อคำถาม 2.1' })).toHaveValue('ความสุภาพ');
    await expect(page.getByRole('textbox', { name: 'ข้อคำถาม 2.2' })).toHaveValue('ความรวดเร็ว');
    // An empty part can be removed.
    await page.getByRole('button', { name: 'เพิ่มตอน' }).click();
    await page.getByRole('button', { name: 'ลบตอนที่ 3' }).click();
    await expect(page.getByRole('textbox', { name: 'ชื่อตอนที่ 3' })).toHaveCount(0);
    await app.screenshot('surveys-builder-blank-th');
    // Nothing on the page, visible or read aloud, names a question or part by its id (x1, q5, s2).
    const rawId = /\b[xqs]\d+\b/;
    const main = page.getByRole('main');
    expect(await main.innerText()).not.toMatch(rawId);
    const labels = await main.locator('[aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(labels.filter((label) => rawId.test(label))).toEqual([]);
    await page.getByRole('button', { name: 'บันทึกแบบสำรวจ' }).click();
    await expect(page.getByText('บันทึกแล้ว', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'ชื่อตอนที่ 2' })).toHaveValue('ด้านการให้บริการ');
    await expect(page.getByRole('textbox', { name: 'ข้อคำถาม 2.1' })).toHaveValue('ความสุภาพ');
  });
});
