import { describe, expect, it } from 'vitest';
import { COMPLAINT_CHANNEL_LABELS } from '../../../shared/domain/complaint';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleComplaintReport } from '../samples/complaint-report-samples';
import { pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the six-month complaint report as a PDF', () => {
  it('reads back the period in พ.ศ., every count table and every complaint in Thai', async () => {
    const report = sampleComplaintReport();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: report, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    expect(text).toContain(flat('รายงานสถิติเรื่องร้องเรียน'));
    expect(text).toContain(flat('ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนแรก (1 ตุลาคม 2568 – 31 มีนาคม 2569)'));
    expect(text).toContain(flat(`ได้รับเรื่องร้องเรียนทั้งสิ้น ${report.statistics.total} เรื่อง`));
    expect(text).toContain(flat(`ระยะเวลาเฉลี่ยตั้งแต่รับเรื่องจนยุติเรื่อง ${report.statistics.averageDaysToClose?.toFixed(1)} วัน`));
    for (const label of Object.values(COMPLAINT_CHANNEL_LABELS)) expect(text).toContain(flat(label));
    for (const part of report.byType) for (const agency of part.statistics.byAgency) expect(text).toContain(flat(`${agency.name}${agency.count}`));
    for (const c of report.complaints) expect(text).toContain(flat(`${c.number}`));
    expect(text).toContain(flat(report.complaints[0]?.subject ?? 'x'));
    expect(text).toContain(flat('ยังไม่ได้แจ้งผู้ร้อง และเกินกำหนดแล้ว'));
    expect(text).toContain(flat(`(${report.signer.name})`));
  });

  it('reports general and corruption/misconduct complaints as separate parts, each with its own counts and list', async () => {
    const report = sampleComplaintReport();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: report, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    const [general, corruption] = report.byType;
    const generalAt = text.indexOf(flat(`2. เรื่องร้องเรียนทั่วไป (${general!.statistics.total} เรื่อง)`));
    const corruptionAt = text.indexOf(flat(`3. เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (${corruption!.statistics.total} เรื่อง)`));
    expect(generalAt).toBeGreaterThan(0);
    expect(corruptionAt).toBeGreaterThan(generalAt);
    expect(text.slice(corruptionAt)).toContain(flat('3.5 ความทันเวลา'));
    expect(text.slice(corruptionAt)).toContain(flat('3.6 รายการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ'));
    // Each complaint is listed in its own part only.
    const firstCorruption = report.complaints.find((c) => c.complaintType === 'corruption')!;
    expect(text.indexOf(flat(firstCorruption.subject), corruptionAt)).toBeGreaterThan(corruptionAt);
    expect(text.slice(generalAt, corruptionAt)).not.toContain(flat(firstCorruption.subject));
    expect(text).toContain(flat('หน่วยงานยังไม่ตอบกลับ และเกินกำหนดแล้ว'));
  });

  it('prints Thai digits when the office chose them', async () => {
    const pdf = await renderer.render({ document: sampleComplaintReport(), options: { thaiDigits: true } });
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('๒๕๖๙');
    expect(text.replace(/\S*[A-Za-z@]\S*/g, '')).not.toMatch(/[0-9]/);
  });
});
