import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleMissionReport } from '../samples/mission-report-samples';
import { pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the mission report as a PDF', () => {
  it('reads back every mission, task and the period in Thai, with the table header on every page it spans', async () => {
    const report = sampleMissionReport();
    const request = pdfRenderRequestSchema.parse({ document: report, options: { thaiDigits: false } });
    const pdf = await renderer.render(request);
    const text = await pdfText(pdf.bytes);
    expect(flat(text)).toContain(flat('รายงานผลการดำเนินงานตามภารกิจ'));
    expect(flat(text)).toContain(flat('ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนแรก (1 ตุลาคม 2568 – 31 มีนาคม 2569)'));
    for (const mission of report.missions) expect(flat(text)).toContain(flat(`ภารกิจที่ ${mission.no} ${mission.title}`));
    for (const task of report.missions.flatMap((m) => m.tasks)) expect(flat(text)).toContain(flat(task.title));
    expect(flat(text)).toContain(flat('ไม่มีงานในช่วงเวลานี้'));
    expect(flat(text)).toContain(flat('ข่าวประชาสัมพันธ์ 612 รายการ'));
    expect(flat(text)).toContain(flat(`(${report.signer.name})`));

    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    const titles = report.missions.flatMap((m) => m.tasks.map((t) => flat(t.title)));
    const withTasks = pages.filter((p) => titles.some((title) => flat(p).includes(title)));
    expect(withTasks.length).toBeGreaterThan(1);
    for (const page of withTasks) expect(flat(page)).toContain(flat('ลำดับ งาน ผู้รับผิดชอบ กำหนด'));
  });

  it('prints Thai digits when the office chose them', async () => {
    const pdf = await renderer.render({ document: sampleMissionReport(), options: { thaiDigits: true } });
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('๒๕๖๙');
    expect(text.replace(/\S*[A-Za-z@]\S*/g, '')).not.toMatch(/[0-9]/);
  });
});

describe('a task row taller than a page', () => {
  it('still prints whole: pdfmake drops an unbreakable row that does not fit a page', async () => {
    const report = sampleMissionReport();
    const names = Array.from({ length: 25 }, (_, i) => `นางสาวผู้รับผิดชอบลำดับที่${i + 1} นามสกุลยาวมาก`).join(', ');
    const first = report.missions[0];
    if (!first?.tasks[0]) throw new Error('sample has tasks');
    const long = { ...report, missions: [{ ...first, tasks: [{ ...first.tasks[0], assignees: names }, ...first.tasks.slice(1, 3)] }] };
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: long, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    // Every one of the 25 names is printed (columns interleave where the row crosses a page, so
    // count one word of each).
    expect(text.split(flat('นามสกุล')).length - 1).toBe(25);
    expect(text).toContain(flat(first.tasks[2]?.title ?? ''));
  });
});
