import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { expect, test } from './support/app-fixture';
import { bangkokNow } from './pages/missions-page';
import { SONGKHLA_OFFICE } from './pages/office-profile';
import { SettingsPage } from './pages/settings-page';

/**
 * Issue 24's must-show (media monitoring): 6 news items logged through the UI in Thai (one from
 * the quick-entry paste of a LINE message with a link) in 2 issues; one issue answered with a
 * release written through the press pages; the month's coverage report counts them by tone,
 * issue and source, with the reach and the time to first response (3 ชม. 20 นาที).
 * Every item is on the 1st of the current Bangkok month, so the month's report holds them all.
 */
const WRITER = 'นางวิไลวรรณ ข่าวดี';
const FLOOD = 'น้ำท่วมขังถนนในเขตเทศบาลนครสงขลา';
const FAIR = 'งานกาชาดและงานกาชาดประจำปี';
const RELEASE = 'จังหวัดสงขลาเร่งระบายน้ำท่วมขังถนนในเขตเทศบาล';
const MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

interface Item {
  headline: string;
  time: string;
  source: string;
  outlet: string;
  tone: string;
  issue?: string;
  newIssue?: string;
  reach?: string;
}

test('6 news items in 2 issues, one pasted; an issue answered with a release; the monthly coverage report counts tone, issue, source, reach and response time', async ({ app }) => {
  test.setTimeout(300_000);
  const page = app.page;
  page.setDefaultTimeout(20_000);
  const now = bangkokNow();
  const firstTyped = `1/${now.getMonth() + 1}/${now.getFullYear() + 543}`;
  const settings = new SettingsPage(page);
  await settings.shell.waitUntilReady();
  await settings.fillOfficeProfile(SONGKHLA_OFFICE);
  await settings.saveOfficeProfile();
  await settings.addStaff({ title: 'นาง', firstName: 'วิไลวรรณ', lastName: 'ข่าวดี', position: 'นักประชาสัมพันธ์ชำนาญการ', workGroup: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' });
  await settings.chooseCurrentUser(WRITER);

  // The clarification release, written through the press pages.
  await settings.shell.openSection('บริการข่าว');
  await page.getByRole('button', { name: 'เขียนข่าวใหม่' }).click();
  const releaseForm = page.getByRole('form', { name: 'แบบฟอร์มข่าวประชาสัมพันธ์' });
  await releaseForm.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(RELEASE);
  await releaseForm.getByRole('textbox', { name: 'เนื้อข่าว' }).fill('จังหวัดสงขลาสั่งการให้หน่วยงานเร่งระบายน้ำ และแจ้งเส้นทางเลี่ยงให้ประชาชนทราบ');
  await releaseForm.getByRole('button', { name: 'บันทึก' }).click();
  await expect(releaseForm).toBeHidden();

  await settings.shell.openSection('ติดตามข่าวและประเด็น');
  const form = page.getByRole('form', { name: 'แบบฟอร์มข่าวที่ติดตาม' });
  const choose = async (scope: Locator, label: string, option: string) => {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  const closeToasts = async () => {
    for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click().catch(() => undefined);
  };
  const fillRest = async (item: Item) => {
    await choose(form, 'น้ำเสียงของข่าว', item.tone);
    if (item.issue) await choose(form, 'ประเด็น', item.issue);
    if (item.newIssue) await form.getByRole('textbox', { name: 'หรือตั้งประเด็นใหม่ (ชื่อประเด็น)' }).fill(item.newIssue);
    if (item.reach) await form.getByRole('textbox', { name: 'จำนวนผู้เข้าถึงโดยประมาณ' }).fill(item.reach);
    await closeToasts();
    await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(form).toBeHidden();
  };

  // 1. The quick entry: a LINE message with a Thai Rath link and the date in Thai.
  await expect(page.getByText('ห้ามบันทึกชื่อหรือบัญชีของบุคคลทั่วไป')).toHaveCount(0);
  const pasted = `ชาวบ้านร้องน้ำท่วมขังถนนสายหลักนานสามวัน\nhttps://www.thairath.co.th/news/local/south/2801234\nเผยแพร่ 1 ${MONTHS_SHORT[now.getMonth()]} ${now.getFullYear() + 543} เวลา 08.00 น.`;
  await page.getByRole('textbox', { name: 'วางลิงก์หรือข้อความข่าว' }).fill(pasted);
  await page.getByRole('button', { name: 'กรอกจากข้อความที่วาง' }).click();
  await expect(form).toBeVisible();
  await expect(form.getByText('ห้ามบันทึกชื่อหรือบัญชีของบุคคลทั่วไป (PDPA)', { exact: false })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'หัวข้อข่าว' })).toHaveValue('ชาวบ้านร้องน้ำท่วมขังถนนสายหลักนานสามวัน');
  await expect(form.getByRole('combobox', { name: 'ประเภทแหล่งข่าว', exact: true })).toHaveValue('ออนไลน์');
  await expect(form.getByRole('textbox', { name: 'ชื่อสื่อ เพจ หรือรายการ' })).toHaveValue('ไทยรัฐออนไลน์');
  await expect(form.getByRole('textbox', { name: 'วันเวลาที่เผยแพร่ (เวลา)' })).toHaveValue(/08[.:]00/);
  await expect(form.getByRole('combobox', { name: 'น้ำเสียงของข่าว', exact: true })).toHaveValue('');
  await form.getByRole('checkbox', { name: 'ต้องชี้แจงหรือตอบสนอง' }).check();
  await app.screenshot('monitoring-quick-entry-form');
  await fillRest({ headline: '', time: '', source: '', outlet: '', tone: 'ลบ', newIssue: FLOOD, reach: '5000' });

  // 2–6 by hand.
  const items: Item[] = [
    { headline: 'น้ำท่วมขังหน้าตลาดสดเทศบาล รถเล็กผ่านไม่ได้', time: '09.00', source: 'หนังสือพิมพ์', outlet: 'หนังสือพิมพ์สมิหลาไทมส์', tone: 'ลบ', issue: FLOOD, reach: '3000' },
    { headline: 'เพจชุมชนโพสต์ภาพน้ำท่วมขังถนนเพชรเกษม', time: '10.00', source: 'โซเชียลมีเดีย', outlet: 'Facebook', tone: 'ลบ', issue: FLOOD, reach: '2000' },
    { headline: 'รายงานสดสถานการณ์น้ำในเขตเมืองสงขลา', time: '11.00', source: 'โทรทัศน์', outlet: 'ไทยพีบีเอส', tone: 'กลาง', issue: FLOOD },
    { headline: 'เตรียมจัดงานกาชาดประจำปี ชวนเที่ยวชมร้านค้า OTOP', time: '12.00', source: 'หนังสือพิมพ์', outlet: 'หนังสือพิมพ์ภาคใต้โพสต์', tone: 'บวก', newIssue: FAIR, reach: '1000' },
    { headline: 'กลุ่มไลน์ชุมชนแชร์กำหนดการงานกาชาด', time: '13.00', source: 'กลุ่มไลน์', outlet: 'กลุ่มไลน์ชุมชนบ่อยาง', tone: 'บวก', issue: FAIR, reach: '500' },
  ];
  for (const item of items) {
    await closeToasts();
    await page.getByRole('button', { name: 'บันทึกข่าว' }).click();
    await form.getByRole('textbox', { name: 'วันเวลาที่เผยแพร่ (วันที่)' }).fill(firstTyped);
    await form.getByRole('textbox', { name: 'วันเวลาที่เผยแพร่ (เวลา)' }).fill(item.time);
    await form.getByRole('textbox', { name: 'หัวข้อข่าว' }).fill(item.headline);
    await choose(form, 'ประเภทแหล่งข่าว', item.source);
    await form.getByRole('textbox', { name: 'ชื่อสื่อ เพจ หรือรายการ' }).fill(item.outlet);
    await fillRest(item);
  }
  await expect(page.getByTestId('media-item-row')).toHaveCount(6);
  await closeToasts();
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  await app.screenshot('monitoring-list');

  // Answer the flood issue with the release, 3 h 20 min after it was first seen (08.00).
  await page.getByRole('tab', { name: 'ประเด็นข่าว' }).click();
  const issues = page.getByRole('table', { name: 'ประเด็นข่าว' });
  await expect(issues.getByRole('row')).toHaveCount(3);
  await issues.getByRole('link', { name: FLOOD }).click();
  await expect(page.getByTestId('page-heading')).toHaveText(FLOOD);
  await closeToasts();
  await page.getByRole('button', { name: 'บันทึกการชี้แจง' }).click();
  const answer = page.getByRole('form', { name: 'บันทึกการชี้แจง' });
  await answer.getByRole('combobox', { name: 'เรื่องที่ชี้แจง' }).click();
  await page.getByRole('option', { name: new RegExp(RELEASE) }).click();
  await answer.getByRole('textbox', { name: 'วันเวลาที่ชี้แจง (วันที่)' }).fill(firstTyped);
  await answer.getByRole('textbox', { name: 'วันเวลาที่ชี้แจง (เวลา)' }).fill('11.20');
  await answer.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(answer).toBeHidden();
  await expect(page.getByTestId('issue-first-response')).toHaveText('เวลาถึงการชี้แจงครั้งแรก: 3 ชม. 20 นาที');
  await expect(page.getByRole('table', { name: 'การชี้แจง' })).toContainText(RELEASE);
  await expect(page.getByRole('table', { name: 'ข่าวในประเด็น' }).getByRole('row')).toHaveCount(4);
  await closeToasts();
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  await app.screenshot('monitoring-issue');

  // The release's page says which issue it answered.
  await settings.shell.openSection('บริการข่าว');
  await page.getByTestId('release-row').filter({ hasText: RELEASE }).click();
  await expect(page.getByTestId('answered-issues')).toContainText(`ชี้แจงประเด็น${FLOOD}`);
  await page.getByTestId('answered-issues').getByRole('link', { name: FLOOD }).click();
  await expect(page.getByTestId('page-heading')).toHaveText(FLOOD);

  // The month's coverage report.
  await page.getByRole('tab', { name: 'รายงานสรุปการวิเคราะห์ข่าว' }).click();
  await expect(page.getByTestId('coverage-items')).toHaveText('6');
  await expect(page.getByTestId('coverage-reach')).toHaveText('11,500');
  await expect(page.getByTestId('coverage-median')).toHaveText('3 ชม. 20 นาที');
  await expect(page.getByTestId('coverage-within24h')).toHaveText('1 / 2');
  const bars = (label: string) => page.locator(`svg[aria-label="${label}"] title`).allTextContents();
  expect(await bars('ข่าวตามน้ำเสียง')).toEqual(['บวก: 2 ข่าว (33%)', 'กลาง: 1 ข่าว (17%)', 'ลบ: 3 ข่าว (50%)']);
  expect(await bars('ข่าวตามแหล่งข่าว')).toEqual([
    'หนังสือพิมพ์: 2 ข่าว (33%)',
    'โทรทัศน์: 1 ข่าว (17%)',
    'วิทยุ: 0 ข่าว (0%)',
    'ออนไลน์: 1 ข่าว (17%)',
    'โซเชียลมีเดีย: 1 ข่าว (17%)',
    'กลุ่มไลน์: 1 ข่าว (17%)',
    'อื่น ๆ: 0 ข่าว (0%)',
  ]);
  const byIssue = page.getByRole('table', { name: 'ประเด็นที่มีข่าวมากที่สุด' }).getByRole('row');
  await expect(byIssue).toHaveText(['ประเด็นจำนวนข่าวข่าวเชิงลบสัดส่วนเชิงลบผู้เข้าถึง', `${FLOOD}4375%10,000`, `${FAIR}200%1,500`]);
  await closeToasts();
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  await app.screenshot('monitoring-report');

  // The workbook: สรุป, ตามประเด็น, ตามแหล่งข่าว, รายการข่าว with real dates.
  await closeToasts();
  await page.getByRole('button', { name: 'บันทึกเป็น Excel' }).click();
  await expect.poll(() => app.env.exported.length, { timeout: 60_000 }).toBe(1);
  const workbook = app.env.exported[0] ?? '';
  const summary = await readSheet(workbook, 'สรุป');
  const figure = (label: string) => summary.find((row) => row[0] === label)?.[1];
  expect([figure('ข่าวทั้งหมด'), figure('ผู้เข้าถึงโดยประมาณ (คน)'), figure('น้ำเสียงบวก'), figure('น้ำเสียงกลาง'), figure('น้ำเสียงลบ')]).toEqual([6, 11_500, 2, 1, 3]);
  expect(figure('เวลาถึงการชี้แจงครั้งแรก (มัธยฐาน)')).toBe('3 ชม. 20 นาที');
  expect(figure('ชี้แจงภายใน 24 ชั่วโมง')).toBe(1);
  expect((await readSheet(workbook, 'ตามประเด็น')).slice(1)).toEqual([
    [FLOOD, 4, 3, 10_000],
    [FAIR, 2, 0, 1_500],
  ]);
  expect((await readSheet(workbook, 'ตามแหล่งข่าว')).slice(1)).toEqual([
    ['หนังสือพิมพ์', 2],
    ['โทรทัศน์', 1],
    ['วิทยุ', 0],
    ['ออนไลน์', 1],
    ['โซเชียลมีเดีย', 1],
    ['กลุ่มไลน์', 1],
    ['อื่น ๆ', 0],
  ]);
  const list = await readSheet(workbook, 'รายการข่าว');
  expect(list).toHaveLength(7);
  expect(list[1]?.[0]).toBeInstanceOf(Date);
  expect(list[1]?.slice(1, 7)).toEqual(['08.00 น.', 'ชาวบ้านร้องน้ำท่วมขังถนนสายหลักนานสามวัน', 'ออนไลน์', 'ไทยรัฐออนไลน์', 'ลบ', FLOOD]);

  // The PDF in government form.
  await closeToasts();
  await page.getByRole('button', { name: 'บันทึกรายงานเป็น PDF' }).click();
  await expect.poll(() => app.env.pdf.saved.length, { timeout: 60_000 }).toBe(1);
  const pdfFile = app.env.pdf.saved[0] ?? '';
  const pdf = execFileSync('pdftotext', ['-raw', pdfFile, '-'], { encoding: 'utf8' }).replace(/[\s\u200b\u00a0]+/g, '');
  for (const expected of [
    'รายงานสรุปการวิเคราะห์ข่าว',
    `ประจำเดือน`,
    'ข่าวที่ติดตามทั้งหมด6ข่าว·ผู้เข้าถึงโดยประมาณ11,500คน',
    'บวก2ข่าว(33%)',
    'กลาง1ข่าว(17%)',
    'ลบ3ข่าว(50%)',
    'หนังสือพิมพ์2ข่าว(33%)',
    'กลุ่มไลน์1ข่าว(17%)',
    '437510,000',
    '2001,500',
    'เวลาถึงการชี้แจงครั้งแรก(มัธยฐาน)3ชม.20นาที',
    'ชี้แจงภายใน24ชั่วโมง1ประเด็น',
  ]) {
    expect(pdf).toContain(expected);
  }
  const pngDir = test.info().outputPath('coverage-report-pdf');
  mkdirSync(pngDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', pdfFile, `${pngDir}/page`]);
  console.log(`coverage report PDF pages: ${pngDir}`);
});
